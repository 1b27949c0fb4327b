// The audit log (crm-admin audit, GET /v1/audit) and the directory (GET /v1/directory).
#include "scenario.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace crm;
using nlohmann::json;

namespace {

test::ProcessResult admin(const test::TestDatabase& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.conninfo()});
    return test::run_admin(args, "");
}

std::set<std::string> logins(const json& directory) {
    std::set<std::string> out;
    for (const auto& u : directory["users"]) out.insert(u["login"].get<std::string>());
    return out;
}

std::set<std::string> unit_names(const json& directory) {
    std::set<std::string> out;
    for (const auto& u : directory["units"]) out.insert(u["name"].get<std::string>());
    return out;
}

}  // namespace

TEST_CASE("org changes land in the audit log, listed by crm-admin audit and GET /v1/audit for hq only",
          "[server][audit]") {
    test::Company company;
    REQUIRE(admin(company.db, {"user", "move", "rep3", "--unit", "South Team"}).exit_code == 0);
    REQUIRE(admin(company.db, {"user", "deactivate", "rep2", "--reassign-to", "rep3"}).exit_code == 0);

    auto listed = admin(company.db, {"audit"});
    INFO(listed.err);
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find("user.move") != std::string::npos);
    CHECK(listed.out.find("user.hand_over") != std::string::npos);
    CHECK(listed.out.find("crm-admin") != std::string::npos);

    auto as_json = admin(company.db, {"audit", "--action", "user.hand_over", "--json"});
    REQUIRE(as_json.exit_code == 0);
    const auto entries = json::parse(as_json.out)["entries"];
    REQUIRE(entries.size() == 1);
    CHECK(entries[0]["record_id"] == company.user_id("rep2"));
    CHECK(entries[0]["details"]["reassign_to"] == "rep3");
    CHECK(entries[0]["actor_id"].is_null());

    auto prefix = admin(company.db, {"audit", "--action", "user.", "--json", "--limit", "1"});
    REQUIRE(prefix.exit_code == 0);
    CHECK(json::parse(prefix.out)["entries"].size() == 1);
    auto bad_date = admin(company.db, {"audit", "--since", "yesterday"});
    CHECK(bad_date.exit_code != 0);
    CHECK(bad_date.err.find("'yesterday' is not a date") != std::string::npos);

    test::Device hq(company, "hq");
    test::Device manager(company, "manager");
    const auto port = company.server->port();
    auto ok = test::api_request(port, "GET", "/v1/audit?action=user.&limit=5", "", hq.token());
    REQUIRE(ok.status == 200);
    CHECK(json::parse(ok.body)["entries"].size() == 2);
    auto since_tomorrow = test::api_request(port, "GET", "/v1/audit?since=2999-01-01", "", hq.token());
    REQUIRE(since_tomorrow.status == 200);
    CHECK(json::parse(since_tomorrow.body)["entries"].empty());
    CHECK(test::api_request(port, "GET", "/v1/audit", "", manager.token()).status == 403);
    CHECK(test::api_request(port, "GET", "/v1/audit", "").status == 401);
    for (const std::string bad : {"/v1/audit?limit=0", "/v1/audit?limit=abc", "/v1/audit?since=soon",
                                  "/v1/audit?colour=red", "/v1/audit?actor=%zz"}) {
        INFO(bad);
        auto r = test::api_request(port, "GET", bad, "", hq.token());
        CHECK(r.status == 400);
        CHECK(r.body.find("bad_request") != std::string::npos);
    }
}

TEST_CASE("GET /v1/directory lists the units and users each role may know of", "[server][audit]") {
    test::Company company;
    REQUIRE(admin(company.db, {"unit", "add", "North Sub", "--parent", "North Team"}).exit_code == 0);
    const auto port = company.server->port();
    auto directory_of = [&](const std::string& login) {
        test::Device device(company, login);
        auto r = test::api_request(port, "GET", "/v1/directory", "", device.token());
        REQUIRE(r.status == 200);
        return json::parse(r.body);
    };
    const auto hq = directory_of("hq");
    CHECK(logins(hq) == std::set<std::string>{"hq", "manager", "rep1", "rep2", "rep3"});
    CHECK(unit_names(hq) == std::set<std::string>{"Headquarters", "North Team", "North Sub", "South Team"});

    const auto manager = directory_of("manager");
    CHECK(logins(manager) == std::set<std::string>{"manager", "rep1", "rep3"});
    CHECK(unit_names(manager) == std::set<std::string>{"North Team", "North Sub"});

    const auto rep = directory_of("rep2");
    CHECK(logins(rep) == std::set<std::string>{"rep2"});
    CHECK(unit_names(rep) == std::set<std::string>{"South Team"});
    for (const auto& u : hq["users"]) {
        CHECK(u.contains("role"));
        CHECK(u.contains("unit_id"));
        CHECK(u["active"].is_boolean());
        CHECK_FALSE(u.contains("password_hash"));
    }
    test::Device hq_device(company, "hq");
    CHECK(test::api_request(port, "GET", "/v1/directory?x=1", "", hq_device.token()).status == 400);
}

TEST_CASE("a deactivation counts only the tokens it stops, not those revoked before", "[server][audit]") {
    test::Company company;
    test::Device phone(company, "rep2");
    test::Device tablet(company, "rep2");
    REQUIRE(admin(company.db, {"device", "revoke", phone.device_id()}).exit_code == 0);
    auto deactivated = admin(company.db, {"user", "deactivate", "rep2"});
    INFO(deactivated.err);
    REQUIRE(deactivated.exit_code == 0);
    auto audit = json::parse(admin(company.db, {"audit", "--action", "user.deactivate", "--json"}).out)["entries"];
    REQUIRE(audit.size() == 1);
    CHECK(audit[0]["details"]["tokens_revoked"] == 1);
    CHECK(deactivated.out.find("1 token") != std::string::npos);
}
