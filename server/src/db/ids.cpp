#include "crm/server/db/ids.h"

#include "crm/shared/formats.h"
#include "crm/sync/hlc.h"

#include <sodium.h>

#include <array>
#include <chrono>
#include <stdexcept>
#include <vector>

namespace crm::server {

std::string new_uuid() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    std::array<std::uint8_t, 16> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    return uuid_from_bytes(bytes);
}

std::string random_hex(std::size_t bytes) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium failed to initialise");
    std::vector<unsigned char> raw(bytes);
    randombytes_buf(raw.data(), raw.size());
    std::string hex(bytes * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
    hex.pop_back();
    return hex;
}

std::int64_t now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string server_hlc(std::int64_t unix_ms) { return sync::HlcTime{unix_ms, 0, "server"}.encode(); }

}  // namespace crm::server
