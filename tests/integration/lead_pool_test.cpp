// Lead pools at headquarters: GET /v1/leads/pools counts, POST /v1/leads/assign gives pool
// leads to a rep whose device then receives them.
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

json pool_lead(const std::string& pool, const std::string& priority, const std::string& region) {
    json f = {{"company_name", "Pool lead " + pool + priority + region}, {"status", "new"}, {"priority", priority},
              {"region", region}, {"owner_id", nullptr}};  // null owner: in the pool
    if (!pool.empty()) f["pool"] = pool;
    return f;
}

}  // namespace

TEST_CASE("lead pools count hq's unassigned leads and assignment hands them to a rep's device", "[server][lead_pool]") {
    test::Company company;
    test::Device hq(company, "hq"), rep1(company, "rep1"), rep2(company, "rep2");
    test::Replica r1(rep1), r2(rep2), rh(hq);
    const std::string a = test::uuid(), b = test::uuid(), c = test::uuid(), d = test::uuid(), owned = test::uuid();
    const std::string visit = test::uuid();
    auto pushed = hq.push({hq.create("lead", pool_lead("Expo", "high", "North"), a),
                           hq.create("lead", pool_lead("Expo", "high", "South"), b),
                           hq.create("lead", pool_lead("Expo", "low", "North"), c),
                           hq.create("lead", pool_lead("", "normal", "North"), d),
                           hq.create("visit", {{"lead_id", a}, {"purpose", "met at the expo"}}, visit)});
    for (const auto& v : pushed["verdicts"]) REQUIRE(v["status"] == "applied");
    json own = pool_lead("Expo", "high", "North");
    // Only hq may put a lead in a pool (owner null); a rep's lead is theirs.
    CHECK(rep1.push({rep1.create("lead", own)})["verdicts"][0]["status"] == "rejected");
    own.erase("owner_id");
    REQUIRE(rep1.push({rep1.create("lead", own, owned)})["verdicts"][0]["status"] == "applied");
    r1.sync();
    r2.sync();
    rh.sync();
    const auto port = company.server->port();

    auto pools = json::parse(test::api_request(port, "GET", "/v1/leads/pools", "", hq.token()).body)["pools"];
    REQUIRE(pools.size() == 2);
    CHECK(pools[0]["pool"] == "Expo");
    CHECK(pools[0]["total"] == 3);  // rep1's own lead is not in the pool
    CHECK(pools[0]["by_priority"] == json({{"high", 2}, {"low", 1}}));
    CHECK(pools[0]["by_region"] == json({{"North", 2}, {"South", 1}}));
    CHECK(pools[1]["pool"].is_null());
    CHECK(pools[1]["total"] == 1);

    CHECK(test::api_request(port, "GET", "/v1/leads/pools", "", rep1.token()).status == 403);
    const json body = {{"lead_ids", {a, b}}, {"owner", company.user_id("rep1")}};
    CHECK(test::api_request(port, "POST", "/v1/leads/assign", body.dump(), rep1.token()).status == 403);
    test::Device manager(company, "manager");
    CHECK(test::api_request(port, "POST", "/v1/leads/assign", body.dump(), manager.token()).status == 403);

    const auto fingerprint = company.fingerprint();
    const std::vector<std::pair<json, int>> bad = {
        {json::array(), 400},
        {{{"lead_ids", {a}}}, 400},
        {{{"lead_ids", a}, {"owner", company.user_id("rep1")}}, 400},
        {{{"lead_ids", {a, a}}, {"owner", company.user_id("rep1")}}, 400},
        {{{"lead_ids", {a}}, {"owner", company.user_id("hq")}}, 400},
        {{{"lead_ids", {a}}, {"owner", "rep1"}}, 400},
        {{{"lead_ids", {a}}, {"owner", company.user_id("rep1")}, {"note", "x"}}, 400},
        {{{"lead_ids", {a, test::uuid()}}, {"owner", company.user_id("rep1")}}, 404},
        {{{"lead_ids", {a, owned}}, {"owner", company.user_id("rep2")}}, 409},
    };
    for (const auto& [b2, status] : bad) {
        INFO(b2.dump());
        CHECK(test::api_request(port, "POST", "/v1/leads/assign", b2.dump(), hq.token()).status == status);
    }
    CHECK(company.fingerprint() == fingerprint);

    auto r = test::api_request(port, "POST", "/v1/leads/assign", body.dump(), hq.token());
    INFO(r.body);
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body)["assigned"] == 2);
    r1.sync();
    CHECK(r1.has("lead", a));
    CHECK(r1.has("lead", b));
    CHECK(r1.has("visit", visit));  // the lead's visit follows it
    CHECK(r1.dump() == company.dump_as("rep1"));
    r2.sync();
    CHECK(!r2.has("lead", a));
    rh.sync();
    CHECK(rh.dump() == company.dump_as("hq"));
    CHECK(company.query("SELECT count(*) FROM audit_log WHERE action = 'lead.assign' AND actor_login = 'hq'") == "2");
    pools = json::parse(test::api_request(port, "GET", "/v1/leads/pools", "", hq.token()).body)["pools"];
    CHECK(pools[0]["total"] == 1);
    // Already assigned: 409.
    CHECK(test::api_request(port, "POST", "/v1/leads/assign", body.dump(), hq.token()).status == 409);
}
