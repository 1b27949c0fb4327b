// Hierarchy of any depth: a five-level tree, managers at several depths, and devices that follow
// a user move and a unit move (evictions on the old managers' devices, whole records on the new).
#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

/// Headquarters -> Region -> Area -> District -> Squad (five levels), beside the scenario's
/// North and South teams. Managers m2 (Region), m3 (Area), m4 (District); reps r4 (District), r5 (Squad).
void add_deep_tree(const test::Company& company) {
    server::PgConnection conn(company.db.conninfo());
    const std::vector<std::pair<std::string, std::string>> units = {
        {"Region", "Headquarters"}, {"Area", "Region"}, {"District", "Area"}, {"Squad", "District"}};
    for (const auto& [name, parent] : units)
        REQUIRE(server::add_unit(conn, server::kDefaultCompany, name, parent));
    const std::vector<std::tuple<std::string, std::string, std::string>> users = {
        {"m2", "manager", "Region"}, {"m3", "manager", "Area"}, {"m4", "manager", "District"},
        {"r4", "rep", "District"},   {"r5", "rep", "Squad"}};
    for (const auto& [login, role, unit] : users)
        REQUIRE(server::add_user(conn, server::kDefaultCompany, {login, role, unit, login, "pw"}));
}

std::set<std::string> customer_names(const json& dump) {
    std::set<std::string> names;
    for (const auto& c : dump["customer"]) names.insert(c["name"].get<std::string>());
    return names;
}

struct Fleet {
    std::vector<std::string> logins;
    std::vector<std::unique_ptr<test::Device>> devices;
    std::vector<std::unique_ptr<test::Replica>> replicas;

    Fleet(const test::Company& company, std::vector<std::string> who) : logins(std::move(who)) {
        for (const auto& login : logins) {
            devices.push_back(std::make_unique<test::Device>(company, login));
            replicas.push_back(std::make_unique<test::Replica>(*devices.back()));
        }
    }
    test::Replica& of(const std::string& login) {
        for (std::size_t i = 0; i < logins.size(); ++i)
            if (logins[i] == login) return *replicas[i];
        throw std::runtime_error("no device of " + login);
    }
    /// Syncs every device and checks each replica equals `crm-admin dump --as` its user.
    void sync_and_compare(const test::Company& company) {
        for (std::size_t i = 0; i < logins.size(); ++i) {
            replicas[i]->sync(3);  // small pages: resets and evictions cross page boundaries
            INFO("device of " << logins[i]);
            CHECK(replicas[i]->dump() == company.dump_as(logins[i]));
        }
    }
};

void post_as_hq(const test::Company& company, const test::Device& hq, const std::string& path, const json& body) {
    auto r = test::api_request(company.server->port(), "POST", path, body.dump(), hq.token());
    INFO(path << " " << r.body);
    REQUIRE(r.status == 200);
}

}  // namespace

TEST_CASE("a five-level tree: managers see their subtree at every depth; user and unit moves re-scope every device",
          "[server][hierarchy]") {
    test::Company company;
    add_deep_tree(company);
    const std::vector<std::string> owners = {"m2", "m3", "m4", "r4", "r5", "rep1", "rep2"};
    for (const auto& login : owners) {
        test::Device d(company, login);
        const std::string customer = test::uuid();
        auto r = d.push({d.create("customer", test::customer_fields(login + " Co."), customer),
                         d.create("visit", {{"customer_id", customer}, {"notes", "by " + login}}),
                         d.create("contact", {{"customer_id", customer}, {"name", "contact of " + login}})});
        for (int i = 0; i < 3; ++i) REQUIRE(r["verdicts"][i]["status"] == "applied");
    }
    Fleet fleet(company, {"hq", "m2", "m3", "m4", "r4", "r5", "manager", "rep1"});
    fleet.sync_and_compare(company);
    using Names = std::set<std::string>;
    CHECK(customer_names(fleet.of("hq").dump()).size() == owners.size());
    CHECK(customer_names(fleet.of("m2").dump()) == Names{"m2 Co.", "m3 Co.", "m4 Co.", "r4 Co.", "r5 Co."});
    CHECK(customer_names(fleet.of("m3").dump()) == Names{"m3 Co.", "m4 Co.", "r4 Co.", "r5 Co."});
    CHECK(customer_names(fleet.of("m4").dump()) == Names{"m4 Co.", "r4 Co.", "r5 Co."});
    CHECK(customer_names(fleet.of("r4").dump()) == Names{"r4 Co."});
    CHECK(customer_names(fleet.of("r5").dump()) == Names{"r5 Co."});
    CHECK(customer_names(fleet.of("manager").dump()) == Names{"rep1 Co."});
    CHECK(fleet.of("m2").dump()["visit"].size() == 5);

    test::Device hq(company, "hq");
    SECTION("moving a user out of the deep branch") {
        post_as_hq(company, hq, "/v1/users/move", {{"login", "r5"}, {"unit", "North Team"}});
        fleet.sync_and_compare(company);
        for (const auto* login : {"m2", "m3", "m4"}) {
            INFO(login);
            CHECK(customer_names(fleet.of(login).dump()).count("r5 Co.") == 0);
            CHECK(fleet.of(login).last_reset);
        }
        CHECK(customer_names(fleet.of("manager").dump()) == Names{"rep1 Co.", "r5 Co."});
        CHECK(fleet.of("manager").dump()["visit"].size() == 2);
        CHECK(fleet.of("manager").dump()["contact"].size() == 2);
        CHECK(customer_names(fleet.of("r5").dump()) == Names{"r5 Co."});  // a rep keeps their own book
    }

    SECTION("moving a unit (with its subtree) to another branch") {
        post_as_hq(company, hq, "/v1/units/move", {{"unit", "District"}, {"parent", "North Team"}});
        fleet.sync_and_compare(company);
        CHECK(customer_names(fleet.of("m2").dump()) == Names{"m2 Co.", "m3 Co."});
        CHECK(customer_names(fleet.of("m3").dump()) == Names{"m3 Co."});
        CHECK(customer_names(fleet.of("m4").dump()) == Names{"m4 Co.", "r4 Co.", "r5 Co."});
        CHECK(customer_names(fleet.of("manager").dump()) == Names{"rep1 Co.", "m4 Co.", "r4 Co.", "r5 Co."});

        // and back, one level deeper than before
        post_as_hq(company, hq, "/v1/units/move", {{"unit", "District"}, {"parent", "Region"}});
        fleet.sync_and_compare(company);
        CHECK(customer_names(fleet.of("m2").dump()) == Names{"m2 Co.", "m3 Co.", "m4 Co.", "r4 Co.", "r5 Co."});
        CHECK(customer_names(fleet.of("m3").dump()) == Names{"m3 Co."});
        CHECK(customer_names(fleet.of("manager").dump()) == Names{"rep1 Co."});
    }

    SECTION("a cycle is refused and changes nothing") {
        const auto before = company.fingerprint();
        auto r = test::api_request(company.server->port(), "POST", "/v1/units/move",
                                   json{{"unit", "Area"}, {"parent", "Squad"}}.dump(), hq.token());
        CHECK(r.status == 400);
        CHECK(r.body.find("cycle") != std::string::npos);
        CHECK(company.fingerprint() == before);
    }
}
