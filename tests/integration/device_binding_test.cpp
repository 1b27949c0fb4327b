// A device id belongs to the user who first signed in with it (ARCHITECTURE §4.1): another
// user's sign-in with it is refused, so that nobody can make another user's pushes look like
// duplicates, or read their verdicts; and a push's HLC always names the pushing device.
#include "auth_helpers.h"
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace crm;
using nlohmann::json;

namespace {

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }

}  // namespace

TEST_CASE("another user cannot sign in with a device id, nor take its pushes' verdicts", "[server][auth][device]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const auto port = company.server->port();

    // rep2 learned rep1's device id: the sign-in is refused, without saying whose it is.
    auto taken = test::sign_in(port, "rep2", "pw", rep1.device_id());
    CHECK(taken.status == 409);
    CHECK(test::error_code(taken) == "device_taken");
    CHECK(taken.body.find("rep1") == std::string::npos);
    CHECK(taken.body.find(company.user_id("rep1")) == std::string::npos);
    // A wrong password learns nothing about the device either.
    CHECK(test::sign_in(port, "rep2", "wrong", rep1.device_id()).status == 401);

    // rep1's own pushes, seqs 1.., are applied: none is answered as another user's duplicate.
    const std::string customer = test::uuid();
    auto pushed = rep1.push({rep1.create("customer", test::customer_fields("Rep1 Own Ltd."), customer)});
    CHECK(verdict(pushed, 0) == "applied");
    CHECK(company.query("SELECT name FROM customer WHERE id = '" + customer + "'") == "Rep1 Own Ltd.");

    // rep1 signs in again on its device as often as it likes.
    CHECK(test::sign_in(port, "rep1", "pw", rep1.device_id()).status == 200);
}

TEST_CASE("a phone handed to another user takes a new device id and keeps working", "[server][auth][device]") {
    test::Company company;
    const std::string replica = "/tmp/device-binding-" + test::uuid() + ".db";
    auto sync = [&](std::vector<std::string> args, const std::string& input = "") {
        args.insert(args.begin(), {"--replica", replica});
        return test::run_sync(args, input);
    };
    REQUIRE(sync({"login", "--server", company.server->url(), "--user", "rep1", "--password-stdin"}, "pw\n").exit_code == 0);
    REQUIRE(sync({"create", "customer", "--set", "name=First Co.", "--set", "kind=company", "--set", "lifecycle=active"})
                .exit_code == 0);
    REQUIRE(sync({"sync"}).exit_code == 0);
    const std::string first_device =
        company.query("SELECT device_id::text FROM device WHERE user_id = '" + company.user_id("rep1") + "'");

    // Unsynced edits of rep1 stop the hand-over: they would be lost.
    REQUIRE(sync({"create", "customer", "--set", "name=Pending Co.", "--set", "kind=company", "--set", "lifecycle=active"})
                .exit_code == 0);
    auto refused = sync({"login", "--server", company.server->url(), "--user", "rep2", "--password-stdin"}, "pw\n");
    CHECK(refused.exit_code != 0);
    CHECK(refused.err.find("unsynced") != std::string::npos);
    REQUIRE(sync({"sync"}).exit_code == 0);

    // Synced: rep2 signs in on the same replica; the client takes a new device id by itself.
    auto second = sync({"login", "--server", company.server->url(), "--user", "rep2", "--password-stdin"}, "pw\n");
    INFO(second.err);
    REQUIRE(second.exit_code == 0);
    REQUIRE(sync({"sync"}).exit_code == 0);
    const std::string second_device =
        company.query("SELECT device_id::text FROM device WHERE user_id = '" + company.user_id("rep2") + "'");
    CHECK(second_device != first_device);
    CHECK(company.query("SELECT user_id::text FROM device WHERE device_id = '" + first_device + "'") ==
          company.user_id("rep1"));
    auto dumped = sync({"dump"});
    REQUIRE(dumped.exit_code == 0);
    CHECK(json::parse(dumped.out) == company.dump_as("rep2"));
    std::remove(replica.c_str());
}

TEST_CASE("a push's HLC names the pushing device, never another device or the server", "[server][device]") {
    test::Company company;
    test::Device rep1(company, "rep1"), manager(company, "manager");
    const std::string customer = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("Clock Ltd."), customer)}), 0) == "applied");
    const auto stamp = [&](const std::string& field) {
        return company.query("SELECT field_stamps->'" + field + "'->>'h' FROM customer WHERE id = '" + customer + "'");
    };
    const auto base = [&](const std::string& field) {
        const std::string v =
            company.query("SELECT coalesce(field_stamps->'" + field + "'->>'v', '0') FROM customer WHERE id = '" + customer + "'");
        return std::stoll(v);
    };
    const auto node_of = [](const std::string& hlc) { return hlc.substr(21); };  // after "<13 digits>-<6 digits>-"

    // rep1 claims the reserved node "server" (which would win timestamp ties)...
    json forged = rep1.update("customer", customer, {{"phone", "111"}}, {{"phone", base("phone")}}, server::now_ms());
    const std::string wall = forged["hlc"].get<std::string>().substr(0, 21);
    forged["hlc"] = wall + "server";
    REQUIRE(verdict(rep1.push({forged}), 0) == "applied");
    CHECK(node_of(stamp("phone")) == rep1.device_id());

    // ...and then the manager's device, so that a conflict would name the manager as its author.
    json impersonating = rep1.update("customer", customer, {{"industry", "Steel"}}, {{"industry", base("industry")}},
                                     server::now_ms());
    impersonating["hlc"] = impersonating["hlc"].get<std::string>().substr(0, 21) + manager.device_id();
    REQUIRE(verdict(rep1.push({impersonating}), 0) == "applied");
    CHECK(node_of(stamp("industry")) == rep1.device_id());
}
