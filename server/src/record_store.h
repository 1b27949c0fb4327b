#pragma once
// Row-level reads and writes of entity tables for the push path (private to the sync service).

#include "crm/server/pg.h"
#include "crm/shared/entity_schema.h"
#include "crm/sync/field_merge.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crm::server {

/// A stored record with its internal columns.
struct StoredRecord {
    nlohmann::json record;                           ///< as record_from_row renders it
    bool deleted = false;
    std::optional<std::string> scope_owner;
    std::map<std::string, sync::FieldStamp> stamps;  ///< from field_stamps
};

/// The record with this id (tombstones included), locked FOR UPDATE when `lock`.
std::optional<StoredRecord> load_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity,
                                        const std::string& id, bool lock);

/// True when any row (live or tombstone) of `entity` has this id.
bool record_exists(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id);

/// The next value of the company-wide change sequence.
std::int64_t next_seq(PgTransaction& tx);

/// {field: {"v": seq, "h": hlc}} for the named fields.
nlohmann::json make_stamps(const std::vector<std::string>& fields, std::int64_t seq, const std::string& hlc);

/// Inserts a new record: `fields` are validated business fields plus created_at/updated_at.
void insert_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                   const nlohmann::json& fields, std::int64_t seq, const std::optional<std::string>& scope_owner,
                   const nlohmann::json& stamps);

/// Writes `names` of `fields` (plus updated_at, seq and merged stamps) to an existing record.
void update_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                   const nlohmann::json& fields, const std::vector<std::string>& names, const std::string& updated_at,
                   std::int64_t seq, const nlohmann::json& stamps);

/// Sets the record's scope owner.
void set_scope_owner(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                     const std::optional<std::string>& scope_owner);

/// Marks the record deleted with a new seq.
void tombstone_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                      std::int64_t seq);

/// One losing value of a field merge, for sync_conflict.
struct ConflictEntry {
    std::string entity, record_id, field;
    nlohmann::json losing_value, winning_value;
    std::string losing_hlc, winning_hlc;
};

/// Logs a losing value in sync_conflict.
void log_conflict(PgTransaction& tx, std::int64_t company, const std::string& device_id, const std::string& user_id,
                  const ConflictEntry& entry);

}  // namespace crm::server
