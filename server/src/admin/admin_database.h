#pragma once
// Which database crm-admin works on: --db, else CRM_SERVER_DB, else `db` in the crm-server
// config file given with --config (read by the server's own parser, so both agree). The same
// precedence as crm-server, so `crm-admin --config /etc/crm/server.conf migrate` migrates the
// database the service uses, also when a systemd drop-in sets CRM_SERVER_DB.

#include <optional>
#include <string>

namespace crm::server::admin {

/// The connection string, or throws AdminError naming what is missing or wrong.
std::string resolve_admin_db(const std::string& db_option, const std::optional<std::string>& db_env,
                             const std::string& config_path);

}  // namespace crm::server::admin
