// crm-admin leads import: a CSV file with good, duplicate and bad rows, quoted commas and
// newlines; the per-row report and what lands in the database.
#include "scenario.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace crm;
using nlohmann::json;

namespace {

std::string write_file(const std::string& name, const std::string& text) {
    const auto path = std::filesystem::temp_directory_path() / (name + "-" + test::uuid() + ".csv");
    std::ofstream(path, std::ios::binary) << text;
    return path.string();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

test::ProcessResult admin(const test::Company& company, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", company.db.conninfo()});
    return test::run_admin(args, "");
}

}  // namespace

TEST_CASE("leads import reports every row, creates the good ones in the pool and flags duplicates",
          "[server][lead_import]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const std::string existing = test::uuid();
    auto pushed = rep1.push({rep1.create("lead", {{"company_name", "Existing Co."}, {"phone", "13900139000"}, {"status", "new"}},
                                         existing)});
    REQUIRE(pushed["verdicts"][0]["status"] == "applied");
    const std::string csv =
        "\xEF\xBB\xBF"
        "person_name,company_name,phone,region,priority,source\r\n"
        "Wang Wei,\"Acme, Ltd.\",+86 138 0013 8000,North,high,fair\r\n"                 // 1 created
        "Li Na,\"Multi\nLine \"\"Quoted\"\" Co\",021-5555,South,normal,web\r\n"           // 2 created (newline, quotes)
        "Zhao,Existing Co,,North,,\r\n"                                                  // 3 duplicate of existing (company)
        "Qian,Other,13800138000,,low,\r\n"                                               // 4 duplicate of row 1 (phone)
        "Sun,Bad Priority Co,,,urgent,\r\n"                                              // 5 error: priority
        "Zhou," + std::string(201, 'x') + ",,,,\r\n"                                     // 6 error: too long
        "Wu,\xC3\x28 Broken,,,,\r\n"                                                     // 7 error: bad UTF-8
        "Zheng,Short row\r\n"                                                            // 8 error: field count
        ",,,North,high,\r\n"                                                             // 9 error: nothing to identify
        "\r\n";                                                                          // blank: skipped
    const auto file = write_file("leads", csv);
    const long leads_before = company.count("lead");

    SECTION("dry run writes nothing") {
        const auto fingerprint = company.fingerprint();
        auto r = admin(company, {"leads", "import", file, "--pool", "Expo 2026", "--dry-run"});
        INFO(r.err);
        REQUIRE(r.exit_code == 0);
        CHECK(lines_of(r.out).size() == 10);
        CHECK(r.out.find("(dry run: nothing written)") != std::string::npos);
        CHECK(company.fingerprint() == fingerprint);
        CHECK(company.count("audit_log") == 0);
    }
    SECTION("import") {
        auto r = admin(company, {"leads", "import", file, "--pool", "Expo 2026"});
        INFO(r.out << r.err);
        REQUIRE(r.exit_code == 0);
        const auto lines = lines_of(r.out);
        REQUIRE(lines.size() == 10);
        CHECK(lines[0].rfind("row 1: created ", 0) == 0);
        const std::string row1 = lines[0].substr(15);
        CHECK(lines[1].rfind("row 2: created ", 0) == 0);
        CHECK(lines[2] == "row 3: duplicate of " + existing + " (company)");
        CHECK(lines[3] == "row 4: duplicate of " + row1 + " (phone)");
        CHECK(lines[4] == "row 5: error: priority: must be one of: low, normal, high");
        CHECK(lines[5].rfind("row 6: error: company_name: ", 0) == 0);
        CHECK(lines[6] == "row 7: error: company_name: is not valid UTF-8");
        CHECK(lines[7] == "row 8: error: expected 6 fields, found 2");
        CHECK(lines[8] == "row 9: error: person_name: a lead needs a person name, a company name or a phone");
        CHECK(lines[9] == "4 created (2 flagged as duplicates), 5 rows with errors");

        CHECK(company.count("lead") == leads_before + 4);
        CHECK(company.query("SELECT company_name FROM lead WHERE person_name = 'Li Na'") == "Multi\nLine \"Quoted\" Co");
        CHECK(company.query("SELECT count(*) FROM lead WHERE pool = 'Expo 2026' AND owner_id IS NULL AND status = 'new'") == "4");
        CHECK(company.query("SELECT duplicate_of::text FROM lead WHERE person_name = 'Qian'") == row1);
        CHECK(company.query("SELECT priority FROM lead WHERE id = '" + row1 + "'") == "high");
        CHECK(company.query("SELECT count(*) FROM lead WHERE person_name IN ('Sun', 'Zhou', 'Wu', 'Zheng')") == "0");
        const auto audit = json::parse(company.query("SELECT details::text FROM audit_log WHERE action = 'lead.import'"));
        CHECK(audit["created"] == 4);
        CHECK(audit["duplicates"] == 2);
        CHECK(audit["errors"] == 5);
        CHECK(audit["file"] == file);
        // Pool leads are hq's: rep1 does not see them, hq's device receives them.
        test::Device hq(company, "hq");
        test::Replica replica(hq);
        replica.sync();
        CHECK(replica.has("lead", row1));
        CHECK(company.dump_as("rep1")["lead"].size() == 1);
    }
    SECTION("--owner gives the leads to a rep") {
        auto r = admin(company, {"leads", "import", file, "--owner", "rep1"});
        REQUIRE(r.exit_code == 0);
        CHECK(company.dump_as("rep1")["lead"].size() == 5);
    }
}

TEST_CASE("leads import refuses unreadable files, bad headers and bad options with exit 1 and writes nothing",
          "[server][lead_import]") {
    test::Company company;
    const auto fingerprint = company.fingerprint();
    struct Case {
        std::string name, csv, message;
        std::vector<std::string> extra;
    };
    const std::vector<Case> cases = {
        {"unknown column", "person_name,colour\nWang,red\n",
         "unknown column 'colour' (known columns: person_name, company_name, phone, region, priority, source, pool)", {}},
        {"repeated column", "phone,phone\n1,2\n", "column 'phone' appears twice", {}},
        {"empty", "", "the file is empty", {}},
        {"open quote", "person_name\n\"Wang\n", "a quoted field is not closed", {}},
        {"text after quote", "person_name\n\"Wang\"x\n", "text after a closing quote", {}},
        {"unknown owner", "person_name\nWang\n", "unknown or inactive login 'nobody'", {"--owner", "nobody"}},
        {"hq owner", "person_name\nWang\n", "not hq", {"--owner", "hq"}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        std::vector<std::string> args = {"leads", "import", write_file("bad", c.csv)};
        args.insert(args.end(), c.extra.begin(), c.extra.end());
        auto r = admin(company, args);
        CHECK(r.exit_code == 1);
        CHECK(r.err.find(c.message) != std::string::npos);
        CHECK(r.err.find('\n') == r.err.size() - 1);
    }
    auto missing = admin(company, {"leads", "import", "/nonexistent/leads.csv"});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err == "crm-admin: cannot read '/nonexistent/leads.csv'\n");
    CHECK(company.fingerprint() == fingerprint);
    CHECK(company.count("audit_log") == 0);
}
