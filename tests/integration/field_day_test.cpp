// The writes the rep's app makes during a day in the field, over real HTTP: reading the manager's
// comments, checking out, completing and snoozing tasks, capturing and converting leads.
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }
std::string code(const json& response, std::size_t i) { return response["verdicts"][i].value("code", ""); }

json find(const json& dump, const std::string& entity, const std::string& id) {
    for (const auto& r : dump[entity])
        if (r["id"] == id) return r;
    return nullptr;
}

}  // namespace

TEST_CASE("a rep marks the manager's comment on their visit read, and nothing else of it", "[server][field_day]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep3(company, "rep3"), manager(company, "manager");
    const std::string customer = test::uuid(), visit = test::uuid(), comment = test::uuid();
    const std::string customer3 = test::uuid(), visit3 = test::uuid(), comment3 = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("批示客户"), customer),
                               rep1.create("visit", {{"customer_id", customer}, {"purpose", "季度回访"}}, visit)}),
                    1) == "applied");
    REQUIRE(verdict(rep3.push({rep3.create("customer", test::customer_fields("Rep3 Co."), customer3),
                               rep3.create("visit", {{"customer_id", customer3}}, visit3)}),
                    1) == "applied");
    auto c = manager.push({manager.create("comment", {{"visit_id", visit}, {"body", "报价要在周五前发出"}}, comment),
                           manager.create("comment", {{"visit_id", visit3}, {"body", "Good"}}, comment3)});
    REQUIRE(verdict(c, 1) == "applied");
    test::Replica replica(rep1);
    replica.sync();
    REQUIRE(replica.has("comment", comment));

    const auto now = server::now_ms() + 1000;
    auto r = rep1.push({rep1.update("comment", comment, {{"read_at", "2026-11-23T03:00:00Z"}}, json::object(), now),
                        rep1.update("comment", comment, {{"body", "我改了批示"}}, json::object(), now),
                        rep1.update("comment", comment3, {{"read_at", "2026-11-23T03:00:00Z"}}, json::object(), now)});
    CHECK(verdict(r, 0) == "applied");
    CHECK(code(r, 1) == "forbidden");
    CHECK(code(r, 2) == "not_found");  // another rep's comment
    const json stored = find(company.dump_as("manager"), "comment", comment);
    CHECK(stored["read_at"] == "2026-11-23T03:00:00.000Z");
    CHECK(stored["body"] == "报价要在周五前发出");
    CHECK_FALSE(find(company.dump_as("manager"), "comment", comment3).contains("read_at"));

    // The manager's device learns that the comment was read.
    test::Replica m(manager);
    m.sync();
    CHECK(find(m.dump(), "comment", comment)["read_at"] == "2026-11-23T03:00:00.000Z");
    replica.sync();
    CHECK(replica.dump() == company.dump_as("rep1"));
}

TEST_CASE("a rep checks out of a visit, completes a task and snoozes another", "[server][field_day]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2");
    const std::string customer = test::uuid(), visit = test::uuid(), call = test::uuid(), quote = test::uuid();
    auto created = rep1.push(
        {rep1.create("customer", test::customer_fields("Checkout Ltd."), customer),
         rep1.create("visit", {{"customer_id", customer}, {"check_in_at", "2026-11-23T01:30:00Z"}}, visit),
         rep1.create("task", {{"title", "回电话 Call back"}, {"due_at", "2026-11-23T08:00:00Z"},
                              {"related_entity", "customer"}, {"related_id", customer}}, call),
         rep1.create("task", {{"title", "发报价 Send quote"}, {"due_at", "2026-11-23T09:00:00Z"}}, quote)});
    for (int i = 0; i < 4; ++i) REQUIRE(verdict(created, i) == "applied");

    const auto now = server::now_ms() + 1000;
    auto r = rep1.push({rep1.update("visit", visit,
                                    {{"check_out_at", "2026-11-23T02:15:00Z"}, {"check_out_latitude", 31.2305},
                                     {"check_out_longitude", 121.4738}, {"check_out_accuracy", 8.5},
                                     {"outcome", "客户同意试用"}, {"next_step", "发送合同"},
                                     {"follow_up_date", "2026-11-30"}},
                                    json::object(), now),
                        rep1.update("task", call, {{"done", true}, {"done_at", "2026-11-23T02:20:00Z"}}, json::object(), now),
                        rep1.update("task", quote, {{"due_at", "2026-11-24T01:00:00Z"}}, json::object(), now),
                        rep1.update("visit", visit, {{"check_out_accuracy", -1}}, json::object(), now),
                        rep1.update("task", call, {{"done_at", "yesterday"}}, json::object(), now)});
    for (int i = 0; i < 3; ++i) {
        INFO(r["verdicts"][i].dump());
        CHECK(verdict(r, i) == "applied");
    }
    CHECK(code(r, 3) == "invalid");
    CHECK(code(r, 4) == "invalid");
    const json dump = company.dump_as("rep1");
    const json v = find(dump, "visit", visit);
    CHECK(v["check_out_at"] == "2026-11-23T02:15:00.000Z");
    CHECK(v["check_out_accuracy"] == 8.5);
    CHECK(v["follow_up_date"] == "2026-11-30");
    CHECK(find(dump, "task", call)["done"] == true);
    CHECK(find(dump, "task", call)["done_at"] == "2026-11-23T02:20:00.000Z");
    CHECK(find(dump, "task", quote)["due_at"] == "2026-11-24T01:00:00.000Z");
    CHECK_FALSE(find(dump, "task", quote).contains("done"));

    // Another rep can do none of it.
    auto other = rep2.push({rep2.update("visit", visit, {{"check_out_at", "2026-11-23T05:00:00Z"}}, json::object(), now),
                            rep2.update("task", call, {{"done", false}}, json::object(), now)});
    CHECK(code(other, 0) == "not_found");
    CHECK(code(other, 1) == "not_found");
}

TEST_CASE("a rep captures a lead and converts it into customer, contact and opportunity", "[server][field_day]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2"), manager(company, "manager");
    const std::string lead = test::uuid(), customer = test::uuid(), contact = test::uuid(), deal = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("lead", {{"company_name", "申城新材料有限公司"}, {"person_name", "周敏"},
                                                    {"phone", "+86 139 1234 5678"}, {"source", "展会 trade fair"},
                                                    {"status", "new"}},
                                           lead)}),
                    0) == "applied");
    const auto now = server::now_ms() + 1000;
    REQUIRE(verdict(rep1.push({rep1.update("lead", lead, {{"status", "contacted"}}, json::object(), now)}), 0) == "applied");

    // The conversion, as the app sends it: one push, the lead's links last.
    auto r = rep1.push({rep1.create("customer", test::customer_fields("申城新材料有限公司"), customer),
                        rep1.create("contact", {{"customer_id", customer}, {"name", "周敏"}, {"mobile", "+86 139 1234 5678"}},
                                    contact),
                        rep1.create("opportunity", {{"customer_id", customer}, {"title", "首单 First order"},
                                                    {"stage", "qualification"}, {"status", "following"},
                                                    {"amount", 120000.0}},
                                    deal),
                        rep1.update("lead", lead,
                                    {{"status", "converted"}, {"converted_customer_id", customer},
                                     {"converted_opportunity_id", deal}},
                                    json::object(), now + 1)});
    for (int i = 0; i < 4; ++i) {
        INFO(r["verdicts"][i].dump());
        CHECK(verdict(r, i) == "applied");
    }
    const json converted = find(company.dump_as("rep1"), "lead", lead);
    CHECK(converted["status"] == "converted");
    CHECK(converted["converted_customer_id"] == customer);
    CHECK(converted["converted_opportunity_id"] == deal);
    test::Replica m(manager);
    m.sync();
    CHECK(m.has("lead", lead));
    CHECK(m.has("opportunity", deal));

    SECTION("links to records the rep may not see, or that do not exist, are not found") {
        const std::string lead2 = test::uuid(), theirs = test::uuid(), their_deal = test::uuid();
        REQUIRE(verdict(rep2.push({rep2.create("customer", test::customer_fields("South Only"), theirs),
                                   rep2.create("opportunity", {{"customer_id", theirs}, {"title", "Theirs"},
                                                               {"stage", "discovery"}, {"status", "following"}},
                                               their_deal)}),
                        1) == "applied");
        REQUIRE(verdict(rep1.push({rep1.create("lead", {{"company_name", "Second"}, {"status", "new"}}, lead2)}), 0) ==
                "applied");
        const json before = company.fingerprint();
        auto bad = rep1.push({rep1.update("lead", lead2, {{"status", "converted"}, {"converted_customer_id", theirs}},
                                          json::object(), now + 2),
                              rep1.update("lead", lead2, {{"converted_opportunity_id", their_deal}}, json::object(), now + 2),
                              rep1.update("lead", lead2, {{"converted_customer_id", test::uuid()}}, json::object(), now + 2),
                              rep1.create("lead", {{"company_name", "Born converted"}, {"status", "converted"},
                                                   {"converted_opportunity_id", their_deal}})});
        for (int i = 0; i < 4; ++i) {
            INFO(bad["verdicts"][i].dump());
            CHECK(verdict(bad, i) == "rejected");
            CHECK(code(bad, i) == "not_found");
        }
        CHECK(company.fingerprint()["dump"] == before["dump"]);
    }
}
