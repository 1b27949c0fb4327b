#include "audit_command.h"

#include "admin_commands.h"
#include "crm/server/org/directory.h"
#include "crm/shared/formats.h"

#include <iomanip>
#include <iostream>

namespace crm::server::admin {

void audit_cmd(const std::string& db, const AuditFilter& filter, bool as_json, std::ostream& out) {
    for (const auto* date : {&filter.since, &filter.until})
        if (!date->empty() && !is_date(*date) && !is_timestamp(*date))
            throw AdminError("'" + *date + "' is not a date (2026-12-01) or an ISO timestamp (2026-12-01T08:00:00Z)");
    PgConnection conn(db);
    require_schema(conn);
    const auto rows = list_audit(conn, kDefaultCompany, filter);
    if (as_json) {
        nlohmann::json entries = nlohmann::json::array();
        for (const auto& row : rows) entries.push_back(to_json(row));
        out << nlohmann::json{{"entries", entries}}.dump(2) << '\n';
        return;
    }
    out << std::left << std::setw(25) << "AT" << std::setw(16) << "ACTOR" << std::setw(26) << "ACTION"
        << std::setw(14) << "ENTITY" << std::setw(38) << "RECORD" << "DETAILS\n";
    for (const auto& row : rows)
        out << std::setw(25) << row.at << std::setw(16) << row.entry.actor_login << std::setw(26) << row.entry.action
            << std::setw(14) << row.entry.entity << std::setw(38) << row.entry.record_id << row.entry.details.dump()
            << '\n';
    if (rows.empty()) out << "(no entries)\n";
}

void add_audit_verb(CLI::App& app, std::string& db, std::function<void()>& action) {
    struct Options {
        AuditFilter filter;
        bool json = false;
    };
    static Options o;
    auto* audit = app.add_subcommand("audit", "list management actions (newest first)");
    audit->add_option("--since", o.filter.since, "from this date or timestamp (inclusive)");
    audit->add_option("--until", o.filter.until, "before this date or timestamp");
    audit->add_option("--user", o.filter.actor_login, "only this actor's login ('crm-admin' for this tool)");
    audit->add_option("--action", o.filter.action, "only this action, or a prefix ending in '.' (revision.)");
    audit->add_option("--record", o.filter.record_id, "only actions on this record id");
    audit->add_option("--limit", o.filter.limit, "at most this many entries")->capture_default_str()->check(
        CLI::Range(1, 100000));
    audit->add_flag("--json", o.json, "print JSON instead of a table");
    audit->callback([&db, &action] { action = [&db] { audit_cmd(db, o.filter, o.json, std::cout); }; });
}

}  // namespace crm::server::admin
