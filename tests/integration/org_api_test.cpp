// Org management from the app: POST /v1/units/add|move, /v1/users/add|move|reactivate and
// GET /v1/org/devices — hq only, validated, audited.
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

struct Org {
    test::Company& company;
    test::Device hq{company, "hq"};
    test::Device manager{company, "manager"};

    test::RawResponse post(const std::string& path, const json& body, const test::Device* as = nullptr) const {
        return test::api_request(company.server->port(), "POST", path, body.dump(), (as ? *as : hq).token());
    }
    std::string audit_count(const std::string& action) const {
        return company.query("SELECT count(*) FROM audit_log WHERE action = '" + action + "' AND actor_login = 'hq'");
    }
    json state() const {
        return {{"fingerprint", company.fingerprint()},
                {"audit", company.count("audit_log")},
                {"users", company.query("SELECT string_agg(login || unit_id::text || active::text || role, ',' ORDER BY "
                                        "login) FROM app_user")},
                {"units", company.query("SELECT string_agg(name || coalesce(parent_id::text, ''), ',' ORDER BY name) "
                                        "FROM org_unit")}};
    }
};

}  // namespace

TEST_CASE("org endpoints: hq adds and moves units and users, every action audited", "[server][org]") {
    test::Company company;
    Org org{company};
    auto added = org.post("/v1/units/add", {{"name", "East Team"}, {"parent", "Headquarters"}});
    INFO(added.body);
    REQUIRE(added.status == 200);
    CHECK(org.audit_count("unit.add") == "1");

    auto user = org.post("/v1/users/add", {{"login", "rep4"}, {"role", "rep"}, {"unit", "East Team"},
                                           {"display_name", "Rep Four"}, {"password", "long enough"}});
    INFO(user.body);
    REQUIRE(user.status == 200);
    CHECK(org.audit_count("user.add") == "1");
    auto sign_in = test::api_request(company.server->port(), "POST", "/v1/auth/login",
                                     json{{"login", "rep4"}, {"password", "long enough"}, {"device_id", test::uuid()}}.dump());
    CHECK(sign_in.status == 200);

    CHECK(org.post("/v1/users/move", {{"login", "rep4"}, {"unit", "North Team"}}).status == 200);
    CHECK(org.audit_count("user.move") == "1");
    CHECK(company.query("SELECT u.name FROM app_user a JOIN org_unit u ON u.id = a.unit_id WHERE a.login = 'rep4'") ==
          "North Team");
    CHECK(org.post("/v1/units/move", {{"unit", "East Team"}, {"parent", "South Team"}}).status == 200);
    CHECK(org.audit_count("unit.move") == "1");

    auto devices = test::api_request(company.server->port(), "GET", "/v1/org/devices", "", org.hq.token());
    REQUIRE(devices.status == 200);
    CHECK(json::parse(devices.body)["devices"]["hq"] == 1);
    CHECK(json::parse(devices.body)["devices"]["rep2"] == 0);
    CHECK(test::api_request(company.server->port(), "GET", "/v1/org/devices", "", org.manager.token()).status == 403);

    CHECK(org.post("/v1/users/deactivate", {{"login", "rep2"}}).status == 200);
    CHECK(org.audit_count("user.deactivate") == "1");
    CHECK(org.post("/v1/users/reactivate", {{"login", "rep2"}}).status == 200);
    CHECK(org.audit_count("user.reactivate") == "1");
}

TEST_CASE("org endpoints refuse non-hq callers and bad input, changing nothing", "[server][org]") {
    test::Company company;
    Org org{company};
    const auto before = org.state();
    const std::vector<std::pair<std::string, json>> valid = {
        {"/v1/units/add", {{"name", "X"}, {"parent", "Headquarters"}}},
        {"/v1/units/move", {{"unit", "South Team"}, {"parent", "North Team"}}},
        {"/v1/users/add", {{"login", "x"}, {"role", "rep"}, {"unit", "North Team"}, {"password", "long enough"}}},
        {"/v1/users/move", {{"login", "rep1"}, {"unit", "South Team"}}},
        {"/v1/users/deactivate", {{"login", "rep1"}}},
        {"/v1/users/reactivate", {{"login", "rep1"}}}};
    for (const auto& [path, body] : valid) {
        INFO(path);
        CHECK(org.post(path, body, &org.manager).status == 403);
    }
    test::Device rep(company, "rep1");
    CHECK(org.post("/v1/units/add", valid[0].second, &rep).status == 403);

    const std::vector<std::tuple<std::string, json, int>> bad = {
        {"/v1/units/add", {{"name", ""}, {"parent", "Headquarters"}}, 400},
        {"/v1/units/add", {{"name", "North Team"}, {"parent", "Headquarters"}}, 409},
        {"/v1/units/add", {{"name", "Y"}, {"parent", "Nowhere"}}, 404},
        {"/v1/units/add", {{"name", std::string(300, 'a')}, {"parent", "Headquarters"}}, 400},
        {"/v1/units/add", {{"name", 5}, {"parent", "Headquarters"}}, 400},
        {"/v1/units/move", {{"unit", "Headquarters"}, {"parent", "North Team"}}, 400},
        {"/v1/units/move", {{"unit", "Nowhere"}, {"parent", "North Team"}}, 404},
        {"/v1/users/add", {{"login", "y"}, {"role", "boss"}, {"unit", "North Team"}, {"password", "long enough"}}, 400},
        {"/v1/users/add", {{"login", "y"}, {"role", "rep"}, {"unit", "North Team"}, {"password", "short"}}, 400},
        {"/v1/users/add", {{"login", "rep1"}, {"role", "rep"}, {"unit", "North Team"}, {"password", "long enough"}}, 409},
        {"/v1/users/add", {{"login", "y"}, {"role", "rep"}, {"unit", "Nowhere"}, {"password", "long enough"}}, 404},
        {"/v1/users/add", {{"login", "y"}, {"role", "rep"}, {"unit", "North Team"}}, 400},
        {"/v1/users/move", {{"login", "nobody"}, {"unit", "North Team"}}, 404},
        {"/v1/users/move", {{"login", "rep1"}, {"unit", "North Team"}, {"why", "x"}}, 400},
        {"/v1/users/reactivate", {{"login", "rep1"}}, 400},
        {"/v1/users/deactivate", {{"login", "hq"}}, 400},
    };
    for (const auto& [path, body, status] : bad) {
        INFO(path << " " << body.dump());
        auto r = org.post(path, body);
        CHECK(r.status == status);
        CHECK(r.body.find("\"message\"") != std::string::npos);
    }
    CHECK(org.state() == before);
}
