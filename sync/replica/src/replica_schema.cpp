#include "replica_schema.h"

#include "crm/sync/customer_search.h"

#include <string>
#include <vector>

namespace crm::sync {
namespace {

// Schema version N is reached by applying kMigrations[N-1]. Append only.
const std::vector<std::string> kMigrations = {
    R"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
-- The server's state of each record as last pulled (or as acknowledged by a push).
CREATE TABLE server_record (
  entity TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
  data TEXT NOT NULL, field_versions TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (entity, id)) WITHOUT ROWID;
-- What the user sees: server state with pending outbox entries replayed on top.
CREATE TABLE local_record (
  entity TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0, pending INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity, id)) WITHOUT ROWID;
-- Pending local mutations, oldest first; seq is device-unique and never reused.
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY, entity TEXT NOT NULL, record_id TEXT NOT NULL, op TEXT NOT NULL,
  fields TEXT NOT NULL, base_versions TEXT NOT NULL, hlc TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX outbox_record ON outbox (entity, record_id);
-- Rejected and partly lost edits, kept until dismissed.
CREATE TABLE sync_issue (
  id INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL, entity TEXT NOT NULL,
  record_id TEXT NOT NULL, op TEXT NOT NULL, status TEXT NOT NULL, code TEXT NOT NULL,
  message TEXT NOT NULL, lost_fields TEXT NOT NULL, fields TEXT NOT NULL,
  created_at TEXT NOT NULL, dismissed INTEGER NOT NULL DEFAULT 0);
)sql",
    // 2: a scope reset marks every server record stale; those not received again are swept.
    R"sql(
ALTER TABLE server_record ADD COLUMN stale INTEGER NOT NULL DEFAULT 0;
)sql",
    // 3: records as rowid tables: in a WITHOUT ROWID table every ~1 KB JSON row spilled into
    // its own 4 KB overflow page (a 90k-record book took 316 MB and 20 s to sync).
    R"sql(
CREATE TABLE server_record_v3 (
  entity TEXT NOT NULL, id TEXT NOT NULL, version INTEGER NOT NULL,
  data TEXT NOT NULL, field_versions TEXT NOT NULL DEFAULT '{}', stale INTEGER NOT NULL DEFAULT 0,
  UNIQUE (entity, id));
INSERT INTO server_record_v3 (entity, id, version, data, field_versions, stale)
  SELECT entity, id, version, data, field_versions, stale FROM server_record;
DROP TABLE server_record;
ALTER TABLE server_record_v3 RENAME TO server_record;
CREATE INDEX server_record_stale ON server_record (stale) WHERE stale = 1;
CREATE TABLE local_record_v3 (
  entity TEXT NOT NULL, id TEXT NOT NULL, data TEXT NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0, pending INTEGER NOT NULL DEFAULT 0,
  UNIQUE (entity, id));
INSERT INTO local_record_v3 (entity, id, data, deleted, pending)
  SELECT entity, id, data, deleted, pending FROM local_record;
DROP TABLE local_record;
ALTER TABLE local_record_v3 RENAME TO local_record;
)sql",
    // 4: the customer search index (FTS5 trigram + filter columns), kept by triggers on
    // local_record and filled from the records already there (customer_search.cpp).
    customer_search_migration_sql(),
    // 5: the customer's value segment and score (server-set, issue 5) in the search index.
    customer_value_migration_sql(),
};

bool has_table(SqliteDb& db, const std::string& name) {
    return db.scalar_text("SELECT name FROM sqlite_master WHERE type='table' AND name=?", name).has_value();
}

}  // namespace

Status migrate_replica_schema(SqliteDb& db) {
    // Before anything is written: the search index's triggers call these functions.
    register_search_functions(db);
    // A page cache of 8 MB instead of SQLite's 2 MB default: a pull writes records, their index
    // rows and FTS segments in one transaction; with 2 MB it re-read most pages through read().
    db.exec("PRAGMA cache_size = -8000");
    const bool empty = !db.scalar_text("SELECT name FROM sqlite_master LIMIT 1").has_value();
    int version = 0;
    if (!empty) {
        if (!has_table(db, "meta") || db.scalar_text("SELECT value FROM meta WHERE key='app'") != kReplicaAppTag)
            return Error{"bad_replica", "the file is not a Field CRM replica"};
        version = std::stoi(db.scalar_text("SELECT value FROM meta WHERE key='schema_version'").value_or("0"));
    }
    if (version > static_cast<int>(kMigrations.size()))
        return Error{"bad_replica", "the replica was written by a newer version of the app (schema " +
                                        std::to_string(version) + ")"};
    for (int next = version; next < static_cast<int>(kMigrations.size()); ++next) {
        Transaction tx(db);
        db.exec(kMigrations[next]);
        db.exec(std::string("INSERT OR REPLACE INTO meta VALUES ('app', '") + kReplicaAppTag + "')");
        db.exec("INSERT OR REPLACE INTO meta VALUES ('schema_version', '" + std::to_string(next + 1) + "')");
        tx.commit();
    }
    return ok_status();
}

}  // namespace crm::sync
