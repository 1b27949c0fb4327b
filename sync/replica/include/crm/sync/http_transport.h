#pragma once
// Transport over HTTP/1.1 or HTTPS (Boost.Beast, synchronous), one connection per request.

#include "crm/sync/transport.h"

#include <chrono>
#include <string>

namespace crm::sync {

/// Parsed "http://host:port" or "https://host:port" base URL.
struct ServerUrl {
    std::string host;
    std::string port;
    bool tls = false;     ///< https:// (and wss:// for live pokes): the certificate is verified
    std::string ca_file;  ///< PEM CA to verify against; empty: the system's trust store
};

/// Parses a base URL: http:// or https:// with a host, an optional port (80 / 443), no path.
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
