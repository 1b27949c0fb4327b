// Every reference a device pushes (the entity schema's references, a task's polymorphic
// related_id and a lead's duplicate_of included) must name a record the pusher sees; a record of
// another book and an owner outside the pusher's reach are answered exactly like ids that do
// not exist.
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

std::string verdict(const json& r, std::size_t i) { return r["verdicts"][i]["status"]; }
std::string code(const json& r, std::size_t i) { return r["verdicts"][i].value("code", std::string()); }
std::string message(const json& r, std::size_t i) { return r["verdicts"][i].value("message", std::string()); }

/// The message with `id` replaced by "<id>", to compare the answers for two ids.
std::string without(std::string text, const std::string& id) {
    for (auto at = text.find(id); at != std::string::npos; at = text.find(id)) text.replace(at, id.size(), "<id>");
    return text;
}

json task(const std::string& related_entity, const std::string& related_id) {
    return {{"title", "Follow up"}, {"related_entity", related_entity}, {"related_id", related_id}};
}

}  // namespace

TEST_CASE("references into another book are answered like ids that do not exist", "[server][scope]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep2(company, "rep2");
    const std::string own = test::uuid(), foreign = test::uuid(), foreign_lead = test::uuid(), nowhere = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("Own Ltd."), own)}), 0) == "applied");
    REQUIRE(verdict(rep2.push({rep2.create("customer", test::customer_fields("Foreign Ltd."), foreign),
                               rep2.create("lead", {{"person_name", "Zhao"}, {"status", "new"}}, foreign_lead)}),
                    1) == "applied");
    const auto before = company.fingerprint();

    SECTION("a task's related record") {
        auto r = rep1.push({rep1.create("task", task("customer", foreign)), rep1.create("task", task("customer", nowhere)),
                            rep1.create("task", task("lead", foreign_lead))});
        for (std::size_t i = 0; i < 3; ++i) {
            INFO(r["verdicts"][i].dump());
            CHECK(verdict(r, i) == "rejected");
            CHECK(code(r, i) == "not_found");
        }
        CHECK(without(message(r, 0), foreign) == without(message(r, 1), nowhere));
        CHECK(company.fingerprint()["dump"] == before["dump"]);  // rejections are logged, nothing stored
    }
    SECTION("a lead's duplicate_of") {
        auto r = rep1.push({rep1.create("lead", {{"person_name", "Qian"}, {"status", "new"}, {"duplicate_of", foreign_lead}}),
                            rep1.create("lead", {{"person_name", "Sun"}, {"status", "new"}, {"duplicate_of", nowhere}})});
        CHECK(code(r, 0) == "not_found");
        CHECK(code(r, 1) == "not_found");
        CHECK(without(message(r, 0), foreign_lead) == without(message(r, 1), nowhere));
        CHECK(company.fingerprint()["dump"] == before["dump"]);  // rejections are logged, nothing stored
    }
    SECTION("changing a task's kind re-checks its related record") {
        const std::string own_task = test::uuid();
        REQUIRE(verdict(rep1.push({rep1.create("task", task("customer", own), own_task)}), 0) == "applied");
        // The id stays; as a lead it names nothing rep1 sees.
        auto r = rep1.push({rep1.update("task", own_task, {{"related_entity", "lead"}}, json::object(), server::now_ms())});
        CHECK(code(r, 0) == "not_found");
        CHECK(company.query("SELECT related_entity FROM task WHERE id = '" + own_task + "'") == "customer");
    }
    SECTION("an owner outside the rep's reach, real or not") {
        json to_rep2 = test::customer_fields("Gift Ltd.");
        to_rep2["owner_id"] = company.user_id("rep2");
        json to_nobody = test::customer_fields("Ghost Ltd.");
        to_nobody["owner_id"] = nowhere;
        auto r = rep1.push({rep1.create("customer", to_rep2), rep1.create("customer", to_nobody)});
        CHECK(code(r, 0) == "forbidden");
        CHECK(code(r, 1) == "forbidden");
        CHECK(message(r, 0) == message(r, 1));
        CHECK(company.fingerprint()["dump"] == before["dump"]);  // rejections are logged, nothing stored
    }
}

TEST_CASE("a manager's owner outside the subtree, real or not, gets one answer", "[server][scope]") {
    test::Company company;
    test::Device manager(company, "manager");
    json to_south = test::customer_fields("South Gift Ltd.");
    to_south["owner_id"] = company.user_id("rep2");  // South Team: outside North's manager
    json to_nobody = test::customer_fields("Nobody Ltd.");
    to_nobody["owner_id"] = test::uuid();
    auto r = manager.push({manager.create("customer", to_south), manager.create("customer", to_nobody)});
    CHECK(code(r, 0) == "forbidden");
    CHECK(code(r, 1) == "forbidden");
    CHECK(message(r, 0) == message(r, 1));
}
