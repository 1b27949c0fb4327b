#include "crm/server/reports/targets.h"

#include "crm/server/reports/reports.h"
#include "crm/shared/formats.h"

#include <algorithm>
#include <cmath>
#include <regex>

namespace crm::server {
namespace {

const std::vector<std::string> kMetrics = {"won_amount", "won_deals", "visits", "new_customers"};

bool is_month(const std::string& text) {
    static const std::regex pattern("^[0-9]{4}-(0[1-9]|1[0-2])$");
    return std::regex_match(text, pattern);
}

// The won time of a won opportunity: as in the lifecycle report.
constexpr const char* kWonAt =
    "coalesce((SELECT max(s.changed_at) FROM opportunity_stage s WHERE s.company_id = o.company_id"
    " AND s.opportunity_id = o.id AND NOT s.deleted AND s.to_status = 'won' AND s.from_status IS DISTINCT FROM 'won'),"
    " o.updated_at)";

/// The actual of `metric` for the books of `users` in [from, to).
double actual(PgConnection& conn, std::int64_t company, const PgParam& users, const ReportPeriod& month,
              const std::string& metric) {
    const PgParams params{std::to_string(company), month.from_ts(), month.to_ts(), users};
    std::string sql;
    if (metric == "won_amount" || metric == "won_deals")
        sql = std::string("SELECT ") + (metric == "won_amount" ? "coalesce(sum(coalesce(amount, 0)), 0)" : "count(*)") +
              " FROM (SELECT o.amount, " + kWonAt + " AS at FROM opportunity o WHERE o.company_id = $1 AND NOT o.deleted"
              " AND o.status = 'won' AND o.scope_owner_id = ANY($4::uuid[])) w"
              " WHERE at >= $2::timestamptz AND at < $3::timestamptz";
    else if (metric == "visits")
        sql = "SELECT count(*) FROM visit WHERE company_id = $1 AND NOT deleted AND check_in_at >= $2::timestamptz"
              " AND check_in_at < $3::timestamptz AND rep_id = ANY($4::uuid[])";
    else  // new_customers: first purchase in the month
        sql = std::string("SELECT count(*) FROM (SELECT o.customer_id, min(") + kWonAt + ") AS first_at"
              " FROM opportunity o JOIN customer c ON c.company_id = o.company_id AND c.id = o.customer_id"
              " WHERE o.company_id = $1 AND NOT o.deleted AND o.status = 'won' AND NOT c.deleted"
              " AND c.scope_owner_id = ANY($4::uuid[]) GROUP BY o.customer_id) f"
              " WHERE first_at >= $2::timestamptz AND first_at < $3::timestamptz";
    return std::stod(conn.exec(sql, params).text(0, 0));
}

ReportPeriod month_period(const std::string& month) {
    const int year = std::stoi(month.substr(0, 4)), mon = std::stoi(month.substr(5, 2));
    char next[32];
    std::snprintf(next, sizeof next, "%04d-%02d-01", mon == 12 ? year + 1 : year, mon == 12 ? 1 : mon + 1);
    return {month + "-01", next};
}

std::string users_array(const std::vector<std::string>& ids) { return ReportScope{ids}.sql_array().value(); }

}  // namespace

std::string current_month_utc() { return today_utc().substr(0, 7); }

Result<TargetInput> parse_target_input(const nlohmann::json& body) {
    for (const auto& [key, value] : body.items())
        if (key != "month" && key != "unit_id" && key != "user_id" && key != "metric" && key != "value")
            return Error{"bad_request", "unknown field '" + key + "' (use month, unit_id or user_id, metric, value)"};
    auto text = [&](const char* key) {
        return body.contains(key) && body[key].is_string() ? body[key].get<std::string>() : std::string();
    };
    TargetInput input{text("month"), text("unit_id"), text("user_id"), text("metric"), 0};
    if (!is_month(input.month)) return Error{"bad_request", "month must be YYYY-MM"};
    if (input.unit_id.empty() == input.user_id.empty())
        return Error{"bad_request", "give exactly one of unit_id and user_id"};
    if (!is_uuid(input.unit_id + input.user_id)) return Error{"bad_request", "unit_id / user_id must be an id (UUID)"};
    if (std::find(kMetrics.begin(), kMetrics.end(), input.metric) == kMetrics.end())
        return Error{"bad_request", "metric must be won_amount, won_deals, visits or new_customers"};
    if (!body.contains("value") || !body["value"].is_number()) return Error{"bad_request", "value must be a number"};
    input.value = body["value"].get<double>();
    if (!std::isfinite(input.value) || input.value < 0 || input.value > 1e12)
        return Error{"bad_request", "value must be from 0 to 1e12"};
    return input;
}

Result<nlohmann::json> set_target(PgConnection& conn, std::int64_t company, const Actor& actor,
                                  const TargetInput& input, const AuditEntry& by) {
    if (actor.role == Role::rep) return Error{"forbidden", "reps may not set targets"};
    const std::string c = std::to_string(company);
    std::string subject_name;
    if (!input.unit_id.empty()) {
        auto unit = conn.exec("SELECT name FROM org_unit WHERE company_id = $1 AND id = $2::uuid", {c, input.unit_id});
        const bool in_scope = unit.rows() == 1 &&
                              (actor.role == Role::hq || load_org_tree(conn, company).is_within(input.unit_id, actor.unit_id));
        if (!in_scope) return Error{"forbidden", "the unit is not in your scope"};
        subject_name = unit.text(0, 0);
    } else {
        const auto user = find_user_by_id(conn, company, input.user_id);
        const auto visible = visible_user_ids(conn, company, actor);
        if (!user || (visible && std::find(visible->begin(), visible->end(), input.user_id) == visible->end()))
            return Error{"forbidden", "the user is not in your scope"};
        subject_name = user->login;
    }
    PgTransaction tx(conn);
    const PgParams key{c, input.month, input.metric, input.unit_id.empty() ? input.user_id : input.unit_id};
    auto old = tx.exec("SELECT value FROM target WHERE company_id = $1 AND month = $2 AND metric = $3"
                       " AND coalesce(unit_id, user_id) = $4::uuid FOR UPDATE",
                       key);
    tx.exec("INSERT INTO target (company_id, month, unit_id, user_id, metric, value, set_by, set_by_login)"
            " VALUES ($1, $2, $3::uuid, $4::uuid, $5, $6::double precision, $7::uuid, $8)"
            " ON CONFLICT (company_id, month, metric, (coalesce(unit_id, user_id)))"
            " DO UPDATE SET value = EXCLUDED.value, set_by = EXCLUDED.set_by, set_by_login = EXCLUDED.set_by_login,"
            " set_at = clock_timestamp()",
            {c, input.month, input.unit_id.empty() ? PgParam() : PgParam(input.unit_id),
             input.user_id.empty() ? PgParam() : PgParam(input.user_id), input.metric, std::to_string(input.value),
             by.actor_id.empty() ? PgParam() : PgParam(by.actor_id), by.actor_login});
    const nlohmann::json old_value = old.rows() ? nlohmann::json(std::stod(old.text(0, 0))) : nlohmann::json(nullptr);
    AuditEntry entry = by;
    entry.action = "target.set";
    entry.entity = input.unit_id.empty() ? "user" : "unit";
    entry.record_id = input.unit_id.empty() ? input.user_id : input.unit_id;
    entry.details = {{"month", input.month}, {"subject", subject_name}, {"metric", input.metric},
                     {"old", old_value}, {"new", input.value}};
    record_audit(tx.connection(), company, entry);
    tx.commit();
    return nlohmann::json{{"old", old_value}, {"new", input.value}};
}

Result<nlohmann::json> targets_report(PgConnection& conn, std::int64_t company, const Actor& actor,
                                      const std::string& month, const std::string& unit_id) {
    if (!is_month(month)) return Error{"bad_request", "month must be YYYY-MM"};
    auto scope = resolve_report_scope(conn, company, actor, unit_id, "");
    if (!scope) return scope.error();
    const auto tree = load_org_tree(conn, company);
    const auto user_units = load_user_units(conn, company);
    auto unit_visible = [&](const std::string& unit) {
        if (!unit_id.empty()) return tree.is_within(unit, unit_id);
        return actor.role == Role::hq || (actor.role == Role::manager && tree.is_within(unit, actor.unit_id));
    };
    auto user_visible = [&](const std::string& user) {
        return !scope->user_ids || std::find(scope->user_ids->begin(), scope->user_ids->end(), user) != scope->user_ids->end();
    };
    const auto period = month_period(month);
    const auto rows = conn.exec(
        "SELECT t.unit_id::text, t.user_id::text, coalesce(u.name, a.login), t.metric, t.value, t.set_by_login, t.set_at"
        " FROM target t LEFT JOIN org_unit u ON u.company_id = t.company_id AND u.id = t.unit_id"
        " LEFT JOIN app_user a ON a.company_id = t.company_id AND a.id = t.user_id"
        " WHERE t.company_id = $1 AND t.month = $2 ORDER BY t.unit_id IS NULL, 3, 4",
        {std::to_string(company), month});
    nlohmann::json targets = nlohmann::json::array();
    for (int r = 0; r < rows.rows(); ++r) {
        const std::string unit = rows.text(r, 0), user = rows.text(r, 1);
        if (unit.empty() ? !user_visible(user) : !unit_visible(unit)) continue;
        std::vector<std::string> members;
        if (unit.empty()) members.push_back(user);
        for (const auto& [member, member_unit] : user_units)
            if (!unit.empty() && tree.is_within(member_unit, unit)) members.push_back(member);
        const double target = std::stod(rows.text(r, 4));
        const double value = actual(conn, company, users_array(members), period, rows.text(r, 3));
        targets.push_back({{"subject", unit.empty() ? "user" : "unit"},
                           {"subject_id", unit.empty() ? user : unit},
                           {"subject_name", rows.text(r, 2)},
                           {"metric", rows.text(r, 3)},
                           {"target", target},
                           {"actual", value},
                           {"progress", rate_or_null(value, target)},
                           {"set_by", rows.text(r, 5)}});
    }
    return nlohmann::json{{"month", month}, {"targets", targets}};
}

}  // namespace crm::server
