// crm-server: the sync API over HTTP (see server/README.md).
#include "crm/server/migrations.h"
#include "crm/server/pool.h"
#include "crm/server/request_handler.h"
#include "http_server.h"

#include <CLI/CLI.hpp>

#include <iostream>

namespace {

/// Splits HOST:PORT ([v6]:PORT allowed).
bool split_listen(const std::string& listen, crm::server::HttpServerOptions& options) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) return false;
    std::string host = listen.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    const std::string port = listen.substr(colon + 1);
    if (port.find_first_not_of("0123456789") != std::string::npos || port.size() > 5 || std::stoi(port) > 65535)
        return false;
    options.host = host;
    options.port = port;
    return true;
}

/// Parses --check-in-radius: metres, 1..100000.
bool parse_radius(const std::string& text, crm::server::PushOptions& options) {
    try {
        std::size_t used = 0;
        const double metres = std::stod(text, &used);
        if (used != text.size() || !(metres >= 1 && metres <= 100000)) return false;
        options.check_in.radius_m = metres;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

/// Refuses to serve a reachable database whose schema is behind; an unreachable one is
/// tolerated (health answers 503 until it is back).
bool schema_ready(const std::string& conninfo) {
    try {
        crm::server::PgConnection conn(conninfo);
        const auto pending = crm::server::pending_migrations(conn);
        if (pending.empty()) return true;
        std::cerr << "crm-server: the database schema is not up to date (" << pending.size()
                  << " migrations pending); run: crm-admin --db CONNINFO migrate\n";
        return false;
    } catch (const crm::server::PgError& e) {
        std::cerr << "crm-server: warning: " << e.what() << " (serving anyway; /v1/health reports 503)\n";
        return true;
    }
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"crm-server: the Field CRM sync server (HTTP API v1)"};
    std::string db, listen, tls_cert, tls_key, radius = "300";
    crm::server::HttpServerOptions options;
    crm::server::PushOptions push_options;
    app.add_option("--db", db, "libpq connection string of the database")->required();
    app.add_option("--listen", listen, "HOST:PORT to listen on (port 0: any free port)")->required();
    app.add_option("--threads", options.worker_threads, "database worker threads")->capture_default_str();
    app.add_option("--check-in-radius", radius,
                   "metres from the customer's position within which a visit's check-in counts as verified "
                   "(1..100000)")
        ->capture_default_str();
    // Limits and timeouts per client (ConnectionLimits).
    auto& limits = options.limits;
    int request_timeout = 30, idle_timeout = 60, shutdown_grace = 10;
    app.add_option("--request-timeout", request_timeout,
                   "seconds a client may take to send one request whole (and to read each answer)")
        ->check(CLI::Range(1, 3600))->capture_default_str();
    app.add_option("--idle-timeout", idle_timeout, "seconds a kept-alive connection may wait for its next request")
        ->check(CLI::Range(1, 3600))->capture_default_str();
    app.add_option("--max-header-bytes", limits.max_header_bytes,
                   "largest request line + headers (larger: 431 and close)")
        ->check(CLI::Range(1024, 1024 * 1024))->capture_default_str();
    app.add_option("--max-requests-per-connection", limits.max_requests_per_connection,
                   "requests served on one connection, pipelined or not, before it is closed")
        ->check(CLI::Range(1, 1000000))->capture_default_str();
    app.add_option("--max-connections", limits.max_connections,
                   "open connections (HTTP and live); beyond them a new one gets 503 server_busy")
        ->check(CLI::Range(1, 1000000))->capture_default_str();
    app.add_option("--shutdown-grace", shutdown_grace,
                   "on SIGTERM, seconds requests in flight get to finish before the server exits")
        ->check(CLI::Range(0, 600))->capture_default_str();

    app.add_option("--tls-cert", tls_cert, "TLS certificate (not supported yet)");
    app.add_option("--tls-key", tls_key, "TLS private key (not supported yet)");
    CLI11_PARSE(app, argc, argv);
    limits.request_timeout = std::chrono::seconds(request_timeout);
    limits.idle_timeout = std::chrono::seconds(idle_timeout);
    limits.shutdown_grace = std::chrono::seconds(shutdown_grace);
    if (!split_listen(listen, options)) {
        std::cerr << "crm-server: --listen must be HOST:PORT, not '" << listen << "'\n";
        return 2;
    }
    if (!parse_radius(radius, push_options)) {
        std::cerr << "crm-server: --check-in-radius must be a number of metres from 1 to 100000, not '" << radius
                  << "'\n";
        return 2;
    }
    if (!tls_cert.empty() || !tls_key.empty()) {
        std::cerr << "crm-server: TLS is not supported yet; terminate TLS in a reverse proxy\n";
        return 2;
    }
    if (!schema_ready(db)) return 1;
    try {
        crm::server::PgPool pool(db, static_cast<std::size_t>(options.worker_threads) + 1);
        crm::server::RequestHandler handler(pool, {}, push_options);
        crm::server::HttpServer server(handler, pool, options);
        const std::string bound = server.listen();
        std::cout << "crm-server listening on http://" << bound << std::endl;
        server.run();
    } catch (const std::exception& e) {
        std::cerr << "crm-server: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
