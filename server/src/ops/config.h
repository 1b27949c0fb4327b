#pragma once
// crm-server's settings and where they come from: command line > environment (CRM_SERVER_*) >
// config file (`key = value` lines) > defaults. No I/O but reading the config file.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crm::server {

/// Every setting of crm-server, with its default.
struct ServerConfig {
    std::string db;                 ///< libpq conninfo (required)
    std::string listen;             ///< HOST:PORT (required)
    int threads = 4;                ///< database worker threads, 1..256
    double check_in_radius = 300;   ///< metres, 1..100000
    int token_ttl_days = 30;        ///< days a sign-in stays valid without use, 1..3650
    int db_statement_timeout_s = 30;  ///< seconds a database statement may run; 0: no limit
    // Limits and timeouts per client (see http/connection_limits.h).
    int request_timeout_s = 30;               ///< 1..3600
    int idle_timeout_s = 60;                  ///< 1..3600
    int max_header_bytes = 16 * 1024;         ///< 1024..1048576
    int max_requests_per_connection = 1000;   ///< 1..1000000
    int max_connections = 1024;               ///< 1..1000000
    int max_connections_per_address = 256;    ///< 1..1000000
    int shutdown_grace_s = 10;                ///< 0..600
    std::string log_file;           ///< request log; empty: stderr
    std::string tls_cert;           ///< PEM certificate chain; with tls_key: HTTPS/WSS only
    std::string tls_key;            ///< PEM private key
    bool allow_plain_http = false;  ///< plain HTTP on a non-loopback address (behind a TLS proxy)
    std::string trusted_proxies;    ///< addresses/networks whose X-Forwarded-For is believed
};

/// One setting: its key in a config file (the long option without "--"), its environment
/// variable and what it means.
struct ConfigKey {
    std::string key;
    std::string env;
    std::string help;
    std::string default_text;  ///< shown in --help and the README; "" when there is none
};

/// The settings crm-server knows, in the order of --help.
const std::vector<ConfigKey>& config_keys();

/// Where the values come from. `cli` holds only the options given on the command line.
struct ConfigSources {
    std::map<std::string, std::string> cli;
    std::function<std::optional<std::string>(const std::string&)> env;  ///< lookup by variable name
    std::string file_path;  ///< --config (or CRM_SERVER_CONFIG); empty: none
};

/// The resolved configuration, or one line saying what is wrong (unknown key, bad value,
/// unreadable file, missing required setting).
struct ConfigResult {
    std::optional<ServerConfig> config;
    std::string error;
};

ConfigResult resolve_config(const ConfigSources& sources);

/// Parses the text of a config file: `key = value` per line, `#` or `;` starts a comment line,
/// blank lines ignored, values may be in double quotes. Fills `values` or returns an error
/// naming the line.
std::string parse_config_text(const std::string& text, const std::string& origin,
                              std::map<std::string, std::string>& values);

}  // namespace crm::server
