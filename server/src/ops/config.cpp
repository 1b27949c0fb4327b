#include "ops/config.h"

#include "crm/server/api/client_address.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace crm::server {
namespace {

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

bool known_key(const std::string& key) {
    const auto& keys = config_keys();
    return std::any_of(keys.begin(), keys.end(), [&](const ConfigKey& k) { return k.key == key; });
}

bool parse_int(const std::string& text, int low, int high, int& out) {
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return false;
    const int value = std::stoi(text);
    if (value < low || value > high) return false;
    out = value;
    return true;
}

bool parse_metres(const std::string& text, double& out) {
    try {
        std::size_t used = 0;
        const double metres = std::stod(text, &used);
        if (used != text.size() || !(metres >= 1 && metres <= 100000)) return false;
        out = metres;
        return true;
    } catch (const std::exception&) {
        return false;
    }
}

/// HOST:PORT ([v6]:PORT allowed), port 0..65535.
bool valid_listen(const std::string& listen) {
    const auto colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == listen.size()) return false;
    int port = 0;
    return parse_int(listen.substr(colon + 1), 0, 65535, port);
}

/// Applies one value to the config; returns "" or what is wrong with it.
std::string apply(ServerConfig& config, const std::string& key, const std::string& value) {
    if (key == "db") config.db = value;
    else if (key == "listen") {
        if (!valid_listen(value)) return "must be HOST:PORT";
        config.listen = value;
    } else if (key == "threads") {
        if (!parse_int(value, 1, 256, config.threads)) return "must be a whole number from 1 to 256";
    } else if (key == "check-in-radius") {
        if (!parse_metres(value, config.check_in_radius)) return "must be a number of metres from 1 to 100000";
    } else if (key == "token-ttl-days") {
        if (!parse_int(value, 1, 3650, config.token_ttl_days)) return "must be a whole number of days from 1 to 3650";
    } else if (key == "db-statement-timeout") {
        if (!parse_int(value, 0, 3600, config.db_statement_timeout_s))
            return "must be a whole number of seconds from 0 (no limit) to 3600";
    } else if (key == "request-timeout") {
        if (!parse_int(value, 1, 3600, config.request_timeout_s)) return "must be a whole number of seconds from 1 to 3600";
    } else if (key == "idle-timeout") {
        if (!parse_int(value, 1, 3600, config.idle_timeout_s)) return "must be a whole number of seconds from 1 to 3600";
    } else if (key == "max-header-bytes") {
        if (!parse_int(value, 1024, 1024 * 1024, config.max_header_bytes)) return "must be a whole number from 1024 to 1048576";
    } else if (key == "max-requests-per-connection") {
        if (!parse_int(value, 1, 1000000, config.max_requests_per_connection))
            return "must be a whole number from 1 to 1000000";
    } else if (key == "max-connections") {
        if (!parse_int(value, 1, 1000000, config.max_connections)) return "must be a whole number from 1 to 1000000";
    } else if (key == "max-connections-per-address") {
        if (!parse_int(value, 1, 1000000, config.max_connections_per_address))
            return "must be a whole number from 1 to 1000000";
    } else if (key == "shutdown-grace") {
        if (!parse_int(value, 0, 600, config.shutdown_grace_s)) return "must be a whole number of seconds from 0 to 600";
    } else if (key == "log-file") config.log_file = value;
    else if (key == "tls-cert") config.tls_cert = value;
    else if (key == "tls-key") config.tls_key = value;
    else if (key == "trusted-proxies") {
        std::string error;
        if (!TrustedProxies::parse(value, error))
            return "must list IP addresses or networks, e.g. 10.0.0.0/8, 192.0.2.7, ::1 (" + error + ")";
        config.trusted_proxies = value;
    } else if (key == "allow-plain-http") {
        if (value != "true" && value != "false") return "must be true or false";
        config.allow_plain_http = value == "true";
    }
    return "";
}

}  // namespace

const std::vector<ConfigKey>& config_keys() {
    static const std::vector<ConfigKey> keys = {
        {"db", "CRM_SERVER_DB", "libpq connection string of the database (required)", ""},
        {"listen", "CRM_SERVER_LISTEN", "HOST:PORT to listen on; port 0: any free port (required)", ""},
        {"threads", "CRM_SERVER_THREADS", "database worker threads (1..256)", "4"},
        {"check-in-radius", "CRM_SERVER_CHECK_IN_RADIUS",
         "metres from the customer's position within which a visit's check-in counts as verified (1..100000)", "300"},
        {"token-ttl-days", "CRM_SERVER_TOKEN_TTL_DAYS",
         "days a sign-in stays valid without use; each use slides the expiry (1..3650)", "30"},
        {"db-statement-timeout", "CRM_SERVER_DB_STATEMENT_TIMEOUT",
         "seconds one database statement may run before the database cancels it and the request gets 503; "
         "5 s later an unanswered one counts as an unreachable database (0: no limit; 0..3600)",
         "30"},
        {"request-timeout", "CRM_SERVER_REQUEST_TIMEOUT",
         "seconds a client may take to send one request whole, and to read each answer (1..3600)", "30"},
        {"idle-timeout", "CRM_SERVER_IDLE_TIMEOUT", "seconds a kept-alive connection may wait for its next request (1..3600)",
         "60"},
        {"max-header-bytes", "CRM_SERVER_MAX_HEADER_BYTES", "largest request line + headers; larger: 431 and close",
         "16384"},
        {"max-requests-per-connection", "CRM_SERVER_MAX_REQUESTS_PER_CONNECTION",
         "requests served on one connection, pipelined or not, before it is closed", "1000"},
        {"max-connections", "CRM_SERVER_MAX_CONNECTIONS",
         "open connections (HTTP and live); beyond them a new one gets 503 server_busy", "1024"},
        {"max-connections-per-address", "CRM_SERVER_MAX_CONNECTIONS_PER_ADDRESS",
         "open connections from one client address (trusted proxies not counted); beyond them that address's "
         "new one gets 503 server_busy while others are served",
         "256"},
        {"shutdown-grace", "CRM_SERVER_SHUTDOWN_GRACE",
         "on SIGTERM, seconds requests in flight get to finish before the server exits (0..600)", "10"},
        {"log-file", "CRM_SERVER_LOG_FILE", "append the JSON request log to this file instead of stderr", ""},
        {"tls-cert", "CRM_SERVER_TLS_CERT", "TLS certificate chain (PEM); with tls-key the server speaks only HTTPS/WSS", ""},
        {"tls-key", "CRM_SERVER_TLS_KEY", "TLS private key (PEM) of tls-cert", ""},
        {"allow-plain-http", "CRM_SERVER_ALLOW_PLAIN_HTTP",
         "true: serve plain HTTP on a non-loopback address (only behind a TLS-terminating proxy)", "false"},
        {"trusted-proxies", "CRM_SERVER_TRUSTED_PROXIES",
         "reverse proxies (addresses or networks, comma-separated) whose X-Forwarded-For names the client; "
         "sign-in limits then count per that address",
         ""},
    };
    return keys;
}

std::string parse_config_text(const std::string& text, const std::string& origin,
                              std::map<std::string, std::string>& values) {
    std::istringstream in(text);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        const std::string where = origin + ":" + std::to_string(number) + ": ";
        line = trim(line);
        if (line.empty() || line[0] == '#' || line[0] == ';') continue;
        const auto eq = line.find('=');
        if (eq == std::string::npos) return where + "expected 'key = value', not '" + line + "'";
        const std::string key = trim(line.substr(0, eq));
        std::string value = trim(line.substr(eq + 1));
        if (!known_key(key)) return where + "unknown key '" + key + "'";
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
        if (values.count(key)) return where + "'" + key + "' is set twice";
        values[key] = value;
    }
    return "";
}

ConfigResult resolve_config(const ConfigSources& sources) {
    std::map<std::string, std::string> from_file;
    if (!sources.file_path.empty()) {
        std::ifstream in(sources.file_path, std::ios::binary);
        if (!in) return {std::nullopt, "cannot read the config file '" + sources.file_path + "'"};
        std::stringstream text;
        text << in.rdbuf();
        if (auto error = parse_config_text(text.str(), sources.file_path, from_file); !error.empty())
            return {std::nullopt, error};
    }
    ServerConfig config;
    for (const auto& key : config_keys()) {
        std::string value, origin;
        if (auto cli = sources.cli.find(key.key); cli != sources.cli.end()) {
            value = cli->second;
            origin = "--" + key.key;
        } else if (auto env = sources.env ? sources.env(key.env) : std::nullopt) {
            value = *env;
            origin = key.env;
        } else if (auto file = from_file.find(key.key); file != from_file.end()) {
            value = file->second;
            origin = "'" + key.key + "' in " + sources.file_path;
        } else {
            continue;
        }
        if (auto error = apply(config, key.key, value); !error.empty())
            return {std::nullopt, origin + " " + error + ", not '" + value + "'"};
    }
    if (config.db.empty()) return {std::nullopt, "no database given: set --db, CRM_SERVER_DB or 'db' in the config file"};
    if (config.listen.empty())
        return {std::nullopt, "no listen address given: set --listen, CRM_SERVER_LISTEN or 'listen' in the config file"};
    if (config.tls_cert.empty() != config.tls_key.empty())
        return {std::nullopt, "tls-cert and tls-key go together: give both for HTTPS, or neither"};
    return {config, ""};
}

}  // namespace crm::server
