#include "admin_database.h"

#include "admin_commands.h"
#include "ops/config.h"

#include <fstream>
#include <map>
#include <sstream>

namespace crm::server::admin {

std::string resolve_admin_db(const std::string& db_option, const std::optional<std::string>& db_env,
                             const std::string& config_path) {
    if (!db_option.empty()) return db_option;
    if (db_env && !db_env->empty()) return *db_env;
    if (config_path.empty()) throw AdminError("no database given: set --db, CRM_SERVER_DB or --config FILE");
    std::ifstream in(config_path, std::ios::binary);
    if (!in) throw AdminError("cannot read the config file '" + config_path + "'");
    std::stringstream text;
    text << in.rdbuf();
    std::map<std::string, std::string> values;
    if (auto error = parse_config_text(text.str(), config_path, values); !error.empty()) throw AdminError(error);
    const auto db = values.find("db");
    if (db == values.end() || db->second.empty()) throw AdminError("no 'db' in the config file '" + config_path + "'");
    return db->second;
}

}  // namespace crm::server::admin
