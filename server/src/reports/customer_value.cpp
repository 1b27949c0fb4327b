#include "crm/server/reports/customer_value.h"

#include "crm/server/db/ids.h"
#include "crm/server/db/change_notice.h"
#include "crm/shared/customer_value.h"

#include <cmath>
#include <set>
#include <sstream>

namespace crm::server {
namespace {

constexpr const char* kInputsSql =
    "SELECT c.id::text, c.kind, coalesce(c.industry, '') <> '', coalesce(c.credit_level, ''),"
    " coalesce(sum(coalesce(o.amount, 0)) FILTER (WHERE o.status = 'won'), 0),"
    " coalesce(sum(coalesce(o.amount, 0)) FILTER (WHERE o.status IN ('following', 'on_hold')), 0),"
    " count(o.id) FILTER (WHERE o.status = 'won'),"
    " (SELECT count(*) FROM visit v WHERE v.company_id = c.company_id AND v.customer_id = c.id AND NOT v.deleted"
    "   AND v.check_in_at > now() - interval '90 days' AND v.check_in_at <= now()),"
    " (SELECT floor(extract(epoch FROM now() - max(v.check_in_at)) / 86400) FROM visit v"
    "   WHERE v.company_id = c.company_id AND v.customer_id = c.id AND NOT v.deleted AND v.check_in_at <= now()),"
    " c.value_score, coalesce(c.value_segment, '')"
    " FROM customer c LEFT JOIN opportunity o ON o.company_id = c.company_id AND o.customer_id = c.id AND NOT o.deleted"
    " WHERE c.company_id = $1 AND NOT c.deleted GROUP BY c.company_id, c.id ORDER BY c.id";

std::string format_score(double score) {
    std::ostringstream out;
    out << score;
    return out.str();
}

}  // namespace

RescoreReport rescore_customers(PgConnection& conn, std::int64_t company, const AuditEntry& by) {
    const std::string c = std::to_string(company);
    PgTransaction tx(conn);
    tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {c});  // seq order = commit order, as for pushes
    const auto rows = tx.exec(kInputsSql, {c});
    std::vector<ScoredCustomer> scored;
    for (int r = 0; r < rows.rows(); ++r) {
        CustomerValueInput in;
        in.kind = rows.text(r, 1);
        in.has_industry = rows.text(r, 2) == "t";
        in.credit_level = rows.text(r, 3);
        in.won_amount = std::stod(rows.text(r, 4));
        in.open_amount = std::stod(rows.text(r, 5));
        in.won_deals = std::stoi(rows.text(r, 6));
        in.visits_90d = std::stoi(rows.text(r, 7));
        in.days_since_visit = rows.is_null(r, 8) ? -1 : std::stoi(rows.text(r, 8));
        scored.push_back({rows.text(r, 0), customer_value_score(in)});
    }
    const auto segments = abc_segments(scored);
    std::string ids = "{", scores = "{", segs = "{";
    RescoreReport report;
    report.customers = static_cast<long>(scored.size());
    for (std::size_t i = 0; i < scored.size(); ++i) {
        const int r = static_cast<int>(i);
        const bool same_score = !rows.is_null(r, 9) && std::fabs(std::stod(rows.text(r, 9)) - scored[i].score) < 1e-9;
        const bool same_segment = rows.text(r, 10) == std::string(1, segments[i]);
        if (same_score && same_segment) continue;
        const char* sep = report.changed++ ? "," : "";
        ids += sep + scored[i].id;
        scores += sep + format_score(scored[i].score);
        segs += sep + std::string(1, segments[i]);
    }
    if (report.changed) {
        const auto updated = tx.exec(
            "WITH s AS (SELECT x.id, x.score, x.segment, nextval('change_seq') AS n"
            "  FROM unnest($2::uuid[], $3::float8[], $4::text[]) AS x(id, score, segment) ORDER BY x.id)"
            " UPDATE customer t SET value_score = s.score, value_segment = s.segment, seq = s.n,"
            "  field_stamps = t.field_stamps || jsonb_build_object("
            "   'value_score', jsonb_build_object('v', s.n, 'h', $5::text),"
            "   'value_segment', jsonb_build_object('v', s.n, 'h', $5::text))"
            " FROM s WHERE t.company_id = $1 AND t.id = s.id RETURNING s.n, coalesce(t.scope_owner_id::text, '')",
            {c, ids + "}", scores + "}", segs + "}", server_hlc(now_ms())});
        ChangeNotice notice{company, 0, {}};
        std::set<std::string> owners;
        for (int r = 0; r < updated.rows(); ++r) {
            notice.seq = std::max<std::int64_t>(notice.seq, std::stoll(updated.text(r, 0)));
            if (!updated.text(r, 1).empty()) owners.insert(updated.text(r, 1));
        }
        notice.scope_owner_ids.assign(owners.begin(), owners.end());
        notify_change(tx, notice);
    }
    AuditEntry entry = by;
    entry.action = "customer.rescore";
    entry.entity = "customer";
    entry.details = {{"customers", report.customers}, {"changed", report.changed}};
    record_audit(tx.connection(), company, entry);
    tx.commit();
    return report;
}

}  // namespace crm::server
