// Edits of records that left the pusher's book: a visit on a reassigned customer is kept for the
// customer's new owner (applied, out_of_scope); everything else is not_found.
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }
std::string code(const json& response, std::size_t i) { return response["verdicts"][i].value("code", ""); }

}  // namespace

TEST_CASE("a visit recorded offline on a customer reassigned away is kept for the new owner", "[server][scope]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep3(company, "rep3"), manager(company, "manager"), rep2(company, "rep2");
    const std::string customer = test::uuid(), old_visit = test::uuid(), contact = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("外滩贸易公司"), customer),
                               rep1.create("visit", {{"customer_id", customer}}, old_visit),
                               rep1.create("contact", {{"customer_id", customer}, {"name", "Li"}}, contact)}),
                    2) == "applied");
    const std::int64_t base =
        std::stoll(company.query("SELECT field_stamps->'owner_id'->>'v' FROM customer WHERE id = '" + customer + "'"));
    auto moved = manager.push({manager.update("customer", customer, {{"owner_id", company.user_id("rep3")}},
                                              {{"owner_id", base}}, server::now_ms() + 1000)});
    REQUIRE(verdict(moved, 0) == "applied");
    // ...and renamed there: rep1 may not learn the new name from its verdict.
    const std::int64_t name_base =
        std::stoll(company.query("SELECT field_stamps->'name'->>'v' FROM customer WHERE id = '" + customer + "'"));
    REQUIRE(verdict(manager.push({manager.update("customer", customer, {{"name", "RENAMED-AFTER-HANDOVER"}},
                                                 {{"name", name_base}}, server::now_ms() + 1500)}),
                    0) == "applied");

    // rep1 was offline: it records a visit on the customer it still holds
    const std::string visit = test::uuid();
    const json create = rep1.create("visit", {{"customer_id", customer}, {"notes", "signed the order"}}, visit);
    auto r = rep1.push({create});
    CHECK(verdict(r, 0) == "applied");
    CHECK(code(r, 0) == "out_of_scope");
    const std::string message = r["verdicts"][0]["message"];
    CHECK(message.find("RENAMED") == std::string::npos);  // nothing of the customer's values
    CHECK(message.find("外滩贸易公司") == std::string::npos);
    CHECK(message.find("another rep's book") != std::string::npos);
    CHECK(company.query("SELECT scope_owner_id::text FROM visit WHERE id = '" + visit + "'") == company.user_id("rep3"));
    CHECK(company.query("SELECT rep_id::text FROM visit WHERE id = '" + visit + "'") == company.user_id("rep1"));

    test::Replica r3(rep3);
    r3.sync();
    CHECK(r3.has("visit", visit));
    CHECK(r3.dump() == company.dump_as("rep3"));
    CHECK(company.dump_as("rep1")["visit"].empty());
    CHECK(company.dump_as("manager")["visit"].size() == 2);

    // a replay gets the same verdict back, as a duplicate
    json replay = create;
    replay["seq"] = r["verdicts"][0]["seq"];
    auto again = rep1.push({replay});
    CHECK(verdict(again, 0) == "duplicate");
    CHECK(code(again, 0) == "out_of_scope");
    CHECK(company.count("visit") == 2);
}

TEST_CASE("other edits of a record that left the book, and forged visits, are not found", "[server][scope]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2"), manager(company, "manager"), hq(company, "hq");
    const std::string customer = test::uuid(), visit = test::uuid(), contact = test::uuid(), south = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("Moved Ltd."), customer),
                               rep1.create("visit", {{"customer_id", customer}}, visit),
                               rep1.create("contact", {{"customer_id", customer}, {"name", "Wu"}}, contact)}),
                    2) == "applied");
    REQUIRE(verdict(rep2.push({rep2.create("customer", test::customer_fields("South Ltd."), south)}), 0) == "applied");
    const std::int64_t base =
        std::stoll(company.query("SELECT field_stamps->'owner_id'->>'v' FROM customer WHERE id = '" + customer + "'"));
    REQUIRE(verdict(manager.push({manager.update("customer", customer, {{"owner_id", company.user_id("rep3")}},
                                                 {{"owner_id", base}}, server::now_ms() + 1000)}),
                    0) == "applied");
    const auto before = company.fingerprint();
    const auto now = server::now_ms() + 2000;

    auto r = rep1.push({rep1.update("customer", customer, {{"phone", "120"}}, {{"phone", 1000}}, now),
                        rep1.update("visit", visit, {{"notes", "later"}}, json::object(), now),
                        rep1.update("contact", contact, {{"title", "CEO"}}, json::object(), now),
                        {{"entity", "customer"}, {"id", customer}, {"op", "delete"}},
                        rep1.create("contact", {{"customer_id", customer}, {"name", "New"}}),
                        rep1.create("comment", {{"visit_id", visit}, {"body", "x"}}),
                        rep1.create("opportunity", {{"customer_id", customer}, {"title", "Deal"}, {"stage", "discovery"},
                                                    {"status", "following"}})});
    for (std::size_t i = 0; i < r["verdicts"].size(); ++i) {
        INFO(r["verdicts"][i].dump());
        CHECK(verdict(r, i) == "rejected");
        if (i != 5) CHECK(code(r, i) == "not_found");  // a rep may not comment at all
    }
    // rep2 never had the customer: a visit on it is a forged reference
    auto forged = rep2.push({rep2.create("visit", {{"customer_id", customer}})});
    CHECK(verdict(forged, 0) == "rejected");
    CHECK(code(forged, 0) == "not_found");
    auto after = company.fingerprint();
    CHECK(after["dump"] == before["dump"]);
    CHECK(after["sync_rejection"].get<long>() == before["sync_rejection"].get<long>() + 8);
}
