#pragma once
// Small JSON helpers shared by the replica's source files.

#include "crm/sync/sqlite_db.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>

namespace crm::sync {

/// Removes members whose value is null: a cleared field is an absent field.
inline void strip_nulls(nlohmann::json& object) {
    for (auto it = object.begin(); it != object.end();) {
        if (it->is_null())
            it = object.erase(it);
        else
            ++it;
    }
}

/// The server version of each named field as the device last saw it: its entry in the
/// record's field_versions, else the record's version (0 when not on the server yet).
inline std::map<std::string, std::int64_t> load_base_versions(SqliteDb& db, const std::string& entity,
                                                              const std::string& id, const nlohmann::json& fields) {
    auto lease = db.cached("SELECT version, field_versions FROM server_record WHERE entity=? AND id=?");
    Statement& st = *lease;
    st.bind(1, entity).bind(2, id);
    std::int64_t version = 0;
    nlohmann::json versions = nlohmann::json::object();
    if (st.step()) {
        version = st.integer(0);
        versions = nlohmann::json::parse(st.text(1));
    }
    std::map<std::string, std::int64_t> out;
    for (const auto& [name, value] : fields.items()) out[name] = versions.value(name, version);
    return out;
}

/// The server's per-field versions of a record ({} when it is not on the server yet).
inline nlohmann::json load_field_versions(SqliteDb& db, const std::string& entity, const std::string& id) {
    auto lease = db.cached("SELECT field_versions FROM server_record WHERE entity=? AND id=?");
    Statement& st = *lease;
    st.bind(1, entity).bind(2, id);
    if (!st.step()) return nlohmann::json::object();
    return nlohmann::json::parse(st.text(0));
}

}  // namespace crm::sync
