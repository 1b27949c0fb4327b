#include "crm/server/db/migrations.h"

#include <set>

namespace crm::server {
namespace {

// Any fixed key: serialises concurrent `crm-admin migrate` runs.
constexpr const char* kMigrationLock = "SELECT pg_advisory_lock(7461001)";
constexpr const char* kMigrationUnlock = "SELECT pg_advisory_unlock(7461001)";

std::set<std::string> applied_names(PgConnection& conn) {
    std::set<std::string> names;
    auto exists = conn.exec("SELECT to_regclass('schema_migrations') IS NOT NULL");
    if (exists.text(0, 0) != "t") return names;
    auto rows = conn.exec("SELECT name FROM schema_migrations");
    for (int r = 0; r < rows.rows(); ++r) names.insert(rows.text(r, 0));
    return names;
}

}  // namespace

std::vector<std::string> migrate(PgConnection& conn) {
    conn.exec(kMigrationLock);
    std::vector<std::string> applied;
    try {
        conn.exec("SET client_min_messages = warning");
        conn.exec(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        const auto done = applied_names(conn);
        for (const auto& m : embedded_migrations()) {
            const std::string name(m.name);
            if (done.count(name)) continue;
            PgTransaction tx(conn);
            conn.exec_script(std::string(m.sql));
            tx.exec("INSERT INTO schema_migrations (name) VALUES ($1)", {name});
            tx.commit();
            applied.push_back(name);
        }
    } catch (...) {
        if (conn.healthy()) conn.exec(kMigrationUnlock);
        throw;
    }
    conn.exec(kMigrationUnlock);
    return applied;
}

std::vector<std::string> pending_migrations(PgConnection& conn) {
    const auto done = applied_names(conn);
    std::vector<std::string> pending;
    for (const auto& m : embedded_migrations())
        if (!done.count(std::string(m.name))) pending.push_back(std::string(m.name));
    return pending;
}

}  // namespace crm::server
