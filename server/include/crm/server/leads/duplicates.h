#pragma once
// Company-wide duplicate detection of leads and customers over shared's normalizers.

#include "crm/server/org/acting.h"
#include "crm/server/db/pg.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace crm::server {

/// Groups of live records of `entity` ("lead" or "customer") in the actor's scope that share a
/// normalized phone, a normalized company name (a customer's name) or, for leads, person name +
/// company. {"groups": [{"reasons": ["phone", ...], "records": [{id, <key fields>, owner_id,
/// owner_login, created_at, matched_by: [...]}]}], "records_scanned": N}; records oldest first,
/// groups by their oldest record. At most `max_groups` groups ("truncated": true beyond).
nlohmann::json find_duplicate_groups(PgConnection& conn, std::int64_t company, const std::string& entity,
                                     const Acting& by, std::size_t max_groups = 500);

}  // namespace crm::server
