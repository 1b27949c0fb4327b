#include "crm/server/reports/reports.h"

#include "crm/shared/formats.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace crm::server {
namespace {

std::chrono::sys_days to_days(const std::string& iso) {
    using namespace std::chrono;
    return sys_days{year{std::stoi(iso.substr(0, 4))} / month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))} /
                    day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
}

std::string to_iso(std::chrono::sys_days days) {
    const std::chrono::year_month_day ymd{days};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buffer;
}

Error forbidden_filter() {
    return Error{"forbidden", "the unit or user filter is not in your scope"};
}

}  // namespace

std::string previous_start_ts(const ReportPeriod& period) {
    const auto from = to_days(period.from);
    return to_iso(from - (to_days(period.to) - from)) + "T00:00:00Z";
}

std::string today_utc() {
    return to_iso(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()));
}

Result<ReportPeriod> parse_report_period(const std::string& from, const std::string& to, const std::string& today) {
    using namespace std::chrono;
    for (const auto* date : {&from, &to})
        if (!date->empty() && !is_date(*date))
            return Error{"bad_request", "from/to must be dates like 2026-12-01 (got '" + *date + "')"};
    ReportPeriod period;
    const year_month_day now{to_days(today)};
    period.from = from.empty() ? to_iso(sys_days{now.year() / now.month() / 1}) : from;
    const year_month_day start{to_days(period.from)};
    period.to = to.empty() ? to_iso(sys_days{(start.year() / start.month() + months{1}) / 1}) : to;
    if (to_days(period.to) <= to_days(period.from)) return Error{"bad_request", "to must be after from"};
    if (to_days(period.to) > sys_days{(start.year() + years{5}) / start.month() / start.day()})
        return Error{"bad_request", "a report spans at most 5 years"};
    return period;
}

PgParam ReportScope::sql_array() const {
    if (!user_ids) return std::nullopt;
    std::string out = "{";
    for (const auto& id : *user_ids) out += (out.size() > 1 ? "," : "") + id;
    return out + "}";
}

Result<ReportScope> resolve_report_scope(PgConnection& conn, std::int64_t company, const Actor& actor,
                                         const std::string& unit_id, const std::string& user_id) {
    if ((!unit_id.empty() && !is_uuid(unit_id)) || (!user_id.empty() && !is_uuid(user_id)))
        return Error{"bad_request", "unit and user must be ids (UUIDs)"};
    const auto visible = visible_user_ids(conn, company, actor);
    ReportScope scope{visible};
    auto keep_only = [&](const std::vector<std::string>& ids) {
        if (!scope.user_ids) {
            scope.user_ids = ids;
            return;
        }
        std::erase_if(*scope.user_ids, [&](const std::string& id) { return std::find(ids.begin(), ids.end(), id) == ids.end(); });
    };
    if (!unit_id.empty()) {
        const auto tree = load_org_tree(conn, company);
        const bool exists = conn.exec("SELECT 1 FROM org_unit WHERE company_id = $1 AND id = $2::uuid",
                                      {std::to_string(company), unit_id})
                                .rows() == 1;
        const bool in_scope = actor.role == Role::hq || (actor.role == Role::manager && tree.is_within(unit_id, actor.unit_id));
        if (!exists || !in_scope) return forbidden_filter();
        std::vector<std::string> members;
        for (const auto& [user, unit] : load_user_units(conn, company))
            if (tree.is_within(unit, unit_id)) members.push_back(user);
        keep_only(members);
    }
    if (!user_id.empty()) {
        const auto user = find_user_by_id(conn, company, user_id);
        const bool in_scope = user && (!visible || std::find(visible->begin(), visible->end(), user_id) != visible->end());
        if (!in_scope) return forbidden_filter();
        keep_only({user_id});  // with a unit filter too: the user if they are in that unit
    }
    return scope;
}

nlohmann::json rate_or_null(double numerator, double denominator) {
    if (denominator == 0) return nullptr;
    return numerator / denominator;
}

}  // namespace crm::server
