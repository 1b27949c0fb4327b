#include "report_commands.h"

#include "admin_commands.h"

#include "crm/server/org/directory.h"
#include "crm/server/reports/customer_value.h"
#include "crm/server/reports/reports.h"
#include "crm/server/reports/targets.h"

#include <iomanip>
#include <iostream>

namespace crm::server::admin {
namespace {

/// crm-admin acts with headquarters' reach.
const Actor kAdmin{"", Role::hq, ""};

struct Options {
    std::string from, to, month, unit, user, metric;
    double value = 0;
    bool json = false;
};

std::string unit_id_of(PgConnection& conn, const std::string& name) {
    if (name.empty()) return "";
    auto rows = conn.exec("SELECT id::text FROM org_unit WHERE company_id = $1 AND name = $2",
                          {std::to_string(kDefaultCompany), name});
    if (rows.rows() == 0) throw AdminError("unknown unit '" + name + "'");
    return rows.text(0, 0);
}

std::string user_id_of(PgConnection& conn, const std::string& login) {
    if (login.empty()) return "";
    auto user = find_user_by_login(conn, kDefaultCompany, login);
    if (!user) throw AdminError("unknown user '" + login + "'");
    return user->id;
}

std::string rate(const nlohmann::json& value) {
    if (value.is_null()) return "-";
    std::ostringstream out;
    out << std::fixed << std::setprecision(1) << value.get<double>() * 100 << "%";
    return out.str();
}

void print_table(const std::string& kind, const nlohmann::json& r, std::ostream& out) {
    if (kind == "funnel") {
        out << std::fixed << std::setprecision(2);  // amounts as money, never 3.47e+07
        out << "period " << r["from"].get<std::string>() << " .. " << r["to"].get<std::string>() << "\n";
        for (const auto& s : r["leads"])
            out << "lead " << std::left << std::setw(14) << s["step"].get<std::string>() << std::right << std::setw(8)
                << s["count"].get<long>() << "  " << rate(s["rate_from_previous"]) << "\n";
        for (const auto& s : r["stages"])
            out << "deal " << std::left << std::setw(14) << s["stage"].get<std::string>() << std::right << std::setw(8)
                << s["count"].get<long>() << std::setw(14) << s["amount"].get<double>() << "  "
                << rate(s["rate_from_previous"]) << "\n";
        out << "won  " << r["won"]["count"].get<long>() << " (" << r["won"]["amount"].get<double>() << "), lost "
            << r["lost"]["count"].get<long>() << "; lead->opportunity " << rate(r["lead_to_opportunity"])
            << ", opportunity->won " << rate(r["opportunity_to_won"]) << "\n";
    } else if (kind == "visits") {
        out << std::left << std::setw(16) << "REP" << std::setw(10) << "WEEK" << std::setw(10) << "CHECK-INS"
            << std::setw(10) << "VERIFIED" << "FLAGGED\n";
        for (const auto& rep : r["reps"])
            for (const auto& w : rep["weeks"])
                out << std::setw(16) << rep["login"].get<std::string>() << std::setw(10) << w["week"].get<std::string>()
                    << std::setw(10) << w["check_ins"].get<long>() << std::setw(10) << w["verified"].get<long>()
                    << w["flagged"].get<long>() << "\n";
        if (r["reps"].empty()) out << "(no check-ins)\n";
    } else if (kind == "lifecycle") {
        out << "period " << r["from"].get<std::string>() << " .. " << r["to"].get<std::string>() << " (previous from "
            << r["previous_from"].get<std::string>() << ")\n";
        for (const auto& [key, value] : r["counts"].items()) out << std::left << std::setw(18) << key << value << "\n";
        for (const auto& [key, value] : r["rates"].items()) out << std::left << std::setw(18) << key << rate(value) << "\n";
    } else {
        out << std::left << std::setw(6) << "KIND" << std::setw(20) << "SUBJECT" << std::setw(15) << "METRIC"
            << std::setw(14) << "TARGET" << std::setw(14) << "ACTUAL" << "PROGRESS\n";
        for (const auto& t : r["targets"])
            out << std::setw(6) << t["subject"].get<std::string>() << std::setw(20) << t["subject_name"].get<std::string>()
                << std::setw(15) << t["metric"].get<std::string>() << std::setw(14) << t["target"].get<double>()
                << std::setw(14) << t["actual"].get<double>() << rate(t["progress"]) << "\n";
        if (r["targets"].empty()) out << "(no targets for " << r["month"].get<std::string>() << ")\n";
    }
}

void report_cmd(const std::string& db, const std::string& kind, const Options& o, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    const std::string unit = unit_id_of(conn, o.unit), user = user_id_of(conn, o.user);
    nlohmann::json result;
    if (kind == "targets") {
        auto r = targets_report(conn, kDefaultCompany, kAdmin, o.month.empty() ? current_month_utc() : o.month, unit);
        if (!r) throw AdminError(r.error().message);
        result = *r;
    } else {
        auto period = parse_report_period(o.from, o.to, today_utc());
        if (!period) throw AdminError(period.error().message);
        auto scope = resolve_report_scope(conn, kDefaultCompany, kAdmin, unit, user);
        if (!scope) throw AdminError(scope.error().message);
        result = kind == "funnel"   ? funnel_report(conn, kDefaultCompany, *scope, *period)
                 : kind == "visits" ? visits_report(conn, kDefaultCompany, *scope, *period)
                                    : lifecycle_report(conn, kDefaultCompany, *scope, *period);
    }
    if (o.json)
        out << result.dump(2) << "\n";
    else
        print_table(kind, result, out);
}

void target_set_cmd(const std::string& db, const Options& o, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    if (o.unit.empty() == o.user.empty()) throw AdminError("give exactly one of --unit and --user");
    nlohmann::json body = {{"month", o.month}, {"metric", o.metric}, {"value", o.value}};
    if (!o.unit.empty()) body["unit_id"] = unit_id_of(conn, o.unit);
    if (!o.user.empty()) body["user_id"] = user_id_of(conn, o.user);
    auto input = parse_target_input(body);
    if (!input) throw AdminError(input.error().message);
    auto result = set_target(conn, kDefaultCompany, kAdmin, *input, AuditEntry{});
    if (!result) throw AdminError(result.error().message);
    out << "target " << o.metric << " " << o.month << " of " << (o.unit.empty() ? o.user : o.unit) << ": "
        << ((*result)["old"].is_null() ? std::string("(none)") : (*result)["old"].dump()) << " -> "
        << (*result)["new"].dump() << "\n";
}

}  // namespace

void add_report_verbs(CLI::App& app, std::string& db, std::function<void()>& action) {
    static Options o;
    auto* report = app.add_subcommand("report", "management reports (funnel, visits, lifecycle, targets)")->require_subcommand(1);
    for (const char* kind : {"funnel", "visits", "lifecycle", "targets"}) {
        auto* verb = report->add_subcommand(kind, std::string("the ") + kind + " report");
        if (std::string(kind) == "targets") {
            verb->add_option("--month", o.month, "YYYY-MM (default: the current month)");
        } else {
            verb->add_option("--from", o.from, "first day, YYYY-MM-DD (default: the first of this month)");
            verb->add_option("--to", o.to, "end day, exclusive (default: a month after --from)");
            verb->add_option("--user", o.user, "only this login's book");
        }
        verb->add_option("--unit", o.unit, "only this org unit's subtree");
        verb->add_flag("--json", o.json, "print JSON");
        verb->callback([&db, &action, kind] { action = [&db, kind] { report_cmd(db, kind, o, std::cout); }; });
    }
    auto* target = app.add_subcommand("target", "monthly targets")->require_subcommand(1);
    auto* set = target->add_subcommand("set", "set a unit's or user's target for a month");
    set->add_option("--month", o.month, "YYYY-MM")->required();
    set->add_option("--unit", o.unit, "org unit name");
    set->add_option("--user", o.user, "user login");
    set->add_option("--metric", o.metric, "won_amount, won_deals, visits or new_customers")->required();
    set->add_option("--value", o.value, "target value (>= 0)")->required();
    set->callback([&db, &action] { action = [&db] { target_set_cmd(db, o, std::cout); }; });
    auto* customers = app.add_subcommand("customers", "customer maintenance")->require_subcommand(1);
    auto* score = customers->add_subcommand("score", "recompute value scores and ABC segments");
    score->callback([&db, &action] {
        action = [&db] {
            PgConnection conn(db);
            require_schema(conn);
            const auto r = rescore_customers(conn, kDefaultCompany, AuditEntry{});
            std::cout << "scored " << r.customers << " customers, " << r.changed << " changed\n";
        };
    });
}

}  // namespace crm::server::admin
