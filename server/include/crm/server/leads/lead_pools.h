#pragma once
// Lead pools: headquarters' stock of unassigned leads (owner_id null, seen only by hq), and
// their assignment to reps and managers.

#include "crm/server/org/acting.h"
#include "crm/server/db/pg.h"
#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace crm::server {

/// Per pool (null: "(no pool)") the open (new/contacted/qualified) unassigned leads:
/// {"pools": [{"pool", "total", "by_priority": {...}, "by_region": {...}}]}, largest first.
nlohmann::json pool_counts(PgConnection& conn, std::int64_t company);

/// Makes `owner_id` (an active rep or manager) the owner of these pool leads in one
/// transaction: each gets a new seq, a scope_change row (its visits follow) and an audit row
/// `lead.assign`. Errors: bad_request (bad ids/owner), not_found (unknown or deleted lead),
/// conflict (a lead is not in a pool). Returns how many were assigned.
Result<long> assign_leads(PgConnection& conn, std::int64_t company, const std::vector<std::string>& lead_ids,
                          const std::string& owner_id, const Acting& by);

}  // namespace crm::server
