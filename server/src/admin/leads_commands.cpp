#include "leads_commands.h"

#include "admin_commands.h"
#include "crm/server/leads/duplicates.h"
#include "crm/server/leads/lead_import.h"
#include "crm/server/leads/merge.h"
#include "crm/server/org/directory.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace crm::server::admin {
namespace {

using nlohmann::json;

struct Options {
    std::string file, pool, owner, entity = "lead", survivor;
    std::vector<std::string> duplicates;
    std::int64_t merge_id = 0;
    bool dry_run = false, json = false;
};

void import_cmd(const std::string& db, const Options& o, std::ostream& out) {
    std::ifstream in(o.file, std::ios::binary);
    if (!in) throw AdminError("cannot read '" + o.file + "'");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw AdminError("cannot read '" + o.file + "'");
    PgConnection conn(db);
    require_schema(conn);
    auto report = import_leads(conn, kDefaultCompany, text.str(), ImportOptions{o.file, o.pool, o.owner, o.dry_run}, {});
    if (!report) throw AdminError(o.file + ": " + report.error().message);
    for (const auto& line : report->lines) out << line << '\n';
    out << report->created << " created (" << report->duplicates << " flagged as duplicates), " << report->errors
        << " rows with errors" << (o.dry_run ? " (dry run: nothing written)" : "") << '\n';
}

void duplicates_cmd(const std::string& db, const Options& o, std::ostream& out) {
    if (o.entity != "lead" && o.entity != "customer") throw AdminError("--entity must be lead or customer");
    PgConnection conn(db);
    require_schema(conn);
    const auto found = find_duplicate_groups(conn, kDefaultCompany, o.entity, {});
    if (o.json) {
        out << found.dump(2) << '\n';
        return;
    }
    int n = 0;
    for (const auto& group : found["groups"]) {
        std::string reasons;
        for (const auto& r : group["reasons"]) reasons += (reasons.empty() ? "" : ",") + r.get<std::string>();
        out << "group " << ++n << " (" << reasons << "):\n";
        for (const auto& r : group["records"]) {
            const auto label = o.entity == "lead" ? r.value("company_name", json()).is_string()
                                                        ? r["company_name"].get<std::string>()
                                                        : r.value("person_name", json()).is_string() ? r["person_name"].get<std::string>() : ""
                                                  : r["name"].get<std::string>();
            out << "  " << r["id"].get<std::string>() << "  " << r["created_at"].get<std::string>() << "  "
                << (r["owner_login"].is_string() ? r["owner_login"].get<std::string>() : "(pool)") << "  " << label
                << "  " << (r["phone"].is_string() ? r["phone"].get<std::string>() : "") << '\n';
        }
    }
    out << n << " groups among " << found["records_scanned"].get<long>() << " " << o.entity << "s\n";
}

void merge_cmd(const std::string& db, const Options& o, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    auto merged = merge_records(conn, kDefaultCompany, MergeRequest{o.entity, o.survivor, o.duplicates}, {});
    if (!merged) throw AdminError(merged.error().message);
    out << "merge " << merged->merge_id << ": " << o.duplicates.size() << " merged into " << o.survivor << ", "
        << merged->moved << " references moved, filled: "
        << (merged->filled_fields.empty() ? std::string("-") : nlohmann::json(merged->filled_fields).dump()) << '\n';
}

void unmerge_cmd(const std::string& db, const Options& o, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    auto undone = undo_merge(conn, kDefaultCompany, o.merge_id, {});
    if (!undone) throw AdminError(undone.error().message);
    out << "merge " << o.merge_id << " undone: " << undone->duplicates_restored << " restored, " << undone->moved_back
        << " references moved back";
    if (!undone->kept.empty()) out << ", " << undone->kept.size() << " kept (re-pointed since): " << nlohmann::json(undone->kept).dump();
    if (!undone->fields_kept.empty()) out << ", fields changed since kept: " << nlohmann::json(undone->fields_kept).dump();
    out << '\n';
}

void merges_cmd(const std::string& db, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    for (const auto& m : list_merges(conn, kDefaultCompany, {}))
        out << m["id"].get<std::int64_t>() << "  " << m["at"].get<std::string>() << "  " << m["by"].get<std::string>()
            << "  " << m["entity"].get<std::string>() << "  " << m["survivor_id"].get<std::string>() << " <- "
            << m["duplicate_ids"].dump() << (m["undone"].get<bool>() ? "  (undone)" : "") << '\n';
}

}  // namespace

void add_leads_verbs(CLI::App& app, std::string& db, std::function<void()>& action) {
    static Options o;
    auto* leads = app.add_subcommand("leads", "headquarters' leads")->require_subcommand(1);
    auto* import = leads->add_subcommand("import", "import leads from a CSV file with a header row; one report line per row");
    import->add_option("file", o.file, "CSV file (UTF-8)")->required();
    import->add_option("--pool", o.pool, "pool of rows without a pool column value");
    import->add_option("--owner", o.owner, "login that owns the imported leads (default: none, in the pool)");
    import->add_flag("--dry-run", o.dry_run, "validate and report, write nothing");
    import->callback([&db, &action] { action = [&db] { import_cmd(db, o, std::cout); }; });

    auto* duplicates = app.add_subcommand("duplicates", "list groups of duplicate leads or customers");
    duplicates->add_option("--entity", o.entity, "lead or customer")->capture_default_str();
    duplicates->add_flag("--json", o.json, "print JSON");
    duplicates->callback([&db, &action] { action = [&db] { duplicates_cmd(db, o, std::cout); }; });

    auto* merge = app.add_subcommand("merge", "merge duplicates into a survivor (undo with unmerge)");
    merge->add_option("--entity", o.entity, "lead or customer")->required();
    merge->add_option("survivor", o.survivor, "id of the record that stays")->required();
    merge->add_option("duplicates", o.duplicates, "ids of the duplicates")->required();
    merge->callback([&db, &action] { action = [&db] { merge_cmd(db, o, std::cout); }; });

    auto* unmerge = app.add_subcommand("unmerge", "undo a merge");
    unmerge->add_option("merge_id", o.merge_id, "merge id (from merges)")->required()->check(CLI::PositiveNumber);
    unmerge->callback([&db, &action] { action = [&db] { unmerge_cmd(db, o, std::cout); }; });

    app.add_subcommand("merges", "list merges, newest first")->callback([&db, &action] {
        action = [&db] { merges_cmd(db, std::cout); };
    });
}

}  // namespace crm::server::admin
