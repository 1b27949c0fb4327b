// Push and pull over real HTTP: scoping, forged ids, permissions, replays, field merges.
#include "scenario.h"

#include "crm/server/db/ids.h"
#include "crm/shared/entity_schema.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace crm;
using nlohmann::json;

namespace {

std::set<std::string> ids_of(const std::vector<json>& changes) {
    std::set<std::string> ids;
    for (const auto& c : changes)
        if (!c["deleted"].get<bool>()) ids.insert(c["id"].get<std::string>());
    return ids;
}

/// The dump a replica would hold after applying these changes in order.
json replica_dump(const std::vector<json>& changes) {
    std::map<std::string, std::map<std::string, json>> live;
    for (const auto& c : changes) {
        auto& table = live[c["entity"].get<std::string>()];
        if (c["deleted"].get<bool>()) table.erase(c["id"].get<std::string>());
        else table[c["id"].get<std::string>()] = c["record"];
    }
    json out = json::object();
    for (const auto& entity : all_entities()) {
        json records = json::array();
        for (const auto& [id, record] : live[entity.name]) records.push_back(record);
        out[entity.name] = records;
    }
    return out;
}

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }
std::string code(const json& response, std::size_t i) { return response["verdicts"][i].value("code", ""); }

}  // namespace

TEST_CASE("pull is scoped: own book, manager's subtree, hq everything", "[server][sync]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2"), rep3(company, "rep3"), manager(company, "manager"),
        hq(company, "hq");
    const std::string a = test::uuid(), contact = test::uuid(), visit = test::uuid(), b = test::uuid(), c = test::uuid();
    auto r1 = rep1.push({rep1.create("customer", test::customer_fields("上海东方精密机械有限公司"), a),
                         rep1.create("contact", {{"customer_id", a}, {"name", "Emily Chen"}}, contact),
                         rep1.create("visit", {{"customer_id", a}, {"check_in_at", "2026-11-20T09:30:00+08:00"},
                                               {"check_in_latitude", 31.2304}, {"check_in_longitude", 121.4737}},
                                     visit)});
    for (int i = 0; i < 3; ++i) CHECK(verdict(r1, i) == "applied");
    CHECK(verdict(rep2.push({rep2.create("customer", test::customer_fields("South Co."), b)}), 0) == "applied");
    CHECK(verdict(rep3.push({rep3.create("customer", test::customer_fields("North Co."), c)}), 0) == "applied");
    const std::string comment_id = test::uuid();
    auto comment = manager.push({manager.create("comment", {{"visit_id", visit}, {"body", "好的，继续跟进"}}, comment_id)});
    REQUIRE(verdict(comment, 0) == "applied");

    const auto rep1_changes = rep1.pull_all();
    CHECK(ids_of(rep1_changes) == std::set<std::string>{a, contact, visit, comment_id});
    CHECK(ids_of(rep2.pull_all()) == std::set<std::string>{b});
    CHECK(ids_of(rep3.pull_all()) == std::set<std::string>{c});
    CHECK(ids_of(manager.pull_all()) == std::set<std::string>{a, contact, visit, comment_id, c});
    CHECK(ids_of(hq.pull_all()).size() == 6);

    SECTION("pages in seq order with a resumable cursor give the same result") {
        const auto paged = rep1.pull_all(0, 1);
        REQUIRE(paged.size() == rep1_changes.size());
        for (std::size_t i = 1; i < paged.size(); ++i) CHECK(paged[i - 1]["version"] < paged[i]["version"]);
        CHECK(rep1.last_cursor == std::stoll(company.query("SELECT last_value FROM change_seq")));
        CHECK(rep1.pull_all(rep1.last_cursor).empty());
    }
    SECTION("the pulled records are exactly what crm-admin dump prints") {
        CHECK(replica_dump(rep1_changes) == company.dump_as("rep1"));
        CHECK(replica_dump(manager.pull_all()) == company.dump_as("manager"));
        auto admin = test::run_admin({"--db", company.db.conninfo(), "dump", "--as", "hq"});
        CHECK(admin.out == replica_dump(hq.pull_all()).dump() + "\n");
        const json customer = company.dump_as("rep1")["customer"][0];
        CHECK(customer["created_at"].get<std::string>().back() == 'Z');
        CHECK(company.dump_as("rep1")["visit"][0]["check_in_at"] == "2026-11-20T01:30:00.000Z");
        CHECK(!customer.contains("deleted"));
        CHECK(!customer.contains("industry"));  // NULL fields are left out
    }
}

TEST_CASE("forged and foreign ids are not found and change nothing", "[server][sync]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2");
    const std::string a = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("Mine Ltd."), a)}), 0) == "applied");
    const json before = company.dump_as("hq");
    const auto rejections = company.count("sync_rejection");

    auto r = rep2.push({rep2.update("customer", a, {{"phone", "110"}}, {{"phone", 1000}}, server::now_ms()),
                        {{"entity", "customer"}, {"id", a}, {"op", "delete"}},
                        rep2.create("contact", {{"customer_id", a}, {"name", "Spy"}}),
                        rep2.update("customer", test::uuid(), {{"phone", "110"}}, json::object(), server::now_ms()),
                        rep2.create("customer", test::customer_fields("Same id"), a)});
    for (int i = 0; i < 4; ++i) {
        CHECK(verdict(r, i) == "rejected");
        CHECK(code(r, i) == "not_found");
    }
    CHECK(code(r, 4) == "conflict");
    CHECK(company.dump_as("hq") == before);
    CHECK(company.count("sync_rejection") == rejections + 5);
    CHECK(company.count("sync_rejection WHERE code = 'not_found' AND body->>'op' = 'update'") == 2);
}

TEST_CASE("permission rules of shared/ are enforced on push", "[server][sync]") {
    test::Company company;
    test::Device rep1(company, "rep1"), manager(company, "manager"), rep3(company, "rep3");
    const std::string a = test::uuid(), contact = test::uuid(), visit = test::uuid();
    rep1.push({rep1.create("customer", test::customer_fields("Key Fields Ltd."), a),
               rep1.create("contact", {{"customer_id", a}, {"name", "李娜"}}, contact),
               rep1.create("visit", {{"customer_id", a}}, visit)});
    const auto now = server::now_ms() + 1000;  // after the creates' server-side HLC
    json for_rep3 = test::customer_fields("For rep3");
    for_rep3["owner_id"] = company.user_id("rep3");
    auto r = rep1.push({rep1.update("customer", a, {{"name", "Renamed"}}, {{"name", 1}}, now),
                        rep1.update("customer", a, {{"owner_id", company.user_id("rep3")}}, json::object(), now),
                        rep1.update("customer", a, {{"phone", "+86 21 1234 5678"}}, json::object(), now),
                        rep1.create("comment", {{"visit_id", visit}, {"body", "self praise"}}),
                        rep1.create("customer", for_rep3)});
    CHECK(verdict(r, 0) == "applied");  // the rename waits as a pending revision (revision_test.cpp)
    CHECK(code(r, 0) == "revision_pending");
    CHECK(r["verdicts"][0]["message"].get<std::string>().find("manager") != std::string::npos);
    CHECK(code(r, 1) == "forbidden");
    CHECK(verdict(r, 2) == "applied");
    CHECK(code(r, 3) == "forbidden");
    CHECK(code(r, 4) == "forbidden");

    SECTION("a manager reassigns inside the subtree and the customer's children follow") {
        auto m = manager.push({manager.update("customer", a, {{"owner_id", company.user_id("rep3")}}, json::object(), now),
                               manager.update("customer", a, {{"owner_id", company.user_id("rep2")}}, json::object(), now)});
        CHECK(verdict(m, 0) == "applied");
        CHECK(code(m, 1) == "forbidden");  // rep2 is in South Team
        // rep1's pending rename (a revision of the customer) moves along too.
        const std::string revision = company.query("SELECT id FROM revision WHERE customer_id = '" + a + "'");
        CHECK(ids_of(rep3.pull_all()) == std::set<std::string>{a, contact, visit, revision});
        const json rep1_view = company.dump_as("rep1");
        CHECK(rep1_view["customer"].empty());
        CHECK(rep1_view["contact"].empty());
        CHECK(rep1_view["visit"].empty());
    }
}

TEST_CASE("replaying a batch changes nothing and returns the first verdicts", "[server][sync]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const std::string a = test::uuid();
    const json batch = {{"device_id", rep1.device_id()},
                        {"mutations",
                         {rep1.create("customer", test::customer_fields("Once Ltd."), a),
                          rep1.update("customer", a, {{"phone", "1"}}, json::object(), server::now_ms()),
                          rep1.create("comment", {{"visit_id", test::uuid()}, {"body", "x"}})}}};
    json numbered = batch;
    for (std::size_t i = 0; i < 3; ++i) numbered["mutations"][i]["seq"] = i + 1;
    auto first = rep1.push_raw(numbered);
    REQUIRE(first.status == 200);
    const json one = json::parse(first.body);
    const json before = company.fingerprint();
    auto second = rep1.push_raw(numbered);
    REQUIRE(second.status == 200);
    const json two = json::parse(second.body);
    for (std::size_t i = 0; i < 3; ++i) {
        CHECK(two["verdicts"][i]["status"] == "duplicate");
        CHECK(two["verdicts"][i]["seq"] == one["verdicts"][i]["seq"]);
        CHECK(two["verdicts"][i].value("code", "") == one["verdicts"][i].value("code", ""));
        CHECK(two["verdicts"][i]["message"].get<std::string>().find("already received at") != std::string::npos);
    }
    CHECK(company.fingerprint() == before);
}

TEST_CASE("field merge: different fields both survive, the same field goes to the later HLC", "[server][sync]") {
    test::Company company;
    test::Device phone(company, "rep1"), tablet(company, "rep1");
    const std::string a = test::uuid();
    phone.push({phone.create("customer", test::customer_fields("Merge Co."), a)});
    const auto changes = tablet.pull_all();
    // Fields whose version equals the record's are left out of field_versions.
    const json versions = changes.at(0)["field_versions"];
    CHECK_FALSE(versions.contains("name"));
    const std::int64_t v = versions.value("name", changes.at(0)["version"].get<std::int64_t>());
    const auto now = server::now_ms();

    auto p = phone.push({phone.update("customer", a, {{"phone", "+86 111"}}, {{"phone", v}}, now)});
    auto t = tablet.push({tablet.update("customer", a, {{"industry", "logistics"}}, {{"industry", 0}}, now + 1)});
    CHECK(verdict(p, 0) == "applied");
    CHECK(verdict(t, 0) == "applied");
    json record = company.dump_as("rep1")["customer"][0];
    CHECK(record["phone"] == "+86 111");
    CHECK(record["industry"] == "logistics");
    CHECK(company.count("sync_conflict") == 0);

    // Both edit address from the same base: the tablet's edit is later and wins, whichever arrives first.
    auto later = tablet.push({tablet.update("customer", a, {{"address", "Tablet Road 2"}}, {{"address", 0}}, now + 2000)});
    auto earlier = phone.push({phone.update("customer", a, {{"address", "Phone Road 1"}}, {{"address", 0}}, now + 1000)});
    CHECK(verdict(later, 0) == "applied");
    CHECK(verdict(earlier, 0) == "merged");
    CHECK(earlier["verdicts"][0]["lost_fields"] == json::array({"address"}));
    CHECK(company.dump_as("rep1")["customer"][0]["address"] == "Tablet Road 2");
    REQUIRE(company.count("sync_conflict") == 1);
    CHECK(company.query("SELECT losing_value #>> '{}' FROM sync_conflict") == "Phone Road 1");
    CHECK(company.query("SELECT winning_value #>> '{}' FROM sync_conflict") == "Tablet Road 2");
    CHECK(company.query("SELECT device_id::text FROM sync_conflict") == phone.device_id());

    // A device clock far ahead is clamped to the server's: a concurrent edit a minute ahead beats it.
    phone.push({phone.update("customer", a, {{"region", "Far future"}}, {{"region", 0}}, now + 86400000)});
    auto win = tablet.push({tablet.update("customer", a, {{"region", "Minute ahead"}}, {{"region", 0}}, now + 60000)});
    CHECK(verdict(win, 0) == "applied");
    CHECK(company.dump_as("rep1")["customer"][0]["region"] == "Minute ahead");
    CHECK(company.count("sync_conflict") == 2);
}

TEST_CASE("deletes are tombstones pulled as deleted changes", "[server][sync]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const std::string a = test::uuid();
    rep1.push({rep1.create("customer", test::customer_fields("Short-lived"), a)});
    rep1.pull_all();
    auto r = rep1.push({{{"entity", "customer"}, {"id", a}, {"op", "delete"}}});
    CHECK(verdict(r, 0) == "applied");
    const auto changes = rep1.pull_all(rep1.last_cursor);
    REQUIRE(changes.size() == 1);
    CHECK(changes[0]["deleted"] == true);
    CHECK(changes[0]["record"].is_null());
    CHECK(company.dump_as("rep1")["customer"].empty());
    auto again = rep1.push({rep1.update("customer", a, {{"phone", "1"}}, json::object(), server::now_ms())});
    CHECK(code(again, 0) == "not_found");
}
