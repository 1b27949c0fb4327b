// Check-ins per rep per ISO week (UTC). A visit counts in the week of its check_in_at and for
// its rep_id; flagged = server_check_in_status outside_radius, no_fix or manual.
#include "crm/server/reports/reports.h"

namespace crm::server {

nlohmann::json visits_report(PgConnection& conn, std::int64_t company, const ReportScope& scope,
                             const ReportPeriod& period) {
    const auto rows = conn.exec(
        "SELECT v.rep_id::text, u.login, u.display_name, to_char(v.check_in_at AT TIME ZONE 'UTC', 'IYYY-\"W\"IW'),"
        " count(*), count(*) FILTER (WHERE v.server_check_in_status = 'verified'),"
        " count(*) FILTER (WHERE v.server_check_in_status IN ('outside_radius', 'no_fix', 'manual'))"
        " FROM visit v JOIN app_user u ON u.company_id = v.company_id AND u.id = v.rep_id"
        " WHERE v.company_id = $1 AND NOT v.deleted AND v.check_in_at >= $2::timestamptz AND v.check_in_at < $3::timestamptz"
        " AND ($4::uuid[] IS NULL OR v.rep_id = ANY($4::uuid[]))"
        " GROUP BY 1, 2, 3, 4 ORDER BY 2, 4",
        {std::to_string(company), period.from_ts(), period.to_ts(), scope.sql_array()});
    nlohmann::json reps = nlohmann::json::array();
    for (int r = 0; r < rows.rows(); ++r) {
        if (reps.empty() || reps.back()["user_id"] != rows.text(r, 0))
            reps.push_back({{"user_id", rows.text(r, 0)},
                            {"login", rows.text(r, 1)},
                            {"name", rows.text(r, 2)},
                            {"check_ins", 0},
                            {"weeks", nlohmann::json::array()}});
        auto& rep = reps.back();
        const long check_ins = std::stol(rows.text(r, 4));
        rep["check_ins"] = rep["check_ins"].get<long>() + check_ins;
        rep["weeks"].push_back({{"week", rows.text(r, 3)},
                                {"check_ins", check_ins},
                                {"verified", std::stol(rows.text(r, 5))},
                                {"flagged", std::stol(rows.text(r, 6))}});
    }
    return {{"from", period.from}, {"to", period.to}, {"reps", reps}};
}

}  // namespace crm::server
