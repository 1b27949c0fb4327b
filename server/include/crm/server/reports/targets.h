#pragma once
// Monthly targets per org unit or user (table target, migration 0010) and their actuals.

#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "crm/server/org/audit.h"
#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace crm::server {

/// What POST /v1/targets/set and `crm-admin target set` set.
struct TargetInput {
    std::string month;    ///< YYYY-MM
    std::string unit_id;  ///< exactly one of unit_id / user_id
    std::string user_id;
    std::string metric;   ///< won_amount | won_deals | visits | new_customers
    double value = 0;
};

/// The input of a JSON body {"month","unit_id"|"user_id","metric","value"}; Error bad_request.
Result<TargetInput> parse_target_input(const nlohmann::json& body);

/// Sets (inserts or replaces) a target as `actor` (hq: anyone; a manager: units and users of
/// their subtree; reps: forbidden; an unknown subject is forbidden too) and records the audit
/// row target.set with the old and new value, in one transaction. Returns {"old","new"}.
Result<nlohmann::json> set_target(PgConnection& conn, std::int64_t company, const Actor& actor,
                                  const TargetInput& input, const AuditEntry& by);

/// The targets of `month` (YYYY-MM) whose subjects `actor` may see, narrowed to the subtree of
/// `unit_id` when given (forbidden outside the scope), each with its actual:
/// {"month", "targets": [{subject, subject_id, subject_name, metric, target, actual, progress}]}.
Result<nlohmann::json> targets_report(PgConnection& conn, std::int64_t company, const Actor& actor,
                                      const std::string& month, const std::string& unit_id);

/// The current UTC month, YYYY-MM.
std::string current_month_utc();

}  // namespace crm::server
