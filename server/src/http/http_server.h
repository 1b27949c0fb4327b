#pragma once
// The Beast HTTP front of crm-server (private to the executable). This header is Beast-free.

#include "connection_limits.h"
#include "crm/server/api/client_address.h"
#include "crm/server/api/request_handler.h"
#include "crm/server/db/pool.h"
#include "crm/server/ops/metrics.h"
#include "request_log.h"

#include <chrono>
#include <memory>
#include <string>

namespace crm::server {

/// Where and how the server listens.
struct HttpServerOptions {
    std::string host = "127.0.0.1";
    std::string port = "8080";
    int io_threads = 2;                                 ///< threads running the sockets
    int worker_threads = 4;                             ///< threads running blocking database work
    ConnectionLimits limits;                            ///< timeouts and caps per client
    std::string tls_cert;  ///< PEM certificate chain; with tls_key: HTTPS and WSS only
    std::string tls_key;   ///< PEM private key
    TrustedProxies trusted_proxies;  ///< peers whose X-Forwarded-For names the client
};

/// "" when the TLS certificate and key load and match, else one line saying what is wrong.
std::string tls_setup_error(const std::string& cert_file, const std::string& key_file);

/// An HTTP/1.1 server handing each request to a RequestHandler on a worker thread, and the
/// /v1/live WebSockets fed by a NotifyListener on the pool's database.
class HttpServer {
public:
    /// Every request is counted in `metrics` and written to `log`; the metrics' live-device
    /// and pool gauges are wired to this server.
    HttpServer(RequestHandler& handler, PgPool& pool, HttpServerOptions options, Metrics& metrics, RequestLog& log);
    ~HttpServer();
    /// Binds and listens; returns the bound "HOST:PORT". Throws std::runtime_error on failure.
    std::string listen();
    /// Serves until stop() or SIGINT/SIGTERM: then stops accepting, lets requests already read be
    /// answered (up to limits.shutdown_grace), sends live sessions a close frame, and returns once
    /// every thread has finished.
    void run();
    /// Stops accepting and ends run(). Thread-safe.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace crm::server
