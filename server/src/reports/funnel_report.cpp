// The sales funnel. A lead "reached qualified" when its status is qualified or converted. An
// opportunity reached a stage when its current stage or any stage of its opportunity_stage
// history is that stage or a later one (a deal in negotiation passed discovery..proposal).
#include "crm/server/reports/reports.h"

#include <array>

namespace crm::server {
namespace {

constexpr std::array kStages = {"discovery", "qualification", "proposal", "negotiation", "closing"};

// $1 company, $2 from, $3 to, $4 scope (uuid[] or NULL)
constexpr const char* kLeadSql =
    "SELECT count(*), count(*) FILTER (WHERE status IN ('qualified', 'converted')),"
    " count(*) FILTER (WHERE status = 'converted')"
    " FROM lead WHERE company_id = $1 AND NOT deleted AND created_at >= $2::timestamptz AND created_at < $3::timestamptz"
    " AND ($4::uuid[] IS NULL OR scope_owner_id = ANY($4::uuid[]))";

constexpr const char* kOpportunitySql =
    "WITH o AS ("
    "  SELECT coalesce(o.amount, 0) AS amount, o.status,"
    "   GREATEST(array_position(ARRAY['discovery','qualification','proposal','negotiation','closing'], o.stage),"
    "    coalesce((SELECT max(array_position(ARRAY['discovery','qualification','proposal','negotiation','closing'], s.to_stage))"
    "              FROM opportunity_stage s WHERE s.company_id = o.company_id AND s.opportunity_id = o.id AND NOT s.deleted), 0))"
    "   AS reach"
    "  FROM opportunity o WHERE o.company_id = $1 AND NOT o.deleted"
    "  AND o.created_at >= $2::timestamptz AND o.created_at < $3::timestamptz"
    "  AND ($4::uuid[] IS NULL OR o.scope_owner_id = ANY($4::uuid[])))"
    " SELECT k, count(o.amount), coalesce(sum(o.amount), 0) FROM generate_series(1, 5) AS k"
    "  LEFT JOIN o ON o.reach >= k GROUP BY k"
    " UNION ALL SELECT 6, count(*) FILTER (WHERE status = 'won'), coalesce(sum(amount) FILTER (WHERE status = 'won'), 0) FROM o"
    " UNION ALL SELECT 7, count(*) FILTER (WHERE status = 'lost'), coalesce(sum(amount) FILTER (WHERE status = 'lost'), 0) FROM o"
    " ORDER BY 1";

}  // namespace

nlohmann::json funnel_report(PgConnection& conn, std::int64_t company, const ReportScope& scope,
                             const ReportPeriod& period) {
    const PgParams params{std::to_string(company), period.from_ts(), period.to_ts(), scope.sql_array()};
    const auto leads = conn.exec(kLeadSql, params);
    const long created = std::stol(leads.text(0, 0)), qualified = std::stol(leads.text(0, 1)),
               converted = std::stol(leads.text(0, 2));
    nlohmann::json lead_steps = {
        {{"step", "created"}, {"count", created}, {"rate_from_previous", nullptr}},
        {{"step", "qualified"}, {"count", qualified}, {"rate_from_previous", rate_or_null(qualified, created)}},
        {{"step", "converted"}, {"count", converted}, {"rate_from_previous", rate_or_null(converted, qualified)}}};

    const auto rows = conn.exec(kOpportunitySql, params);
    nlohmann::json stages = nlohmann::json::array();
    long previous = 0, opportunities = 0;
    for (int r = 0; r < 5; ++r) {
        const long count = std::stol(rows.text(r, 1));
        if (r == 0) opportunities = count;
        stages.push_back({{"stage", kStages[static_cast<std::size_t>(r)]},
                          {"count", count},
                          {"amount", std::stod(rows.text(r, 2))},
                          {"rate_from_previous", r == 0 ? nlohmann::json(nullptr) : rate_or_null(count, previous)}});
        previous = count;
    }
    const long won = std::stol(rows.text(5, 1)), lost = std::stol(rows.text(6, 1));
    return {{"from", period.from},
            {"to", period.to},
            {"leads", lead_steps},
            {"opportunities", opportunities},
            {"stages", stages},
            {"won", {{"count", won}, {"amount", std::stod(rows.text(5, 2))}}},
            {"lost", {{"count", lost}, {"amount", std::stod(rows.text(6, 2))}}},
            {"lead_to_opportunity", rate_or_null(converted, created)},
            {"opportunity_to_won", rate_or_null(won, opportunities)}};
}

}  // namespace crm::server
