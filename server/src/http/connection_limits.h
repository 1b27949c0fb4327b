#pragma once
// How much one client may hold of crm-server: time, header bytes, requests per connection, and
// how many connections there may be at once. Beast-free; set from crm-server's options.

#include <chrono>
#include <cstddef>

namespace crm::server {

struct ConnectionLimits {
    /// From a request's first byte until it is read whole (a slow sender is cut off after it),
    /// and for writing each response.
    std::chrono::seconds request_timeout{30};
    /// How long a kept-alive connection may wait for its next request.
    std::chrono::seconds idle_timeout{60};
    /// Request line plus headers; more gets 431 and the connection is closed.
    std::size_t max_header_bytes = 16 * 1024;
    /// Requests served on one connection (pipelined or not); the last answer says
    /// "Connection: close".
    int max_requests_per_connection = 1000;
    /// Open connections (HTTP and live WebSockets); beyond it a new one gets 503 and is closed.
    int max_connections = 1024;
    /// Open connections from one client address (HTTP and live); beyond it that address's new
    /// connection gets 503 while others are served. Trusted proxies are not counted.
    int max_connections_per_address = 256;
    /// SIGTERM: how long requests already read may take to be answered before the server exits.
    std::chrono::seconds shutdown_grace{10};
};

}  // namespace crm::server
