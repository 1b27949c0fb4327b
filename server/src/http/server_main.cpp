// crm-server: the sync API over HTTP (see server/README.md).
#include "crm/server/api/request_handler.h"
#include "crm/server/db/migrations.h"
#include "crm/server/db/pool.h"
#include "crm/server/ops/metrics.h"
#include "http_server.h"
#include "ops/config.h"
#include "request_log.h"

#include <CLI/CLI.hpp>
#include <boost/asio/ip/address.hpp>

#include <cstdlib>
#include <iostream>
#include <regex>

namespace {

/// Splits HOST:PORT ([v6]:PORT allowed); the config has checked its shape.
void split_listen(const std::string& listen, crm::server::HttpServerOptions& options) {
    const auto colon = listen.rfind(':');
    std::string host = listen.substr(0, colon);
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
    options.host = host;
    options.port = listen.substr(colon + 1);
}

/// 127.0.0.0/8 or ::1 (sign-in passwords and tokens never leave the machine in clear text).
bool is_loopback(const std::string& host) {
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(host, ec);
    return !ec && address.is_loopback();
}

/// The conninfo with any password blanked (key=value and URI forms), for --print-config.
std::string redact_conninfo(const std::string& conninfo) {
    static const std::regex keyword(R"((password\s*=\s*)('[^']*'|\S+))");
    static const std::regex uri(R"((://[^:/@]+:)[^@]*@)");
    return std::regex_replace(std::regex_replace(conninfo, keyword, "$1***"), uri, "$1***@");
}

void print_config(const crm::server::ServerConfig& c) {
    std::cout << "db = " << redact_conninfo(c.db) << "\nlisten = " << c.listen << "\nthreads = " << c.threads
              << "\ncheck-in-radius = " << c.check_in_radius << "\ntoken-ttl-days = " << c.token_ttl_days
              << "\ndb-statement-timeout = " << c.db_statement_timeout_s
              << "\nrequest-timeout = " << c.request_timeout_s << "\nidle-timeout = " << c.idle_timeout_s
              << "\nmax-header-bytes = " << c.max_header_bytes
              << "\nmax-requests-per-connection = " << c.max_requests_per_connection
              << "\nmax-connections = " << c.max_connections
              << "\nmax-connections-per-address = " << c.max_connections_per_address
              << "\nshutdown-grace = " << c.shutdown_grace_s
              << "\nlog-file = " << c.log_file
              << "\ntls-cert = " << c.tls_cert << "\ntls-key = " << c.tls_key
              << "\nallow-plain-http = " << (c.allow_plain_http ? "true" : "false")
              << "\ntrusted-proxies = " << c.trusted_proxies << '\n';
}

/// Refuses to serve a reachable database whose schema is behind; an unreachable one is
/// tolerated (health and ready answer 503 until it is back).
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
    CLI::App app{"crm-server: the Field CRM sync server (HTTP API v1)\n"
                 "Each option may also come from the environment (CRM_SERVER_<OPTION>) or a config file;\n"
                 "precedence: command line > environment > config file > default."};
    std::string config_file;
    bool show_config = false;
    app.add_option("--config", config_file, "config file of 'key = value' lines (env CRM_SERVER_CONFIG)");
    app.add_flag("--print-config", show_config, "print the resolved settings (password blanked) and exit");
    std::map<std::string, std::string> given;
    std::vector<CLI::Option*> options_of_keys;
    for (const auto& key : crm::server::config_keys()) {
        auto* opt = app.add_option("--" + key.key, given[key.key],
                                   key.help + " [env " + key.env + "]" +
                                       (key.default_text.empty() ? "" : " [default: " + key.default_text + "]"));
        options_of_keys.push_back(opt);
    }
    CLI11_PARSE(app, argc, argv);

    crm::server::ConfigSources sources;
    for (std::size_t i = 0; i < options_of_keys.size(); ++i)
        if (options_of_keys[i]->count() > 0) {
            const auto& key = crm::server::config_keys()[i].key;
            sources.cli[key] = given[key];
        }
    sources.env = [](const std::string& name) -> std::optional<std::string> {
        const char* value = std::getenv(name.c_str());
        return value ? std::optional<std::string>(value) : std::nullopt;
    };
    sources.file_path = config_file;
    if (sources.file_path.empty())
        if (const char* env_file = std::getenv("CRM_SERVER_CONFIG")) sources.file_path = env_file;
    const auto resolved = crm::server::resolve_config(sources);
    if (!resolved.config) {
        std::cerr << "crm-server: " << resolved.error << '\n';
        return 2;
    }
    const auto& config = *resolved.config;
    if (show_config) {
        print_config(config);
        return 0;
    }
    crm::server::HttpServerOptions options;
    split_listen(config.listen, options);
    const bool tls = !config.tls_cert.empty();
    if (tls) {
        if (auto error = crm::server::tls_setup_error(config.tls_cert, config.tls_key); !error.empty()) {
            std::cerr << "crm-server: " << error << '\n';
            return 2;
        }
        options.tls_cert = config.tls_cert;
        options.tls_key = config.tls_key;
    } else if (!config.allow_plain_http && !is_loopback(options.host)) {
        std::cerr << "crm-server: refusing plain HTTP on " << config.listen
                  << ": give tls-cert and tls-key, or allow-plain-http = true behind a TLS proxy\n";
        return 2;
    }
    options.worker_threads = config.threads;
    std::string proxies_error;  // validated with the config
    options.trusted_proxies = *crm::server::TrustedProxies::parse(config.trusted_proxies, proxies_error);
    options.limits.request_timeout = std::chrono::seconds(config.request_timeout_s);
    options.limits.idle_timeout = std::chrono::seconds(config.idle_timeout_s);
    options.limits.max_header_bytes = static_cast<std::size_t>(config.max_header_bytes);
    options.limits.max_requests_per_connection = config.max_requests_per_connection;
    options.limits.max_connections = config.max_connections;
    options.limits.max_connections_per_address = config.max_connections_per_address;
    options.limits.shutdown_grace = std::chrono::seconds(config.shutdown_grace_s);
    crm::server::PushOptions push_options;
    push_options.check_in.radius_m = config.check_in_radius;
    crm::server::AuthOptions auth_options;
    auth_options.token_lifetime_days = config.token_ttl_days;

    std::unique_ptr<crm::server::RequestLog> log;
    try {
        log = std::make_unique<crm::server::RequestLog>(config.log_file);
    } catch (const std::exception& e) {
        std::cerr << "crm-server: " << e.what() << '\n';
        return 2;
    }
    if (!schema_ready(config.db)) return 1;
    try {
        crm::server::PgPool pool(config.db, static_cast<std::size_t>(options.worker_threads) + 1,
                                 std::chrono::seconds(config.db_statement_timeout_s));
        crm::server::Metrics metrics;
        crm::server::RequestHandler handler(pool, {}, push_options, &metrics, auth_options);
        crm::server::HttpServer server(handler, pool, options, metrics, *log);
        const std::string bound = server.listen();
        std::cout << "crm-server listening on " << (tls ? "https://" : "http://") << bound << std::endl;
        server.run();
    } catch (const std::exception& e) {
        std::cerr << "crm-server: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
