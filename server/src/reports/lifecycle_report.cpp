// The customer lifecycle of the customer's brief over P = [from, to) and the previous period
// Q of equal length before it. A purchase is a won opportunity of the customer; its time is the
// latest opportunity_stage record that set status won, else the opportunity's updated_at.
#include "crm/server/reports/reports.h"

namespace crm::server {

nlohmann::json lifecycle_report(PgConnection& conn, std::int64_t company, const ReportScope& scope,
                                const ReportPeriod& period) {
    // $1 company, $2 from, $3 to, $4 scope, $5 start of the previous period
    const auto rows = conn.exec(
        "WITH c AS ("
        "  SELECT id FROM customer WHERE company_id = $1 AND NOT deleted AND created_at < $3::timestamptz"
        "  AND ($4::uuid[] IS NULL OR scope_owner_id = ANY($4::uuid[]))),"
        " p AS ("
        "  SELECT o.customer_id, coalesce((SELECT max(s.changed_at) FROM opportunity_stage s"
        "    WHERE s.company_id = o.company_id AND s.opportunity_id = o.id AND NOT s.deleted AND s.to_status = 'won'"
        "    AND s.from_status IS DISTINCT FROM 'won'), o.updated_at) AS at"
        "  FROM opportunity o WHERE o.company_id = $1 AND NOT o.deleted AND o.status = 'won'),"
        " f AS ("
        "  SELECT c.id, min(p.at) AS first_at,"
        "   count(p.at) FILTER (WHERE p.at < $2::timestamptz) AS before_p,"
        "   count(p.at) FILTER (WHERE p.at >= $2::timestamptz AND p.at < $3::timestamptz) AS in_p,"
        "   count(p.at) FILTER (WHERE p.at >= $5::timestamptz AND p.at < $2::timestamptz) AS in_q,"
        "   count(p.at) FILTER (WHERE p.at < $3::timestamptz) AS by_to"
        "  FROM c LEFT JOIN p ON p.customer_id = c.id GROUP BY c.id)"
        " SELECT count(*) FILTER (WHERE before_p = 0),"
        "  count(*) FILTER (WHERE before_p = 0 AND in_p > 0),"
        "  count(*) FILTER (WHERE before_p > 0 AND in_p > 0 AND in_q > 0),"
        "  count(*) FILTER (WHERE before_p > 0 AND in_p > 0 AND in_q = 0),"
        "  count(*) FILTER (WHERE before_p > 0 AND in_p = 0 AND in_q > 0),"
        "  count(*) FILTER (WHERE before_p > 0 AND in_p = 0 AND in_q = 0),"
        "  count(*) FILTER (WHERE by_to > 0),"
        "  count(*) FILTER (WHERE before_p = 0 AND in_p >= 2)"
        " FROM f",
        {std::to_string(company), period.from_ts(), period.to_ts(), scope.sql_array(), previous_start_ts(period)});
    auto at = [&](int col) { return std::stol(rows.text(0, col)); };
    const long potential = at(0), fresh = at(1), retained = at(2), won_back = at(3), lost = at(4), dormant = at(5),
               all = at(6), repurchased = at(7);
    return {{"from", period.from},
            {"to", period.to},
            {"previous_from", previous_start_ts(period).substr(0, 10)},
            {"counts",
             {{"potential", potential},
              {"new", fresh},
              {"retained", retained},
              {"won_back", won_back},
              {"active", fresh + retained + won_back},
              {"lost", lost},
              {"dormant", dormant},
              {"all_customers", all},
              {"new_repurchased", repurchased}}},
            {"rates",
             {{"conversion", rate_or_null(fresh, potential)},
              {"retention", rate_or_null(retained, all)},
              {"churn", rate_or_null(lost, all)},
              {"new_repurchase", rate_or_null(repurchased, fresh)}}}};
}

}  // namespace crm::server
