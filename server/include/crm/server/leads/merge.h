#pragma once
// Merging duplicate leads or customers into a survivor, and undoing a merge (merge_log, 0009).

#include "crm/server/org/acting.h"
#include "crm/server/db/pg.h"
#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace crm::server {

struct MergeRequest {
    std::string entity;  ///< "lead" or "customer"
    std::string survivor_id;
    std::vector<std::string> duplicate_ids;
};

struct MergeReport {
    std::int64_t merge_id = 0;
    std::vector<std::string> filled_fields;  ///< survivor fields filled from a duplicate
    long moved = 0;                          ///< references re-pointed to the survivor
};

/// One transaction under the company lock: fills the survivor's empty fields from the
/// duplicates (in the given order), re-points every reference to a duplicate at the survivor
/// (visits, contacts, opportunities, tasks, revisions, leads), tombstones the duplicates (a
/// lead's duplicate_of = survivor), logs the merge and audits `<entity>.merge`. Every changed
/// record gets a new seq (scope moves logged in scope_change). Errors: bad_request (bad ids,
/// survivor among duplicates), not_found (unknown/deleted ids, or outside the actor's scope).
Result<MergeReport> merge_records(PgConnection& conn, std::int64_t company, const MergeRequest& request,
                                  const Acting& by);

struct UndoReport {
    long duplicates_restored = 0;
    long moved_back = 0;
    std::vector<nlohmann::json> kept;      ///< references re-pointed since the merge: {table, id}
    std::vector<std::string> fields_restored;
    std::vector<std::string> fields_kept;  ///< filled fields changed since the merge
};

/// Undoes a merge: restores the duplicates, moves back exactly the references the merge moved
/// that still point at the survivor, empties the filled fields not changed since, marks the
/// merge undone and audits `<entity>.unmerge`. Errors: not_found, conflict (already undone).
Result<UndoReport> undo_merge(PgConnection& conn, std::int64_t company, std::int64_t merge_id, const Acting& by);

/// The newest merges first: {id, entity, survivor_id, duplicate_ids, by, at, undone, undone_at}.
nlohmann::json list_merges(PgConnection& conn, std::int64_t company, const Acting& by, int limit = 100);

nlohmann::json to_json(const MergeReport& report);
nlohmann::json to_json(const UndoReport& report);

}  // namespace crm::server
