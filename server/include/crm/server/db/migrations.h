#pragma once
// Schema migrations: numbered SQL files embedded in the binary, applied in order.

#include "crm/server/db/pg.h"

#include <string>
#include <string_view>
#include <vector>

namespace crm::server {

/// One migration: its file name (e.g. "0001_core.sql") and SQL text.
struct Migration {
    std::string_view name;
    std::string_view sql;
};

/// Every migration built into this binary, in order (generated from server/migrations/).
const std::vector<Migration>& embedded_migrations();

/// Applies the migrations not yet recorded in schema_migrations, each in its own transaction,
/// and returns their names (empty when the schema was up to date). Safe to run concurrently.
std::vector<std::string> migrate(PgConnection& conn);

/// Names of embedded migrations not yet applied to this database.
std::vector<std::string> pending_migrations(PgConnection& conn);

}  // namespace crm::server
