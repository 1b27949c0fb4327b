// crm-admin verbs, their output and their error cases.
#include "scenario.h"

#include <catch2/catch.hpp>

#include <algorithm>

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
          R"({"comment":[],"contact":[],"customer":[],"lead":[],"opportunity":[],"opportunity_stage":[],"task":[],"visit":[]})"
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
    CHECK(rep1["visit"].size() == 10);
    CHECK(rep1["contact"].size() >= 5);
    CHECK(rep1["comment"].size() == 1);  // the manager commented on rep1's first visit
    CHECK(rep2["comment"].empty());      // South Team is not the manager's
    CHECK(manager["customer"].size() == 10);  // rep1 and rep3 are in North Team
    CHECK(hq["customer"].size() == 15);
    const std::string rep1_id = rep1["customer"][0]["owner_id"];
    CHECK(owned_by(rep1["customer"], rep1_id) == 5);
    CHECK(owned_by(rep2["customer"], rep1_id) == 0);
    const json& visit = rep1["visit"][0];
    CHECK(visit.contains("check_in_latitude"));
    CHECK(visit["check_in_at"].get<std::string>().size() == 24);  // 2026-11-23T14:15:17.123Z
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
