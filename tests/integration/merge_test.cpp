// Duplicates, merge and undo of leads and customers over real HTTP (GET /v1/duplicates,
// POST /v1/merge, POST /v1/merge/undo, GET /v1/merges), with devices converging on both.
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

void require_applied(const json& response) {
    INFO(response.dump());
    for (const auto& v : response["verdicts"]) REQUIRE(v["status"] == "applied");
}

json api(const test::Company& company, const std::string& method, const std::string& target, const json& body,
         const test::Device& as, int expected_status = 200) {
    auto r = test::api_request(company.server->port(), method, target, body.is_null() ? "" : body.dump(), as.token());
    INFO(method << " " << target << " " << body.dump() << " -> " << r.status << " " << r.body);
    REQUIRE(r.status == expected_status);
    return json::parse(r.body);
}

/// Each device's replica holds exactly what the server says its user sees.
void require_converged(const test::Company& company, std::vector<std::pair<std::string, test::Replica*>> replicas) {
    for (auto& [login, replica] : replicas) {
        replica->sync();
        INFO(login);
        CHECK(replica->dump() == company.dump_as(login));
    }
}

json strip_updated_at(json dump) {
    for (auto& [entity, records] : dump.items())
        for (auto& r : records) r.erase("updated_at");
    return dump;
}

}  // namespace

TEST_CASE("duplicate leads merge into the survivor with their visits, devices converge, undo restores them",
          "[server][merge]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep3(company, "rep3"), manager(company, "manager"), hq(company, "hq");
    test::Replica r1(rep1), r3(rep3), rm(manager), rh(hq);
    const std::string a = test::uuid(), b = test::uuid(), c = test::uuid(), other = test::uuid();
    const std::string va = test::uuid(), vb = test::uuid(), vc = test::uuid(), comment = test::uuid(), task = test::uuid();
    require_applied(rep1.push({rep1.create("lead", {{"company_name", "Acme Co., Ltd."}, {"person_name", "Wang Wei"},
                                                    {"phone", "+86 138-0013-8000"}, {"status", "new"}}, a),
                               rep1.create("lead", {{"company_name", "ACME"}, {"phone", "13800138000"},
                                                    {"region", "North"}, {"source", "fair"}, {"status", "contacted"}}, b),
                               rep1.create("lead", {{"company_name", "Other Trading"}, {"status", "new"}}, other),
                               rep1.create("visit", {{"lead_id", a}, {"purpose", "first"}}, va),
                               rep1.create("visit", {{"lead_id", b}, {"purpose", "second"}}, vb),
                               rep1.create("task", {{"title", "call Acme"}, {"related_entity", "lead"}, {"related_id", b}}, task)}));
    require_applied(rep3.push({rep3.create("lead", {{"person_name", "Li"}, {"phone", "0086 13800138000"}, {"status", "new"}}, c),
                               rep3.create("visit", {{"lead_id", c}, {"purpose", "rep3's visit"}}, vc)}));
    require_applied(manager.push({manager.create("comment", {{"visit_id", vc}, {"body", "good"}}, comment)}));
    require_converged(company, {{"rep1", &r1}, {"rep3", &r3}, {"manager", &rm}, {"hq", &rh}});
    REQUIRE(r3.has("visit", vc));
    const json before = company.dump_as("hq");

    // hq finds one group of three (phone and company), the unrelated lead stays out.
    const auto found = api(company, "GET", "/v1/duplicates?entity=lead", nullptr, hq);
    REQUIRE(found["groups"].size() == 1);
    const auto& group = found["groups"][0];
    REQUIRE(group["records"].size() == 3);
    std::set<std::string> ids;
    for (const auto& r : group["records"]) ids.insert(r["id"].get<std::string>());
    CHECK(ids == std::set<std::string>{a, b, c});
    CHECK(group["records"][0]["created_at"] <= group["records"][2]["created_at"]);  // oldest first
    CHECK(group["reasons"] == json({"company", "phone"}));
    CHECK(group["records"][2]["owner_login"] == "rep3");  // pushed last

    const auto merged = api(company, "POST", "/v1/merge", {{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {b, c}}}, hq);
    const auto merge_id = merged["merge_id"].get<std::int64_t>();
    CHECK(merged["filled_fields"] == json({"source", "region"}));
    CHECK(merged["moved"] == 3);  // vb, vc, the task
    CHECK(company.query("SELECT deleted::text || duplicate_of::text FROM lead WHERE id = '" + b + "'") == "true" + a);
    CHECK(company.query("SELECT count(*) FROM visit WHERE lead_id = '" + a + "'") == "3");
    CHECK(company.query("SELECT related_id::text FROM task WHERE id = '" + task + "'") == a);
    CHECK(company.query("SELECT region FROM lead WHERE id = '" + a + "'") == "North");
    CHECK(company.query("SELECT status FROM lead WHERE id = '" + a + "'") == "new");  // the survivor's own value stays
    CHECK(company.query("SELECT count(*) FROM audit_log WHERE action = 'lead.merge' AND record_id = '" + a + "'") == "1");

    // rep3's visit (and the manager's comment on it) moved into rep1's book with the survivor.
    require_converged(company, {{"rep1", &r1}, {"rep3", &r3}, {"manager", &rm}, {"hq", &rh}});
    CHECK(!r3.has("visit", vc));
    CHECK(!r3.has("comment", comment));
    CHECK(!r3.has("lead", c));
    CHECK(r1.has("visit", vc));
    CHECK(r1.has("comment", comment));
    CHECK(!r1.has("lead", b));
    CHECK(api(company, "GET", "/v1/duplicates?entity=lead", nullptr, hq)["groups"].empty());

    const auto merges = api(company, "GET", "/v1/merges", nullptr, hq)["merges"];
    REQUIRE(merges.size() == 1);
    CHECK(merges[0]["id"] == merge_id);
    CHECK(merges[0]["duplicate_ids"] == json({b, c}));
    CHECK(merges[0]["by"] == "hq");
    CHECK(merges[0]["undone"] == false);

    SECTION("undo restores exactly") {
        const auto undone = api(company, "POST", "/v1/merge/undo", {{"merge_id", merge_id}}, hq);
        CHECK(undone["duplicates_restored"] == 2);
        CHECK(undone["moved_back"] == 3);
        CHECK(undone["kept"].empty());
        CHECK(undone["fields_restored"] == json({"source", "region"}));
        CHECK(company.dump_as("hq") == before);
        require_converged(company, {{"rep1", &r1}, {"rep3", &r3}, {"manager", &rm}, {"hq", &rh}});
        CHECK(r3.has("visit", vc));
        CHECK(r3.has("comment", comment));
        CHECK(!r1.has("visit", vc));
        CHECK(api(company, "GET", "/v1/merges", nullptr, hq)["merges"][0]["undone"] == true);
        CHECK(company.query("SELECT count(*) FROM audit_log WHERE action = 'lead.unmerge'") == "1");
        // Twice: 409, nothing changes.
        const auto fingerprint = company.fingerprint();
        api(company, "POST", "/v1/merge/undo", {{"merge_id", merge_id}}, hq, 409);
        CHECK(company.fingerprint() == fingerprint);
    }
    SECTION("undo keeps what was changed since and says so") {
        require_applied(rep1.push({rep1.update("task", task, {{"related_id", other}}, json::object(), server::now_ms()),
                                   rep1.update("lead", a, {{"region", "East"}}, json::object(), server::now_ms())}));
        const auto undone = api(company, "POST", "/v1/merge/undo", {{"merge_id", merge_id}}, hq);
        CHECK(undone["moved_back"] == 2);
        CHECK(undone["kept"] == json::array({{{"table", "task"}, {"id", task}}}));
        CHECK(undone["fields_restored"] == json({"source"}));
        CHECK(undone["fields_kept"] == json({"region"}));
        CHECK(company.query("SELECT related_id::text FROM task WHERE id = '" + task + "'") == other);
        CHECK(company.query("SELECT region FROM lead WHERE id = '" + a + "'") == "East");
        CHECK(company.query("SELECT deleted::text FROM lead WHERE id = '" + b + "'") == "false");
        require_converged(company, {{"rep1", &r1}, {"rep3", &r3}, {"manager", &rm}, {"hq", &rh}});
    }
}

TEST_CASE("duplicate customers of two teams merge with contacts, visits and deals; undo gives them back",
          "[server][merge]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2"), manager(company, "manager"), hq(company, "hq");
    test::Replica r1(rep1), r2(rep2), rm(manager), rh(hq);
    const std::string x = test::uuid(), y = test::uuid(), cx = test::uuid(), cy = test::uuid(), vx = test::uuid(),
                      vy = test::uuid(), oy = test::uuid();
    json fx = test::customer_fields("浦江物流有限公司"), fy = test::customer_fields("浦江物流");
    fy["tax_id"] = "91310000MA1FL0001X";
    fy["industry"] = "logistics";
    fy["phone"] = "+86 21 5555 0001";
    require_applied(rep1.push({rep1.create("customer", fx, x), rep1.create("contact", {{"customer_id", x}, {"name", "张伟"}}, cx),
                               rep1.create("visit", {{"customer_id", x}, {"purpose", "x"}}, vx)}));
    require_applied(rep2.push({rep2.create("customer", fy, y), rep2.create("contact", {{"customer_id", y}, {"name", "李娜"}}, cy),
                               rep2.create("visit", {{"customer_id", y}, {"purpose", "y"}}, vy),
                               rep2.create("opportunity", {{"customer_id", y}, {"title", "fleet"}, {"stage", "proposal"},
                                                           {"status", "following"}, {"amount", 1000}}, oy)}));
    require_converged(company, {{"rep1", &r1}, {"rep2", &r2}, {"manager", &rm}, {"hq", &rh}});
    const json before_hq = company.dump_as("hq"), before_rep1 = company.dump_as("rep1"), before_rep2 = company.dump_as("rep2");

    // A manager sees only their subtree's customers: no group across teams.
    CHECK(api(company, "GET", "/v1/duplicates?entity=customer", nullptr, manager)["groups"].empty());
    const auto found = api(company, "GET", "/v1/duplicates?entity=customer", nullptr, hq);
    REQUIRE(found["groups"].size() == 1);
    CHECK(found["groups"][0]["reasons"] == json({"company"}));

    const auto merged = api(company, "POST", "/v1/merge", {{"entity", "customer"}, {"survivor_id", x}, {"duplicate_ids", {y}}}, hq);
    CHECK(merged["filled_fields"] == json({"industry", "tax_id"}));
    CHECK(merged["moved"] == 3);  // contact, visit, opportunity
    CHECK(company.query("SELECT customer_id::text FROM opportunity WHERE id = '" + oy + "'") == x);
    CHECK(company.query("SELECT owner_id::text FROM opportunity WHERE id = '" + oy + "'") == company.user_id("rep2"));
    CHECK(company.query("SELECT tax_id FROM customer WHERE id = '" + x + "'") == "91310000MA1FL0001X");
    CHECK(company.query("SELECT deleted::text FROM customer WHERE id = '" + y + "'") == "true");
    require_converged(company, {{"rep1", &r1}, {"rep2", &r2}, {"manager", &rm}, {"hq", &rh}});
    CHECK(r1.has("contact", cy));
    CHECK(r1.has("visit", vy));
    CHECK(rm.has("visit", vy));  // now in the North manager's subtree
    CHECK(!r2.has("customer", y));
    CHECK(!r2.has("contact", cy));
    CHECK(r2.has("opportunity", oy));  // still rep2's deal

    const auto undone = api(company, "POST", "/v1/merge/undo", {{"merge_id", merged["merge_id"]}}, hq);
    CHECK(undone["moved_back"] == 3);
    CHECK(company.dump_as("hq") == before_hq);
    CHECK(company.dump_as("rep1") == before_rep1);
    CHECK(company.dump_as("rep2") == before_rep2);
    require_converged(company, {{"rep1", &r1}, {"rep2", &r2}, {"manager", &rm}, {"hq", &rh}});
    CHECK(!r1.has("contact", cy));
    CHECK(r2.has("contact", cy));
    CHECK(strip_updated_at(r2.dump()) == strip_updated_at(before_rep2));
    CHECK(company.query("SELECT count(*) FROM audit_log WHERE action IN ('customer.merge', 'customer.unmerge')") == "2");
}

TEST_CASE("merge and undo refuse bad bodies, other roles and unknown records without changing anything",
          "[server][merge]") {
    test::Company company;
    test::Device rep1(company, "rep1"), manager(company, "manager"), hq(company, "hq");
    const std::string a = test::uuid(), b = test::uuid(), cust = test::uuid(), gone = test::uuid();
    require_applied(rep1.push({rep1.create("lead", {{"company_name", "Acme"}, {"status", "new"}}, a),
                               rep1.create("lead", {{"company_name", "ACME Ltd"}, {"status", "new"}}, b),
                               rep1.create("lead", {{"company_name", "Gone"}, {"status", "new"}}, gone),
                               rep1.create("customer", test::customer_fields("Acme"), cust)}));
    require_applied(rep1.push({{{"entity", "lead"}, {"id", gone}, {"op", "delete"}}}));
    const auto fingerprint = company.fingerprint();
    const auto port = company.server->port();

    CHECK(test::api_request(port, "POST", "/v1/merge", json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {b}}}.dump(),
                            manager.token()).status == 403);
    CHECK(test::api_request(port, "POST", "/v1/merge", json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {b}}}.dump(),
                            rep1.token()).status == 403);
    CHECK(test::api_request(port, "GET", "/v1/duplicates?entity=lead", "", rep1.token()).status == 403);
    CHECK(test::api_request(port, "POST", "/v1/merge/undo", R"({"merge_id": 1})", manager.token()).status == 403);
    CHECK(test::api_request(port, "GET", "/v1/merges", "", manager.token()).status == 403);
    CHECK(test::api_request(port, "GET", "/v1/merges", "").status == 401);

    const std::vector<std::pair<std::string, int>> bad = {
        {"not json", 400},
        {"[1]", 400},
        {json{{"survivor_id", a}, {"duplicate_ids", {b}}}.dump(), 400},
        {json{{"entity", "contact"}, {"survivor_id", a}, {"duplicate_ids", {b}}}.dump(), 400},
        {json{{"entity", "lead"}, {"survivor_id", "abc"}, {"duplicate_ids", {b}}}.dump(), 400},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", json::array()}}.dump(), 400},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {a}}}.dump(), 400},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {b, b}}}.dump(), 400},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {1}}}.dump(), 400},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {b}}, {"force", true}}.dump(), 400},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {test::uuid()}}}.dump(), 404},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {gone}}}.dump(), 404},
        {json{{"entity", "lead"}, {"survivor_id", a}, {"duplicate_ids", {cust}}}.dump(), 404},  // a customer, not a lead
        {json{{"entity", "customer"}, {"survivor_id", cust}, {"duplicate_ids", {a}}}.dump(), 404},
    };
    for (const auto& [body, status] : bad) {
        INFO(body);
        auto r = test::api_request(port, "POST", "/v1/merge", body, hq.token());
        CHECK(r.status == status);
    }
    for (const std::string body : {"{}", R"({"merge_id": "1"})", R"({"merge_id": 0})", R"({"merge_id": 1.5})"}) {
        INFO(body);
        CHECK(test::api_request(port, "POST", "/v1/merge/undo", body, hq.token()).status == 400);
    }
    CHECK(test::api_request(port, "POST", "/v1/merge/undo", R"({"merge_id": 99})", hq.token()).status == 404);
    for (const std::string target : {"/v1/duplicates", "/v1/duplicates?entity=visit", "/v1/duplicates?entity=lead&x=1"})
        CHECK(test::api_request(port, "GET", target, "", hq.token()).status == 400);
    CHECK(company.fingerprint() == fingerprint);
    CHECK(company.count("merge_log") == 0);
}

TEST_CASE("crm-admin duplicates, merge, merges and unmerge call the same merge as the API", "[server][merge]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const std::string a = test::uuid(), b = test::uuid();
    require_applied(rep1.push({rep1.create("lead", {{"person_name", "Wang"}, {"phone", "13800138000"}, {"status", "new"}}, a),
                               rep1.create("lead", {{"person_name", "Wang W."}, {"phone", "138 0013 8000"}, {"status", "new"}}, b)}));
    auto admin = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"--db", company.db.conninfo()});
        return test::run_admin(args, "");
    };
    auto listed = admin({"duplicates", "--entity", "lead"});
    INFO(listed.err);
    REQUIRE(listed.exit_code == 0);
    CHECK(listed.out.find("group 1 (phone)") != std::string::npos);
    CHECK(listed.out.find(b) != std::string::npos);
    auto merged = admin({"merge", "--entity", "lead", a, b});
    INFO(merged.err);
    REQUIRE(merged.exit_code == 0);
    CHECK(merged.out.rfind("merge 1: 1 merged into " + a, 0) == 0);
    CHECK(company.query("SELECT actor_login FROM audit_log WHERE action = 'lead.merge'") == "crm-admin");
    CHECK(admin({"merges"}).out.find(a) != std::string::npos);
    auto bad = admin({"merge", "--entity", "lead", a, a});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err.find("survivor cannot be one of its duplicates") != std::string::npos);
    auto undone = admin({"unmerge", "1"});
    REQUIRE(undone.exit_code == 0);
    CHECK(undone.out.find("merge 1 undone: 1 restored") != std::string::npos);
    auto again = admin({"unmerge", "1"});
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("already undone") != std::string::npos);
}
