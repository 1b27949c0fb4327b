#pragma once
// Random ids and the server's clock.

#include <cstdint>
#include <string>

namespace crm::server {

/// A random version-4 UUID (libsodium's CSPRNG).
std::string new_uuid();

/// `bytes` random bytes as lower-case hex.
std::string random_hex(std::size_t bytes);

/// Milliseconds since the Unix epoch, from the system clock.
std::int64_t now_ms();

/// The server's own HLC time for changes it makes itself (reassignments, defaults).
std::string server_hlc(std::int64_t unix_ms);

}  // namespace crm::server
