// Hand-over end to end with three devices (departed rep, new owner, manager): headquarters
// deactivates rep1 through POST /v1/users/deactivate and hands the book to rep3.
#include "auth_helpers.h"
#include "crm/server/db/ids.h"
#include "scenario.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

using namespace crm;
using nlohmann::json;

namespace {

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }

std::set<std::string> ids_of(const json& dump, const std::string& entity) {
    std::set<std::string> ids;
    for (const auto& r : dump[entity]) ids.insert(r["id"].get<std::string>());
    return ids;
}

}  // namespace

TEST_CASE("hand-over: the departed rep's device wipes, its late edits are logged, the heir gets the whole book",
          "[server][handover]") {
    test::Company company;
    test::Device departed(company, "rep1"), heir(company, "rep3"), manager(company, "manager"), hq(company, "hq");
    const std::string customer = test::uuid(), contact = test::uuid(), visit = test::uuid(), deal = test::uuid(),
                      lead = test::uuid(), heirs_own = test::uuid();
    auto created = departed.push(
        {departed.create("customer", test::customer_fields("Departed Co."), customer),
         departed.create("contact", {{"customer_id", customer}, {"name", "Zhang"}}, contact),
         departed.create("visit", {{"customer_id", customer}, {"notes", "first call"}}, visit),
         departed.create("opportunity",
                         {{"customer_id", customer}, {"title", "Pumps"}, {"stage", "proposal"}, {"status", "following"}},
                         deal),
         departed.create("lead", {{"person_name", "Wang"}, {"company_name", "Lead Ltd."}, {"status", "new"}}, lead)});
    for (std::size_t i = 0; i < 5; ++i) REQUIRE(verdict(created, i) == "applied");
    REQUIRE(verdict(heir.push({heir.create("customer", test::customer_fields("Heir's Own"), heirs_own)}), 0) == "applied");

    test::Replica departed_replica(departed), heir_replica(heir), manager_replica(manager);
    departed_replica.sync();
    heir_replica.sync();
    manager_replica.sync();
    const auto book = company.dump_as("rep1");
    REQUIRE(book["customer"].size() == 1);
    REQUIRE(ids_of(heir_replica.dump(), "customer") == std::set<std::string>{heirs_own});

    // Offline on the departed rep's device, before the hand-over: a visit, a customer update, a new customer.
    const std::string late_visit = test::uuid(), late_customer = test::uuid();
    const std::int64_t phone_version =
        std::stoll(company.query("SELECT seq FROM customer WHERE id = '" + customer + "'"));
    const std::vector<json> offline = {
        departed.create("visit", {{"customer_id", customer}, {"notes", "signed, written offline"}}, late_visit),
        departed.update("customer", customer, {{"phone", "+86 10 1234 5678"}}, {{"phone", phone_version}},
                        crm::server::now_ms()),
        departed.create("customer", test::customer_fields("Found Offline Ltd."), late_customer)};

    // Headquarters hands the book over from the app's endpoint.
    const auto port = company.server->port();
    auto refused = test::api_request(port, "POST", "/v1/users/deactivate",
                                     json{{"login", "rep1"}, {"reassign_to", "rep3"}}.dump(), manager.token());
    CHECK(refused.status == 403);
    auto handed = test::api_request(port, "POST", "/v1/users/deactivate",
                                    json{{"login", "rep1"}, {"reassign_to", "rep3"}}.dump(), hq.token());
    INFO(handed.body);
    REQUIRE(handed.status == 200);
    const auto report = json::parse(handed.body);
    CHECK(report["records_reassigned"].get<long>() >= 5);
    CHECK(report["tokens_revoked"].get<long>() >= 1);
    CHECK(company.query("SELECT count(*) FROM audit_log WHERE action = 'user.hand_over' AND actor_login = 'hq' "
                        "AND details->>'reassign_to' = 'rep3'") == "1");

    // The departed device comes back online: its push and its pull get 401 account_deactivated
    // (the sync client wipes its replica on that code).
    json push_body = {{"device_id", departed.device_id()}, {"mutations", offline}};
    for (std::size_t i = 0; i < offline.size(); ++i) push_body["mutations"][i]["seq"] = 100 + i;
    auto late = departed.push_raw(push_body);
    CHECK(late.status == 401);
    CHECK(late.body.find("account_deactivated") != std::string::npos);
    CHECK(departed.pull_raw(0).status == 401);
    CHECK(departed.pull_raw(0).body.find("account_deactivated") != std::string::npos);

    // Nothing silently lost: the late edits are not applied (the account is gone) but each is in
    // the rejection log with what was entered, once, even when the device retries.
    CHECK(departed.push_raw(push_body).status == 401);
    CHECK(company.query("SELECT count(*) FROM sync_rejection WHERE code = 'account_deactivated' AND user_id = '" +
                        company.user_id("rep1") + "'") == "3");
    CHECK(company.query("SELECT body->'fields'->>'notes' FROM sync_rejection WHERE record_id = '" + late_visit + "'") ==
          "signed, written offline");
    CHECK(company.query("SELECT count(*) FROM visit WHERE id = '" + late_visit + "'") == "0");
    CHECK(company.query("SELECT count(*) FROM customer WHERE id = '" + late_customer + "'") == "0");

    // The new owner's device receives the whole book, and keeps its own.
    heir_replica.sync();
    const auto heir_dump = heir_replica.dump();
    CHECK(heir_dump == company.dump_as("rep3"));
    CHECK(ids_of(heir_dump, "customer") == std::set<std::string>{customer, heirs_own});
    CHECK(ids_of(heir_dump, "contact") == std::set<std::string>{contact});
    CHECK(ids_of(heir_dump, "visit") == std::set<std::string>{visit});
    CHECK(ids_of(heir_dump, "opportunity") == std::set<std::string>{deal});
    CHECK(ids_of(heir_dump, "lead") == std::set<std::string>{lead});
    for (const auto& c : heir_dump["customer"]) CHECK(c["owner_id"] == company.user_id("rep3"));
    CHECK(company.dump_as("rep1")["customer"].empty());

    // The manager's device converges (it saw both books before and after).
    manager_replica.sync();
    CHECK(manager_replica.dump() == company.dump_as("manager"));
    CHECK(ids_of(manager_replica.dump(), "customer") == std::set<std::string>{customer, heirs_own});

    // Bad input changes nothing.
    const auto before = company.fingerprint();
    for (const std::string bad : {R"({"login": "rep2", "reassign_to": "rep1"})", R"({"login": "nobody"})",
                                  R"({"login": "rep1"})", R"({"login": "hq"})", R"({"login": 5})",
                                  R"({"reassign_to": "rep3"})", R"({"login": "rep2", "extra": 1})", "[]"}) {
        INFO(bad);
        auto r = test::api_request(port, "POST", "/v1/users/deactivate", bad, hq.token());
        CHECK(r.status >= 400);
        CHECK(r.status < 500);
    }
    CHECK(company.fingerprint() == before);
    CHECK(company.query("SELECT active::text FROM app_user WHERE login = 'rep2'") == "true");
}

TEST_CASE("hand-over: the departed rep's crm-sync pushes its offline edits once, is refused and wipes",
          "[server][handover]") {
    test::Company company;
    test::Device hq(company, "hq");
    const std::string replica = "/tmp/handover-" + test::uuid() + ".db";
    auto sync = [&](std::vector<std::string> args, const std::string& input = "") {
        args.insert(args.begin(), {"--replica", replica});
        return test::run_sync(args, input);
    };
    REQUIRE(sync({"login", "--server", company.server->url(), "--user", "rep1", "--password-stdin"}, "pw\n").exit_code == 0);
    auto created = sync({"create", "customer", "--set", "name=Client Co.", "--set", "kind=company", "--set", "lifecycle=active"});
    REQUIRE(created.exit_code == 0);
    const std::string customer = created.out.substr(0, created.out.find_first_of("\r\n"));
    REQUIRE(sync({"sync"}).exit_code == 0);

    // Offline, then the hand-over happens on the server.
    REQUIRE(sync({"create", "visit", "--set", "customer_id=" + customer, "--set", "notes=late visit"}).exit_code == 0);
    REQUIRE(sync({"update", "customer", customer, "--set", "phone=+86 10 5555"}).exit_code == 0);
    auto handed = test::api_request(company.server->port(), "POST", "/v1/users/deactivate",
                                    json{{"login", "rep1"}, {"reassign_to", "rep3"}}.dump(), hq.token());
    REQUIRE(handed.status == 200);

    auto refused = sync({"sync"});
    INFO(refused.out << refused.err);
    CHECK(refused.exit_code != 0);
    CHECK((refused.out + refused.err).find("deactivated") != std::string::npos);
    const auto wiped = json::parse(sync({"dump"}).out);
    for (const auto& [entity, records] : wiped.items()) CHECK(records.empty());
    CHECK(company.query("SELECT count(*) FROM sync_rejection WHERE code = 'account_deactivated'") == "2");
    CHECK(company.query("SELECT count(*) FROM sync_rejection WHERE code = 'account_deactivated' AND entity = 'visit' "
                        "AND body->'fields'->>'notes' = 'late visit'") == "1");
    CHECK(company.dump_as("rep3")["customer"].size() == 1);
    std::remove(replica.c_str());
}
