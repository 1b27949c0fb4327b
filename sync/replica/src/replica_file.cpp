#include "crm/sync/replica_file.h"

#include <ctime>
#include <filesystem>
#include <vector>

namespace crm::sync {
namespace {

namespace fs = std::filesystem;

std::string utc_stamp() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", &tm);
    return text;
}

/// A name beside `path` that no file has yet.
std::string free_aside_name(const std::string& path) {
    const std::string base = path + ".broken-" + utc_stamp();
    std::string name = base;
    for (int n = 2; fs::exists(name) || fs::exists(name + "-wal"); ++n) name = base + "-" + std::to_string(n);
    return name;
}

}  // namespace

Result<std::string> set_replica_aside(const std::string& path) {
    std::error_code ec;
    if (!fs::exists(path, ec)) return Error{"not_found", "there is no replica file " + path};
    const std::string aside = free_aside_name(path);
    // The main file last: until it moves, the companions can be put back.
    std::vector<std::pair<std::string, std::string>> moved;
    for (const char* suffix : {"-wal", "-shm", "-journal", ""}) {
        const std::string from = path + suffix;
        if (!fs::exists(from, ec)) continue;
        fs::rename(from, aside + suffix, ec);
        if (ec) {
            for (auto it = moved.rbegin(); it != moved.rend(); ++it) {
                std::error_code ignored;
                fs::rename(it->second, it->first, ignored);
            }
            return Error{"io", "cannot move " + from + " aside: " + ec.message()};
        }
        moved.emplace_back(from, aside + suffix);
    }
    return aside;
}

}  // namespace crm::sync
