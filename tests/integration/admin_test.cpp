// crm-admin verbs, their output and their error cases.
#include "scenario.h"

#include <catch2/catch.hpp>

#include "crm/server/db/ids.h"
#include "crm/shared/formats.h"

#include <algorithm>
#include <functional>
#include <set>

using namespace crm;
using nlohmann::json;

namespace {

/// A failure: non-zero exit and exactly one line on stderr containing `text`.
void check_fails_with(const test::ProcessResult& r, const std::string& text) {
    INFO("stdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exit_code != 0);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.find(text) != std::string::npos);
}

test::ProcessResult admin(const test::TestDatabase& db, std::vector<std::string> args, const std::string& in = "") {
    args.insert(args.begin(), {"--db", db.conninfo()});
    return test::run_admin(args, in);
}

std::size_t owned_by(const json& records, const std::string& user) {
    return std::count_if(records.begin(), records.end(), [&](const json& r) { return r.value("owner_id", "") == user; });
}

}  // namespace

TEST_CASE("crm-admin unit and user verbs", "[server][admin]") {
    test::TestDatabase db;
    REQUIRE(admin(db, {"unit", "add", "Headquarters"}).exit_code == 0);
    REQUIRE(admin(db, {"unit", "add", "East", "--parent", "Headquarters"}).exit_code == 0);
    check_fails_with(admin(db, {"unit", "add", "West", "--parent", "Nowhere"}), "unknown unit 'Nowhere'");
    check_fails_with(admin(db, {"unit", "add", "East"}), "already exists");

    auto added = admin(db, {"user", "add", "alice", "--role", "rep", "--unit", "East", "--password-stdin", "--name", "Alice Wu"},
                       "secret\n");
    INFO(added.err);
    REQUIRE(added.exit_code == 0);
    CHECK(added.out.find("alice") != std::string::npos);
    check_fails_with(admin(db, {"user", "add", "bob", "--role", "boss", "--unit", "East", "--password-stdin"}, "pw\n"),
                     "unknown role 'boss'");
    check_fails_with(admin(db, {"user", "add", "bob", "--role", "rep", "--unit", "Mars", "--password-stdin"}, "pw\n"),
                     "unknown unit 'Mars'");
    check_fails_with(admin(db, {"user", "add", "alice", "--role", "rep", "--unit", "East", "--password-stdin"}, "pw\n"),
                     "already taken");
    check_fails_with(admin(db, {"user", "add", "carol", "--role", "rep", "--unit", "East", "--password-stdin"}, ""),
                     "no password on stdin");
    check_fails_with(admin(db, {"user", "deactivate", "nobody"}), "unknown login 'nobody'");
    check_fails_with(admin(db, {"dump", "--as", "nobody"}), "unknown login 'nobody'");
    check_fails_with(admin(db, {"user", "deactivate", "alice", "--reassign-to", "ghost"}), "unknown login 'ghost'");
    REQUIRE(admin(db, {"user", "deactivate", "alice"}).exit_code == 0);

    auto dump = admin(db, {"dump", "--as", "alice"});
    REQUIRE(dump.exit_code == 0);
    CHECK(dump.out ==
          R"({"comment":[],"contact":[],"customer":[],"lead":[],"opportunity":[],"opportunity_stage":[],"revision":[],"task":[],"visit":[]})"
          "\n");
}

TEST_CASE("crm-admin reports an unreachable database and bad usage in one line", "[server][admin]") {
    check_fails_with(test::run_admin({"--db", "host=/nonexistent port=1 user=x dbname=x connect_timeout=2", "migrate"}),
                     "cannot connect to the database");
    auto no_verb = test::run_admin({"--db", "x"});
    CHECK(no_verb.exit_code != 0);
    auto help = test::run_admin({"--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("seed-demo") != std::string::npos);
    auto verb_help = test::run_admin({"--db", "x", "user", "add", "--help"});
    CHECK(verb_help.exit_code == 0);
    CHECK(verb_help.out.find("--role") != std::string::npos);
    test::TestDatabase unmigrated(false);
    check_fails_with(test::run_admin({"--db", unmigrated.conninfo(), "unit", "add", "X"}), "crm-admin --db CONNINFO migrate");
}

TEST_CASE("crm-admin seed-demo builds a scoped demo company once", "[server][admin]") {
    test::TestDatabase db;
    auto seeded = admin(db, {"seed-demo", "--reps", "3", "--password-stdin"}, "s3cret\n");
    INFO(seeded.err);
    REQUIRE(seeded.exit_code == 0);
    for (const char* login : {"hq", "manager", "rep1", "rep2", "rep3", "s3cret"})
        CHECK(seeded.out.find(login) != std::string::npos);
    check_fails_with(admin(db, {"seed-demo"}), "already seeded");

    auto dump = [&](const std::string& login) { return json::parse(admin(db, {"dump", "--as", login}).out); };
    const json rep1 = dump("rep1"), rep2 = dump("rep2"), manager = dump("manager"), hq = dump("hq");
    CHECK(rep1["customer"].size() == 5);
    CHECK(rep1["opportunity"].size() == 5);
    CHECK(rep1["visit"].size() == 10 + 4 + 1);  // 2 per customer, 4 planned today, 1 overdue
    CHECK(rep1["contact"].size() >= 5);
    CHECK(rep1["comment"].size() == 2);  // the manager's, on rep1's two latest visits
    CHECK(rep2["comment"].size() == 2);  // hq's: South Team is not the manager's
    CHECK(manager["comment"].size() == 4);    // rep1's and rep3's
    CHECK(manager["customer"].size() == 10);  // rep1 and rep3 are in North Team
    CHECK(hq["customer"].size() == 15);
    const std::string rep1_id = rep1["customer"][0]["owner_id"];
    CHECK(owned_by(rep1["customer"], rep1_id) == 5);
    CHECK(owned_by(rep2["customer"], rep1_id) == 0);
    const json& visit = rep1["visit"][0];
    CHECK(visit.contains("planned_at"));
    CHECK(visit["planned_at"].get<std::string>().size() == 24);  // 2026-11-23T14:15:17.123Z
}

namespace {

/// YYYY-MM-DD of the local (UTC+8) day `days` after today.
std::string local_date(int days) {
    const std::int64_t local = server::now_ms() + 8 * 3600000LL + days * 86400000LL;
    return format_timestamp_ms(local).substr(0, 10);
}

/// The UTC timestamp of local (UTC+8) HH:MM on the local day `days` after today.
std::string local_time(int days, int hour, int minute) {
    const std::int64_t local = server::now_ms() + 8 * 3600000LL;
    const std::int64_t midnight = local - local % 86400000LL - 8 * 3600000LL;
    return format_timestamp_ms(midnight + days * 86400000LL + (hour * 60LL + minute) * 60000LL);
}

std::size_t count_if(const json& records, const std::function<bool(const json&)>& test) {
    return static_cast<std::size_t>(std::count_if(records.begin(), records.end(), test));
}

}  // namespace

TEST_CASE("crm-admin seed-demo gives every rep a realistic day", "[server][admin]") {
    test::TestDatabase db;
    REQUIRE(admin(db, {"seed-demo", "--reps", "2"}).exit_code == 0);
    const json rep1 = json::parse(admin(db, {"dump", "--as", "rep1"}).out);
    const json hq = json::parse(admin(db, {"dump", "--as", "hq"}).out);
    INFO(local_date(0));

    // Customers around Shanghai, one without a position.
    CHECK(count_if(rep1["customer"], [](const json& c) { return !c.contains("latitude"); }) == 1);
    for (const auto& c : rep1["customer"]) {
        if (!c.contains("latitude")) continue;
        CHECK(c["latitude"].get<double>() >= 31.1);
        CHECK(c["latitude"].get<double>() <= 31.35);
        CHECK(c["longitude"].get<double>() >= 121.3);
        CHECK(c["longitude"].get<double>() <= 121.6);
    }
    // Today: 09:30 (checked in and out), 11:00, 14:30, 16:00; yesterday's visit not made.
    const auto planned_at = [&](const std::string& at) {
        return count_if(rep1["visit"], [&](const json& v) { return v.value("planned_at", "") == at; });
    };
    for (const auto& [h, m] : std::vector<std::pair<int, int>>{{9, 30}, {11, 0}, {14, 30}, {16, 0}})
        CHECK(planned_at(local_time(0, h, m)) == 1);
    for (const auto& v : rep1["visit"]) {
        if (v.value("planned_at", "") == local_time(0, 9, 30)) {
            CHECK(v.contains("check_in_at"));
            CHECK(v.contains("check_out_at"));
            CHECK(v["server_check_in_status"] == v["check_in_status"]);
        }
        for (const auto& not_made : {local_time(0, 11, 0), local_time(0, 14, 30), local_time(0, 16, 0), local_time(-1, 15, 0)})
            if (v.value("planned_at", "") == not_made) CHECK_FALSE(v.contains("check_in_at"));
        CHECK(v.contains("check_in_at") == v.contains("server_check_in_status"));
    }
    CHECK(planned_at(local_time(-1, 15, 0)) == 1);
    const std::set<std::string> verdicts = [&] {
        std::set<std::string> s;
        for (const auto& v : rep1["visit"]) s.insert(v.value("server_check_in_status", ""));
        return s;
    }();
    CHECK(verdicts == std::set<std::string>{"", "verified", "outside_radius", "no_reference"});

    // Tasks: due today, overdue, next week, done.
    REQUIRE(rep1["task"].size() == 4);
    const auto due_on = [&](int days) {
        return count_if(rep1["task"], [&](const json& t) {
            return !t.value("done", false) && t["due_at"].get<std::string>() >= local_time(days, 0, 0) &&
                   t["due_at"].get<std::string>() < local_time(days + 1, 0, 0);
        });
    };
    CHECK(due_on(0) == 1);
    CHECK(due_on(-2) == 1);
    CHECK(due_on(7) == 1);
    CHECK(count_if(rep1["task"], [](const json& t) { return t.value("done", false) && t.contains("done_at"); }) == 1);

    // Opportunities in several stages, each with 1-3 stage changes leading to its stage.
    std::set<std::string> stages;
    for (const auto& o : rep1["opportunity"]) {
        stages.insert(o["stage"].get<std::string>());
        std::vector<json> history;
        for (const auto& s : rep1["opportunity_stage"])
            if (s["opportunity_id"] == o["id"]) history.push_back(s);
        CHECK(history.size() >= 1);
        CHECK(history.size() <= 3);
        const auto last = std::max_element(history.begin(), history.end(), [](const json& a, const json& b) {
            return a["changed_at"] < b["changed_at"];
        });
        if (last != history.end()) CHECK((*last)["to_stage"] == o["stage"]);
    }
    CHECK(stages.size() >= 3);

    // Leads, one with the phone of a customer (the duplicate warning).
    REQUIRE(rep1["lead"].size() == 3);
    for (const auto& l : rep1["lead"]) CHECK((l["status"] == "new" || l["status"] == "contacted"));
    CHECK(count_if(rep1["lead"], [&](const json& l) {
              return count_if(rep1["customer"], [&](const json& c) { return c["phone"] == l["phone"]; }) > 0;
          }) == 1);

    // Two leaders' comments per rep, one read; rep2 (South Team) has hq's.
    REQUIRE(rep1["comment"].size() == 2);
    CHECK(count_if(rep1["comment"], [](const json& c) { return c.contains("read_at"); }) == 1);
    const json rep2 = json::parse(admin(db, {"dump", "--as", "rep2"}).out);
    REQUIRE(rep2["comment"].size() == 2);
    CHECK(rep2["comment"][0]["author_id"] != rep1["comment"][0]["author_id"]);
    CHECK(hq["comment"].size() == 4);
}

TEST_CASE("crm-admin user deactivate hands the book over and revokes tokens", "[server][admin]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const std::string customer = test::uuid();
    auto r = rep1.push({rep1.create("customer", test::customer_fields("Hand-over Ltd."), customer),
                        rep1.create("contact", {{"customer_id", customer}, {"name", "王伟"}})});
    REQUIRE(r["verdicts"][1]["status"] == "applied");

    auto out = test::run_admin({"--db", company.db.conninfo(), "user", "deactivate", "rep1", "--reassign-to", "rep3"});
    INFO(out.err);
    REQUIRE(out.exit_code == 0);
    CHECK(out.out.find("1 tokens revoked") != std::string::npos);

    const json rep3 = company.dump_as("rep3");
    REQUIRE(rep3["customer"].size() == 1);
    CHECK(rep3["customer"][0]["owner_id"] == company.user_id("rep3"));
    CHECK(rep3["contact"].size() == 1);
    CHECK(company.dump_as("rep1")["customer"].empty());

    auto pull = test::api_request(company.server->port(), "GET", "/v1/sync/pull", "", rep1.token());
    CHECK(pull.status == 401);
    CHECK_THROWS(test::Device(company, "rep1"));
    // rep3's device receives the handed-over records on its next pull
    test::Device rep3_device(company, "rep3");
    CHECK(rep3_device.pull_all().size() == 2);
}
