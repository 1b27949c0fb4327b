// The opportunity stage history (entity opportunity_stage) over real HTTP: recorded by the rep with
// the stage move, seen by their managers and nobody else, append-only, and always in the book of
// its opportunity (reassignment, the customer changing hands, a hand-over).
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }
std::string code(const json& response, std::size_t i) { return response["verdicts"][i].value("code", ""); }

std::set<std::string> ids(const json& records) {
    std::set<std::string> out;
    for (const auto& r : records) out.insert(r["id"].get<std::string>());
    return out;
}

std::string key(const std::string& entity, const std::string& id) { return entity + "/" + id; }

/// rep1's customer with an opportunity moved discovery -> qualification -> proposal, as the app
/// records it: the opportunity's update and a stage record in the same push.
struct Deal {
    std::string customer = test::uuid(), opportunity = test::uuid(), first = test::uuid(), second = test::uuid();

    Deal(test::Device& rep, std::int64_t now) {
        auto r = rep.push({rep.create("customer", test::customer_fields("阶段客户 Stage Co."), customer),
                           rep.create("opportunity", {{"customer_id", customer}, {"title", "年度采购"}, {"stage", "discovery"},
                                                      {"status", "following"}, {"amount", 300000.0}},
                                      opportunity)});
        REQUIRE(verdict(r, 1) == "applied");
        auto moves = rep.push({rep.update("opportunity", opportunity, {{"stage", "qualification"}}, json::object(), now),
                               rep.create("opportunity_stage", {{"opportunity_id", opportunity}, {"from_stage", "discovery"},
                                                                {"to_stage", "qualification"}, {"from_status", "following"},
                                                                {"to_status", "following"},
                                                                {"changed_at", "2026-11-20T02:00:00Z"}},
                                          first),
                               rep.update("opportunity", opportunity, {{"stage", "proposal"}}, json::object(), now + 1),
                               rep.create("opportunity_stage", {{"opportunity_id", opportunity}, {"from_stage", "qualification"},
                                                                {"to_stage", "proposal"}, {"to_status", "following"}},
                                          second)});
        for (int i = 0; i < 4; ++i) {
            INFO(moves["verdicts"][i].dump());
            REQUIRE(verdict(moves, i) == "applied");
        }
    }
    std::set<std::string> stages() const { return {first, second}; }
    std::set<std::string> moved() const {
        return {key("opportunity", opportunity), key("opportunity_stage", first), key("opportunity_stage", second)};
    }
};

json reassign(const test::Company& company, test::Device& manager, const std::string& entity, const std::string& id,
              const std::string& login) {
    return manager.push({manager.update(entity, id, {{"owner_id", company.user_id(login)}}, json::object(),
                                        server::now_ms() + 5000)});
}

}  // namespace

TEST_CASE("a rep's stage moves are recorded: their managers see the history, other reps do not", "[server][stages]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2"), rep3(company, "rep3"), manager(company, "manager"),
        hq(company, "hq");
    const Deal deal(rep1, server::now_ms() + 1000);

    const json mine = company.dump_as("rep1");
    CHECK(ids(mine["opportunity_stage"]) == deal.stages());
    for (const auto& s : mine["opportunity_stage"]) {
        CHECK(s["changed_by"] == company.user_id("rep1"));  // filled in by the server
        CHECK(s["changed_at"].get<std::string>().back() == 'Z');
    }
    CHECK(mine["opportunity"][0]["stage"] == "proposal");
    CHECK(ids(company.dump_as("manager")["opportunity_stage"]) == deal.stages());
    CHECK(ids(company.dump_as("hq")["opportunity_stage"]) == deal.stages());
    CHECK(company.dump_as("rep2")["opportunity_stage"].empty());
    CHECK(company.dump_as("rep3")["opportunity_stage"].empty());

    test::Replica m(manager), r1(rep1), r3(rep3);
    m.sync(), r1.sync(), r3.sync();
    CHECK(m.has("opportunity_stage", deal.first));
    CHECK(m.dump() == company.dump_as("manager"));
    CHECK(r1.dump() == company.dump_as("rep1"));
    CHECK_FALSE(r3.has("opportunity_stage", deal.first));
    auto admin = test::run_admin({"--db", company.db.conninfo(), "dump", "--as", "manager"});
    REQUIRE(admin.exit_code == 0);
    CHECK(ids(json::parse(admin.out)["opportunity_stage"]) == deal.stages());
}

TEST_CASE("stage history is append-only and written in the rep's own name", "[server][stages]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep3(company, "rep3"), manager(company, "manager");
    const auto now = server::now_ms() + 1000;
    const Deal deal(rep1, now);
    const std::string other_customer = test::uuid(), other_deal = test::uuid();
    REQUIRE(verdict(rep3.push({rep3.create("customer", test::customer_fields("Rep3 Co."), other_customer),
                               rep3.create("opportunity", {{"customer_id", other_customer}, {"title", "Theirs"},
                                                           {"stage", "discovery"}, {"status", "following"}},
                                           other_deal)}),
                    1) == "applied");
    const json before = company.fingerprint();

    const json stage = {{"opportunity_id", deal.opportunity}, {"to_stage", "negotiation"}, {"to_status", "following"}};
    json forged_by = stage;
    forged_by["changed_by"] = company.user_id("manager");
    json no_target = stage;
    no_target.erase("to_stage");
    json theirs = stage;
    theirs["opportunity_id"] = other_deal;
    json nowhere = stage;
    nowhere["opportunity_id"] = test::uuid();
    auto r = rep1.push({rep1.update("opportunity_stage", deal.first, {{"to_stage", "closing"}}, json::object(), now + 10),
                        {{"entity", "opportunity_stage"}, {"id", deal.first}, {"op", "delete"}},
                        rep1.create("opportunity_stage", forged_by), rep1.create("opportunity_stage", no_target),
                        rep1.create("opportunity_stage", theirs), rep1.create("opportunity_stage", nowhere)});
    const std::vector<std::string> expected = {"forbidden", "forbidden", "forbidden", "invalid", "not_found", "not_found"};
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(r["verdicts"][i].dump());
        CHECK(verdict(r, i) == "rejected");
        CHECK(code(r, i) == expected[i]);
    }
    CHECK(r["verdicts"][0]["message"].get<std::string>().find("history") != std::string::npos);
    auto m = manager.push({manager.update("opportunity_stage", deal.first, {{"to_stage", "closing"}}, json::object(), now + 10),
                           manager.update("opportunity_stage", deal.first, {{"to_stage", "qualification"}}, json::object(),
                                          now + 10)});  // the same value: still no rewrite
    CHECK(code(m, 0) == "forbidden");
    CHECK(code(m, 1) == "forbidden");
    const json after = company.fingerprint();
    CHECK(after["dump"] == before["dump"]);
    CHECK(after["sync_rejection"].get<long>() == before["sync_rejection"].get<long>() + 8);
}

TEST_CASE("stage records follow their opportunity from book to book", "[server][stages][scope]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep3(company, "rep3"), manager(company, "manager");
    const Deal deal(rep1, server::now_ms() + 1000);
    test::Replica a(rep1), b(rep3), m(manager);
    a.sync(), b.sync(), m.sync();
    REQUIRE(a.has("opportunity_stage", deal.second));

    SECTION("the opportunity is reassigned: its history is evicted from the old book, delivered to the new") {
        REQUIRE(verdict(reassign(company, manager, "opportunity", deal.opportunity, "rep3"), 0) == "applied");
        a.sync();
        CHECK(test::keys_of(a.last_evictions) == deal.moved());
        CHECK(a.dump() == company.dump_as("rep1"));
        CHECK(a.has("customer", deal.customer));  // the customer stays rep1's
        b.sync();
        CHECK(test::keys_of(b.last_changes) == deal.moved());
        CHECK(b.dump() == company.dump_as("rep3"));
        m.sync();
        CHECK(m.last_evictions.empty());
        CHECK(m.dump() == company.dump_as("manager"));
    }
    SECTION("the customer changes hands: its deals of the old owner and their history go with it") {
        REQUIRE(verdict(reassign(company, manager, "customer", deal.customer, "rep3"), 0) == "applied");
        std::set<std::string> moved = deal.moved();
        moved.insert(key("customer", deal.customer));
        a.sync();
        CHECK(test::keys_of(a.last_evictions) == moved);
        CHECK(a.dump() == company.dump_as("rep1"));
        b.sync();
        CHECK(test::keys_of(b.last_changes) == moved);
        CHECK(b.dump() == company.dump_as("rep3"));
        CHECK(company.dump_as("rep3")["opportunity"][0]["owner_id"] == company.user_id("rep3"));
        m.sync();
        CHECK(m.dump() == company.dump_as("manager"));
    }
    SECTION("the rep leaves: the hand-over carries the history") {
        auto out = test::run_admin({"--db", company.db.conninfo(), "user", "deactivate", "rep1", "--reassign-to", "rep3"});
        INFO(out.err);
        REQUIRE(out.exit_code == 0);
        CHECK(ids(company.dump_as("rep3")["opportunity_stage"]) == deal.stages());
        b.sync();
        CHECK(b.dump() == company.dump_as("rep3"));
    }
}
