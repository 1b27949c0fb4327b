// The conflict log review: GET /v1/conflicts, POST /v1/conflicts/reapply and /dismiss.
#include "crm/server/auth/devices.h"
#include "crm/server/db/ids.h"
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

/// Two devices of `login` edit `field` of a new customer concurrently; the earlier edit (the
/// phone's, value `losing`) loses to the tablet's `winning`. Returns the customer id.
std::string make_conflict(test::Company& company, test::Device& phone, test::Device& tablet, const std::string& name,
                          const std::string& field, const std::string& losing, const std::string& winning) {
    const std::string id = test::uuid();
    phone.push({phone.create("customer", test::customer_fields(name), id)});
    const auto now = server::now_ms();
    tablet.push({tablet.update("customer", id, {{field, winning}}, {{field, 0}}, now + 2000)});
    auto lost = phone.push({phone.update("customer", id, {{field, losing}}, {{field, 0}}, now + 1000)});
    REQUIRE(lost["verdicts"][0]["status"] == "merged");
    (void)company;
    return id;
}

json get(const test::Company& company, const test::Device& as, const std::string& target, int expect = 200) {
    auto r = test::api_request(company.server->port(), "GET", target, "", as.token());
    INFO(target << " -> " << r.body);
    REQUIRE(r.status == expect);
    return json::parse(r.body);
}

test::RawResponse post(const test::Company& company, const test::Device& as, const std::string& path, const json& body) {
    return test::api_request(company.server->port(), "POST", path, body.dump(), as.token());
}

json conflict_on(const json& list, const std::string& record_id) {
    for (const auto& c : list["conflicts"])
        if (c["record_id"] == record_id) return c;
    FAIL("no conflict on " << record_id);
    return json();
}

std::int64_t conflict_of(const json& list, const std::string& record_id) {
    return conflict_on(list, record_id)["id"].get<std::int64_t>();
}

/// What a refused review action must leave as it was: the data, the logs, the audit, the resolutions.
json state(const test::Company& company) {
    return {{"fingerprint", company.fingerprint()},
            {"audit", company.count("audit_log")},
            {"resolved", company.query("SELECT count(*) FROM sync_conflict WHERE resolved_at IS NOT NULL")}};
}

json customer_in(const json& dump, const std::string& id) {
    for (const auto& c : dump["customer"])
        if (c["id"] == id) return c;
    return json();
}

}  // namespace

TEST_CASE("conflicts: listed by scope, re-applied as a change devices pull, dismissed, audited",
          "[server][conflicts]") {
    test::Company company;
    test::Device phone(company, "rep1"), tablet(company, "rep1");
    test::Device south_phone(company, "rep2"), south_tablet(company, "rep2");
    test::Device manager(company, "manager"), hq(company, "hq"), rep1(company, "rep1");
    const auto north = make_conflict(company, phone, tablet, "North Co.", "address", "Phone Road 1", "Tablet Road 2");
    const auto south = make_conflict(company, south_phone, south_tablet, "South Co.", "address", "Old Lane", "New Lane");

    SECTION("scope per role and the fields of a conflict") {
        CHECK(get(company, hq, "/v1/conflicts")["conflicts"].size() == 2);
        const auto mine = get(company, manager, "/v1/conflicts");
        REQUIRE(mine["conflicts"].size() == 1);
        const auto c = mine["conflicts"][0];
        CHECK(c["entity"] == "customer");
        CHECK(c["record_id"] == north);
        CHECK(c["title"] == "North Co.");
        CHECK(c["field"] == "address");
        CHECK(c["winning"]["value"] == "Tablet Road 2");
        CHECK(c["winning"]["author"] == "rep1");
        CHECK(c["losing"]["value"] == "Phone Road 1");
        CHECK(c["losing"]["author"] == "rep1");
        CHECK(c["losing"]["device"] == server::device_label(phone.device_id()));
        CHECK(c.dump().find(phone.device_id()) == std::string::npos);
        CHECK(c["losing"]["at"].get<std::string>() < c["winning"]["at"].get<std::string>());
        CHECK(c["resolved"] == false);
        CHECK(c["record_deleted"] == false);
        get(company, rep1, "/v1/conflicts", 403);
        CHECK(test::api_request(company.server->port(), "GET", "/v1/conflicts", "").status == 401);
        CHECK(get(company, hq, "/v1/conflicts?entity=lead")["conflicts"].empty());
        CHECK(get(company, hq, "/v1/conflicts?status=resolved")["conflicts"].empty());
        CHECK(get(company, hq, "/v1/conflicts?from=2999-01-01")["conflicts"].empty());
        CHECK(get(company, hq, "/v1/conflicts?status=all&limit=1")["conflicts"].size() == 1);
        for (const std::string bad : {"/v1/conflicts?status=closed", "/v1/conflicts?entity=spaceship",
                                      "/v1/conflicts?limit=0", "/v1/conflicts?limit=x", "/v1/conflicts?from=soon",
                                      "/v1/conflicts?colour=red"})
            CHECK(get(company, hq, bad, 400)["error"]["code"] == "bad_request");
    }

    SECTION("a conflict over a field without a stamp (empty HLC) is listed, its time unknown") {
        company.query("INSERT INTO sync_conflict (company_id, entity, record_id, field, losing_value, winning_value, "
                      "losing_hlc, winning_hlc, device_id, user_id) VALUES (1, 'customer', '" + north +
                      "', 'industry', '\"old\"', '\"new\"', '', '', '" + phone.device_id() + "', '" +
                      company.user_id("rep1") + "')");
        const auto listed = get(company, hq, "/v1/conflicts?entity=customer")["conflicts"];
        REQUIRE(listed.size() == 3);
        CHECK(listed[0]["field"] == "industry");
        CHECK(listed[0]["losing"]["at"] == "");
        CHECK(listed[0]["losing"]["author"].is_null());
    }

    SECTION("re-apply writes the losing value as the caller's change; every device pulls it") {
        test::Replica tablet_replica(tablet);
        tablet_replica.sync();
        REQUIRE(customer_in(tablet_replica.dump(), north)["address"] == "Tablet Road 2");
        const auto id = conflict_of(get(company, manager, "/v1/conflicts"), north);

        // Out of the manager's scope: 404, nothing changed.
        const auto south_id = conflict_of(get(company, hq, "/v1/conflicts"), south);
        const auto before = state(company);
        auto foreign = post(company, manager, "/v1/conflicts/reapply", {{"conflict_id", south_id}});
        CHECK(foreign.status == 404);
        CHECK(post(company, rep1, "/v1/conflicts/reapply", {{"conflict_id", id}}).status == 403);
        CHECK(state(company) == before);

        auto done = post(company, manager, "/v1/conflicts/reapply", {{"conflict_id", id}});
        INFO(done.body);
        REQUIRE(done.status == 200);
        CHECK(customer_in(company.dump_as("rep1"), north)["address"] == "Phone Road 1");
        tablet_replica.sync();
        CHECK(test::keys_of(tablet_replica.last_changes).count("customer/" + north) == 1);
        CHECK(customer_in(tablet_replica.dump(), north)["address"] == "Phone Road 1");

        CHECK(get(company, manager, "/v1/conflicts")["conflicts"].empty());
        const auto resolved = get(company, manager, "/v1/conflicts?status=resolved")["conflicts"];
        REQUIRE(resolved.size() == 1);
        CHECK(resolved[0]["resolution"] == "reapplied");
        CHECK(resolved[0]["resolved_by"] == "manager");
        CHECK(company.query("SELECT count(*) FROM audit_log WHERE action = 'conflict.reapply' AND actor_login = "
                            "'manager' AND record_id = '" + north + "'") == "1");
        auto again = post(company, manager, "/v1/conflicts/reapply", {{"conflict_id", id}});
        CHECK(again.status == 409);
        CHECK(again.body.find("already_resolved") != std::string::npos);
    }

    SECTION("dismiss resolves without a change") {
        const auto id = conflict_of(get(company, hq, "/v1/conflicts"), south);
        CHECK(post(company, manager, "/v1/conflicts/dismiss", {{"conflict_id", id}}).status == 404);
        auto done = post(company, hq, "/v1/conflicts/dismiss", {{"conflict_id", id}});
        REQUIRE(done.status == 200);
        CHECK(customer_in(company.dump_as("rep2"), south)["address"] == "New Lane");
        CHECK(get(company, hq, "/v1/conflicts")["conflicts"].size() == 1);
        CHECK(company.query("SELECT count(*) FROM audit_log WHERE action = 'conflict.dismiss' AND actor_login = 'hq'") ==
              "1");
        CHECK(post(company, hq, "/v1/conflicts/dismiss", {{"conflict_id", id}}).status == 409);
        CHECK(post(company, hq, "/v1/conflicts/reapply", {{"conflict_id", id}}).status == 409);
    }

    SECTION("bad ids and a deleted record change nothing") {
        const auto before = state(company);
        for (const json& bad : {json::object(), json{{"conflict_id", "1"}}, json{{"conflict_id", 0}},
                                json{{"conflict_id", 1.5}}, json{{"conflict_id", 1}, {"force", true}}}) {
            INFO(bad.dump());
            CHECK(post(company, hq, "/v1/conflicts/reapply", bad).status == 400);
            CHECK(post(company, hq, "/v1/conflicts/dismiss", bad).status == 400);
        }
        CHECK(test::api_request(company.server->port(), "POST", "/v1/conflicts/reapply", "[1]", hq.token()).status == 400);
        CHECK(post(company, hq, "/v1/conflicts/reapply", {{"conflict_id", 999999}}).status == 404);
        CHECK(state(company) == before);

        const auto id = conflict_of(get(company, hq, "/v1/conflicts"), north);
        phone.push({{{"entity", "customer"}, {"id", north}, {"op", "delete"}}});
        CHECK(conflict_on(get(company, hq, "/v1/conflicts?entity=customer"), north)["record_deleted"] == true);
        const auto deleted_before = state(company);
        auto gone = post(company, hq, "/v1/conflicts/reapply", {{"conflict_id", id}});
        CHECK(gone.status == 409);
        CHECK(gone.body.find("record_deleted") != std::string::npos);
        CHECK(state(company) == deleted_before);
    }
}
