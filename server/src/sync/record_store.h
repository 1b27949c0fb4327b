#pragma once
// Row-level reads and writes of entity tables for the push path (private to the sync service).

#include "crm/server/db/pg.h"
#include "crm/shared/entity_schema.h"
#include "crm/shared/geo.h"
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
    /// latitude/longitude when the entity has them and both are set (scopes_statement only).
    std::optional<GeoPoint> position;
};

/// The record with this id (tombstones included), locked FOR UPDATE when `lock`.
std::optional<StoredRecord> load_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity,
                                        const std::string& id, bool lock);

/// The query for the records of `entity` with these ids (UUIDs) for scopes_from.
PgStatement scopes_statement(std::int64_t company, const EntitySpec& entity, const std::vector<std::string>& ids);

/// The records of a scopes_statement result (tombstones included), by id, with only `deleted`,
/// `scope_owner` and `position` filled in.
std::map<std::string, StoredRecord> scopes_from(const PgResult& rows);

/// The next value of the company-wide change sequence.
std::int64_t next_seq(PgTransaction& tx);

/// The record's current seq.
std::int64_t record_seq(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id);

/// The new seq of a write: a value taken before, or nullopt for nextval('change_seq') in the
/// statement itself (saves a round trip).
using SeqSource = std::optional<std::int64_t>;

/// Inserts a new record: `fields` are validated business fields plus created_at/updated_at;
/// `stamped` (with `hlc`) are the fields whose stamps get the new seq.
PgStatement insert_record(std::int64_t company, const EntitySpec& entity, const std::string& id,
                          const nlohmann::json& fields, const std::optional<std::string>& scope_owner,
                          const std::vector<std::string>& stamped, const std::string& hlc, SeqSource seq);

/// Writes `names` of `fields` (plus updated_at, the new seq and their stamps) to an existing record.
PgStatement update_record(std::int64_t company, const EntitySpec& entity, const std::string& id,
                          const nlohmann::json& fields, const std::vector<std::string>& names,
                          const std::string& updated_at, const std::string& hlc, SeqSource seq);

/// Sets the record's scope owner.
PgStatement set_scope_owner(std::int64_t company, const EntitySpec& entity, const std::string& id,
                            const std::optional<std::string>& scope_owner);

/// Marks the record deleted with a new seq.
PgStatement tombstone_record(std::int64_t company, const EntitySpec& entity, const std::string& id, SeqSource seq);

/// One losing value of a field merge, for sync_conflict.
struct ConflictEntry {
    std::string entity, record_id, field;
    nlohmann::json losing_value, winning_value;
    std::string losing_hlc, winning_hlc;
};

/// Logs a losing value in sync_conflict.
PgStatement log_conflict(std::int64_t company, const std::string& device_id, const std::string& user_id,
                  const ConflictEntry& entry);

}  // namespace crm::server
