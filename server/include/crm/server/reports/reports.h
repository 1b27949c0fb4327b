#pragma once
// Management reports computed in SQL over the records a caller may see (issue 5 item 7):
// sales funnel, visits per rep per week, customer lifecycle, targets vs actual.
// Definitions: server/README.md "Reports".

#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm::server {

/// A half-open period [from, to) of whole UTC days, as ISO dates.
struct ReportPeriod {
    std::string from;
    std::string to;
    /// The same period as timestamps for SQL ("2026-11-01T00:00:00Z").
    std::string from_ts() const { return from + "T00:00:00Z"; }
    std::string to_ts() const { return to + "T00:00:00Z"; }
};

/// The start of the previous period of equal length, as a timestamp for SQL.
std::string previous_start_ts(const ReportPeriod& period);

/// Today's UTC date, YYYY-MM-DD.
std::string today_utc();

/// The period of optional `from` / `to` (""): from defaults to the first day of the month of
/// `today`, to to the first day of the month after from's. Error bad_request for a bad date,
/// to <= from or a span over 5 years.
Result<ReportPeriod> parse_report_period(const std::string& from, const std::string& to, const std::string& today);

/// Whose records a report covers: nullopt = everyone's (hq without filters, pool leads
/// included), else exactly these user ids.
struct ReportScope {
    std::optional<std::vector<std::string>> user_ids;
    /// The scope as a PostgreSQL uuid[] parameter (NULL for everyone).
    PgParam sql_array() const;
};

/// The caller's scope narrowed by the optional `unit_id` (the unit's subtree) and `user_id`
/// filters. Error forbidden for a filter outside the caller's scope or unknown (the same answer,
/// so nothing leaks), bad_request for one that is not a UUID.
Result<ReportScope> resolve_report_scope(PgConnection& conn, std::int64_t company, const Actor& actor,
                                         const std::string& unit_id, const std::string& user_id);

/// Leads created in the period -> qualified -> converted; opportunities created in the period
/// by the furthest stage they reached -> won / lost; counts, amounts and conversion rates.
nlohmann::json funnel_report(PgConnection& conn, std::int64_t company, const ReportScope& scope,
                             const ReportPeriod& period);

/// Check-ins per rep per ISO week: total, verified, flagged (server_check_in_status).
nlohmann::json visits_report(PgConnection& conn, std::int64_t company, const ReportScope& scope,
                             const ReportPeriod& period);

/// Customer lifecycle over the period and the previous one of equal length: counts and rates.
nlohmann::json lifecycle_report(PgConnection& conn, std::int64_t company, const ReportScope& scope,
                                const ReportPeriod& period);

/// A rate numerator / denominator, or null when the denominator is 0.
nlohmann::json rate_or_null(double numerator, double denominator);

}  // namespace crm::server
