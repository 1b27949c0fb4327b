// The server's own check-in verdict (server_check_in_status) over real HTTP: judged on create and
// on updates of the check-in, pulled like any field, never writable by a device; the radius option.
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace crm;
using nlohmann::json;

namespace {

constexpr double kLat = 31.2304, kLon = 121.4737;  // the customer's stored position

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }
std::string code(const json& response, std::size_t i) { return response["verdicts"][i].value("code", ""); }

/// A check-in `north_m` metres north of the customer (1e-3 degrees of latitude is ~111.2 m).
json check_in(const std::string& customer, double north_m, double accuracy, double age_s = 5) {
    return {{"customer_id", customer},          {"check_in_at", "2026-11-23T01:30:00Z"},
            {"check_in_latitude", kLat + north_m / 111195.0}, {"check_in_longitude", kLon},
            {"check_in_accuracy", accuracy},    {"check_in_fix_age_s", age_s},
            {"check_in_source", "gps"}};
}

json with(json fields, const json& more) {
    fields.update(more);
    return fields;
}

/// server_check_in_status of a visit in `dump` ("" when absent).
std::string server_status(const json& dump, const std::string& visit) {
    for (const auto& v : dump["visit"])
        if (v["id"] == visit) return v.value("server_check_in_status", "");
    return "?";
}

/// A customer of rep1 at the reference position, one without a position, and a lead.
struct Places {
    std::string at = test::uuid(), unplaced = test::uuid(), lead = test::uuid();
    explicit Places(test::Device& rep) {
        json placed = test::customer_fields("定位客户 Placed Co.");
        placed["latitude"] = kLat;
        placed["longitude"] = kLon;
        auto r = rep.push({rep.create("customer", placed, at),
                           rep.create("customer", test::customer_fields("No Position Ltd."), unplaced),
                           rep.create("lead", {{"company_name", "线索公司"}, {"status", "new"}}, lead)});
        for (int i = 0; i < 3; ++i) REQUIRE(verdict(r, i) == "applied");
    }
};

}  // namespace

TEST_CASE("the server judges each check-in against the customer's position", "[server][check_in]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const Places places(rep1);
    struct Case {
        const char* name;
        json fields;
        const char* expected;
    };
    const std::vector<Case> cases = {
        {"111 m away", check_in(places.at, 111, 10), "verified"},
        {"1.1 km away", check_in(places.at, 1112, 20), "outside_radius"},
        {"400 m away, accuracy 150 m (benefit of the doubt)", check_in(places.at, 400, 150), "verified"},
        {"a 10 minute old fix", check_in(places.at, 111, 10, 600), "no_fix"},
        {"a time but no position", {{"customer_id", places.at}, {"check_in_at", "2026-11-23T01:30:00Z"}}, "no_fix"},
        {"marked manual by the device", with(check_in(places.at, 5000, 10), {{"check_in_status", "manual"}}), "manual"},
        {"entered by hand", {{"customer_id", places.at}, {"check_in_at", "2026-11-23T01:30:00Z"}, {"check_in_source", "manual"}},
         "manual"},
        {"customer without a position", check_in(places.unplaced, 0, 10), "no_reference"},
        {"visit on a lead", with(check_in("", 0, 10), {{"customer_id", nullptr}, {"lead_id", places.lead}}), "no_reference"},
        {"planned, not checked in", {{"customer_id", places.at}, {"planned_at", "2026-11-24T01:30:00Z"}}, ""},
    };
    std::vector<json> mutations;
    std::vector<std::string> ids;
    for (const auto& c : cases) {
        ids.push_back(test::uuid());
        json fields = c.fields;
        if (fields.contains("customer_id") && fields["customer_id"].is_null()) fields.erase("customer_id");
        mutations.push_back(rep1.create("visit", fields, ids.back()));
    }
    auto r = rep1.push(mutations);
    const json dump = company.dump_as("rep1");
    for (std::size_t i = 0; i < cases.size(); ++i) {
        INFO(cases[i].name << ": " << r["verdicts"][i].dump());
        CHECK(verdict(r, i) == "applied");
        CHECK(server_status(dump, ids[i]) == cases[i].expected);
    }
    // The device's own judgement is kept as it sent it, next to the server's.
    CHECK(company.query("SELECT check_in_status FROM visit WHERE id = '" + ids[5] + "'") == "manual");

    SECTION("the rep's device receives the verdicts on its pull") {
        test::Replica replica(rep1);
        replica.sync();
        CHECK(replica.dump() == company.dump_as("rep1"));
        CHECK(server_status(replica.dump(), ids[0]) == "verified");
    }
}

TEST_CASE("a check-in added or moved by an update is judged again and pulled", "[server][check_in]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const Places places(rep1);
    const std::string visit = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("visit", {{"customer_id", places.at}, {"planned_at", "2026-11-23T01:30:00Z"}},
                                           visit)}),
                    0) == "applied");
    test::Replica replica(rep1);
    replica.sync();
    REQUIRE(server_status(replica.dump(), visit).empty());

    const auto now = server::now_ms() + 1000;
    json arrive = check_in(places.at, 150, 15);
    arrive.erase("customer_id");
    REQUIRE(verdict(rep1.push({rep1.update("visit", visit, arrive, json::object(), now)}), 0) == "applied");
    replica.sync();
    REQUIRE(replica.last_changes.size() == 1);
    CHECK(replica.last_changes[0]["record"]["server_check_in_status"] == "verified");
    CHECK(replica.dump() == company.dump_as("rep1"));

    SECTION("a check-out leaves the verdict as it was") {
        const std::string before = company.query("SELECT field_stamps->'server_check_in_status'->>'v' FROM visit");
        REQUIRE(verdict(rep1.push({rep1.update("visit", visit,
                                               {{"check_out_at", "2026-11-23T02:10:00Z"}, {"check_out_latitude", kLat},
                                                {"check_out_longitude", kLon}, {"check_out_accuracy", 12.0}},
                                               json::object(), now + 1)}),
                        0) == "applied");
        CHECK(company.query("SELECT field_stamps->'server_check_in_status'->>'v' FROM visit") == before);
        CHECK(server_status(company.dump_as("rep1"), visit) == "verified");
    }
    SECTION("a corrected position far away turns it outside_radius; clearing the check-in clears it") {
        REQUIRE(verdict(rep1.push({rep1.update("visit", visit, {{"check_in_latitude", kLat + 0.05}}, json::object(), now + 1)}),
                        0) == "applied");
        replica.sync();
        REQUIRE(replica.last_changes.size() == 1);
        CHECK(replica.last_changes[0]["record"]["server_check_in_status"] == "outside_radius");
        REQUIRE(verdict(rep1.push({rep1.update("visit", visit,
                                               {{"check_in_at", nullptr}, {"check_in_latitude", nullptr},
                                                {"check_in_longitude", nullptr}},
                                               json::object(), now + 2)}),
                        0) == "applied");
        replica.sync();
        CHECK_FALSE(replica.last_changes.at(0)["record"].contains("server_check_in_status"));
        CHECK(replica.dump() == company.dump_as("rep1"));
    }
}

TEST_CASE("no device may write server_check_in_status", "[server][check_in]") {
    test::Company company;
    test::Device rep1(company, "rep1"), hq(company, "hq");
    const Places places(rep1);
    const std::string visit = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("visit", check_in(places.at, 2000, 10), visit)}), 0) == "applied");
    REQUIRE(server_status(company.dump_as("rep1"), visit) == "outside_radius");
    const json before = company.fingerprint();

    const auto now = server::now_ms() + 1000;
    auto r = rep1.push({rep1.create("visit", with(check_in(places.at, 2000, 10), {{"server_check_in_status", "verified"}})),
                        rep1.update("visit", visit, {{"server_check_in_status", "verified"}}, json::object(), now),
                        rep1.update("visit", visit, {{"server_check_in_status", nullptr}}, json::object(), now)});
    auto h = hq.push({hq.update("visit", visit, {{"server_check_in_status", "verified"}}, json::object(), now),
                      hq.create("visit", with(check_in(places.at, 0, 10), {{"server_check_in_status", "verified"}}))});
    for (const auto* response : {&r, &h}) {
        for (std::size_t i = 0; i < (*response)["verdicts"].size(); ++i) {
            INFO((*response)["verdicts"][i].dump());
            CHECK(verdict(*response, i) == "rejected");
            CHECK(code(*response, i) == "forbidden");
            CHECK((*response)["verdicts"][i]["message"].get<std::string>().find("server") != std::string::npos);
        }
    }
    const json after = company.fingerprint();
    CHECK(after["dump"] == before["dump"]);
    CHECK(after["sync_rejection"].get<long>() == before["sync_rejection"].get<long>() + 5);

    // Resending the value the server stored is no change: the rest of the update applies.
    auto same = rep1.push({rep1.update("visit", visit, {{"server_check_in_status", "outside_radius"}, {"notes", "到了"}},
                                       json::object(), now + 1)});
    CHECK(verdict(same, 0) == "applied");
    CHECK(server_status(company.dump_as("rep1"), visit) == "outside_radius");
}

TEST_CASE("crm-server --check-in-radius sets the radius and refuses bad values", "[server][check_in]") {
    test::Company company;
    for (const std::string bad : {"0", "100001", "abc", "-5", "300m", ""}) {
        auto r = test::run_process(test::server_binary(),
                                   {"--db", company.db.conninfo(), "--listen", "127.0.0.1:0", "--check-in-radius", bad});
        INFO("'" << bad << "': " << r.err);
        CHECK(r.exit_code != 0);
        CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
        CHECK(r.err.find("--check-in-radius must be a number of metres from 1 to 100000") != std::string::npos);
    }
    auto help = test::run_process(test::server_binary(), {"--help"});
    CHECK(help.out.find("--check-in-radius") != std::string::npos);

    company.server = std::make_unique<test::ServerProcess>(company.db.conninfo(),
                                                           std::vector<std::string>{"--check-in-radius", "1000"});
    test::Device rep1(company, "rep1");
    const Places places(rep1);
    const std::string near = test::uuid(), far = test::uuid();
    auto r = rep1.push({rep1.create("visit", check_in(places.at, 800, 10), near),
                        rep1.create("visit", check_in(places.at, 1200, 10), far)});
    const json dump = company.dump_as("rep1");
    CHECK(server_status(dump, near) == "verified");  // outside the default 300 m, inside 1 km
    CHECK(server_status(dump, far) == "outside_radius");
}
