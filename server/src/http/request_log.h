#pragma once
// The request log: one JSON line per answered request, on stderr or appended to a file. It is
// given only what is safe to log (never bodies or headers, so never passwords or tokens).

#include <chrono>
#include <cstdio>
#include <mutex>
#include <string>

namespace crm::server {

/// What is logged of one request.
struct RequestLogEntry {
    std::string request_id;
    std::string user;    ///< login when authenticated, else ""
    std::string method;
    std::string route;   ///< see routes.h: the path without ids or query, or "unknown"
    int status = 0;
    double duration_ms = 0;
    std::size_t bytes = 0;  ///< response body bytes
};

class RequestLog {
public:
    /// Appends to `path` (created if missing), or writes to stderr when it is empty; throws
    /// std::runtime_error when the file cannot be opened.
    explicit RequestLog(const std::string& path);
    ~RequestLog();
    RequestLog(const RequestLog&) = delete;
    RequestLog& operator=(const RequestLog&) = delete;
    /// Writes the entry as one line, stamped with the current UTC time. Thread-safe.
    void write(const RequestLogEntry& entry);

private:
    std::FILE* out_;
    bool owned_;
    std::mutex mutex_;
};

/// The client's X-Request-Id when it is 1..64 characters of [A-Za-z0-9._-], else a fresh one.
std::string request_id_from(const std::string& client_value);

}  // namespace crm::server
