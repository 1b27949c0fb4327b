#pragma once
// Small JSON helpers shared by the replica's source files.

#include "crm/sync/sqlite_db.h"

#include <nlohmann/json.hpp>

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

/// The server's per-field versions of a record ({} when it is not on the server yet).
inline nlohmann::json load_field_versions(SqliteDb& db, const std::string& entity, const std::string& id) {
    auto st = db.prepare("SELECT field_versions FROM server_record WHERE entity=? AND id=?");
    st.bind(1, entity).bind(2, id);
    if (!st.step()) return nlohmann::json::object();
    return nlohmann::json::parse(st.text(0));
}

}  // namespace crm::sync
