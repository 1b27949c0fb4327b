#pragma once
// The replica's SQLite schema and its migrations, in one place.

#include "crm/shared/result.h"
#include "crm/sync/sqlite_db.h"

namespace crm::sync {

/// Marks a file as ours in meta('app').
inline constexpr const char* kReplicaAppTag = "field-crm-replica";

/// Creates or upgrades the schema. Error{"bad_replica"} for a file of another application
/// or a replica of a newer schema than this build knows.
Status migrate_replica_schema(SqliteDb& db);

}  // namespace crm::sync
