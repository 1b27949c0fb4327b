#pragma once
// Transport over plain HTTP/1.1 (Boost.Beast, synchronous), one connection per request.

#include "crm/sync/transport.h"

#include <chrono>
#include <string>

namespace crm::sync {

/// Parsed "http://host:port" base URL.
struct ServerUrl {
    std::string host;
    std::string port;
};

/// Parses a base URL; only http:// with a host is accepted (TLS comes later).
Result<ServerUrl> parse_server_url(const std::string& url);

class HttpTransport : public Transport {
public:
    explicit HttpTransport(ServerUrl url, std::chrono::milliseconds timeout = std::chrono::seconds(30));
    Result<HttpResponse> send(const HttpRequest& request) override;

private:
    ServerUrl url_;
    std::chrono::milliseconds timeout_;
};

}  // namespace crm::sync
