// Scope changes over real HTTP: evictions on reassignment, org moves with a scope reset.
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

std::string key(const std::string& entity, const std::string& id) { return entity + "/" + id; }

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }

/// A customer of rep1 with a contact, a visit and the manager's comment on that visit.
struct Book {
    std::string customer = test::uuid(), contact = test::uuid(), visit = test::uuid(), comment = test::uuid();
    std::string other = test::uuid();  ///< a second customer of rep1 that stays with rep1

    Book(test::Device& rep1, test::Device& manager) {
        auto r = rep1.push({rep1.create("customer", test::customer_fields("浦江物流有限公司"), customer),
                            rep1.create("contact", {{"customer_id", customer}, {"name", "张伟"}}, contact),
                            rep1.create("visit", {{"customer_id", customer}, {"purpose", "demo"}}, visit),
                            rep1.create("customer", test::customer_fields("Stays Ltd."), other)});
        for (int i = 0; i < 4; ++i) REQUIRE(verdict(r, i) == "applied");
        auto c = manager.push({manager.create("comment", {{"visit_id", visit}, {"body", "跟进"}}, comment)});
        REQUIRE(verdict(c, 0) == "applied");
    }
    std::set<std::string> moved() const {
        return {key("customer", customer), key("contact", contact), key("visit", visit), key("comment", comment)};
    }
};

/// The manager's update of a customer's owner (base version: the stored one).
json reassign(const test::Company& company, test::Device& manager, const std::string& customer,
              const std::string& login) {
    const std::int64_t base =
        std::stoll(company.query("SELECT field_stamps->'owner_id'->>'v' FROM customer WHERE id = '" + customer + "'"));
    return manager.push({manager.update("customer", customer, {{"owner_id", company.user_id(login)}},
                                        {{"owner_id", base}}, server::now_ms() + 1000)});
}

}  // namespace

TEST_CASE("reassignment evicts the customer and its children from the old book and delivers them whole",
          "[server][scope]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep3(company, "rep3"), manager(company, "manager");
    const Book book(rep1, manager);
    test::Replica a(rep1), b(rep3), m(manager);
    a.sync(), b.sync(), m.sync();
    REQUIRE(a.has("comment", book.comment));
    const json manager_before = m.dump();
    const auto seq_before = std::stoll(company.query("SELECT last_value FROM change_seq"));

    REQUIRE(verdict(reassign(company, manager, book.customer, "rep3"), 0) == "applied");

    // One scope_change row per moved record, with the record's new seq, all in one transaction.
    CHECK(company.count("scope_change") == 4);
    CHECK(company.count("scope_change WHERE old_scope_owner_id = '" + company.user_id("rep1") +
                        "' AND new_scope_owner_id = '" + company.user_id("rep3") + "'") == 4);
    CHECK(company.count("scope_change WHERE seq <= " + std::to_string(seq_before)) == 0);
    for (const auto& table : {"customer", "contact", "visit", "comment"})
        CHECK(company.count(std::string(table) + " t JOIN scope_change s ON s.record_id = t.id AND s.seq = t.seq") == 1);
    CHECK(company.query("SELECT count(DISTINCT x) FROM (SELECT xmin::text AS x FROM scope_change UNION ALL "
                        "SELECT xmin::text FROM customer WHERE id = '" + book.customer + "' UNION ALL "
                        "SELECT xmin::text FROM comment) t") == "1");

    a.sync();
    CHECK(test::keys_of(a.last_evictions) == book.moved());
    CHECK(a.last_changes.empty());
    CHECK(a.dump() == company.dump_as("rep1"));
    CHECK(a.has("customer", book.other));

    b.sync();
    CHECK(test::keys_of(b.last_changes) == book.moved());
    CHECK(b.last_evictions.empty());
    CHECK(b.dump() == company.dump_as("rep3"));

    m.sync();
    CHECK(m.last_evictions.empty());
    json expected = manager_before, after = m.dump();
    for (const auto& c : after["customer"])  // nothing changed but the customer's owner (and updated_at)
        for (auto& e : expected["customer"])
            if (c["id"] == book.customer && e["id"] == book.customer) {
                e["owner_id"] = company.user_id("rep3");
                e["updated_at"] = c["updated_at"];
            }
    CHECK(after == expected);
    CHECK(m.dump() == company.dump_as("manager"));

    SECTION("reassigning back delivers everything again and leaves no eviction behind") {
        REQUIRE(verdict(reassign(company, manager, book.customer, "rep1"), 0) == "applied");
        a.sync();
        CHECK(test::keys_of(a.last_changes) == book.moved());
        CHECK(a.last_evictions.empty());
        CHECK(a.dump() == company.dump_as("rep1"));
        b.sync();
        CHECK(test::keys_of(b.last_evictions) == book.moved());
        CHECK(b.dump() == company.dump_as("rep3"));
        CHECK(company.dump_as("rep3")["customer"].empty());
        // a device that missed both moves sees no eviction of a record it may still see
        test::Device rep1_again(company, "rep1");
        CHECK(rep1_again.pull_page(1)["evictions"].empty());
    }
    SECTION("paging one record at a time gives the same replicas") {
        test::Replica a1(rep1), b1(rep3);
        test::Device rep1_late(company, "rep1"), rep3_late(company, "rep3");
        test::Replica a2(rep1_late), b2(rep3_late);
        a2.cursor = b2.cursor = 1;  // as if they had synced before anything happened
        a2.sync(1), b2.sync(1);
        CHECK(a2.dump() == company.dump_as("rep1"));
        CHECK(b2.dump() == company.dump_as("rep3"));
    }
}

TEST_CASE("a user moved to another team gets exactly the new scope after a reset", "[server][scope]") {
    test::Company company;
    auto added = test::run_admin({"--db", company.db.conninfo(), "user", "add", "south", "--role", "manager", "--unit",
                                  "South Team", "--password-stdin"},
                                 "pw\n");
    REQUIRE(added.exit_code == 0);
    test::Device rep3(company, "rep3"), manager(company, "manager"), south(company, "south"), rep2(company, "rep2");
    const std::string c3 = test::uuid(), v3 = test::uuid(), c2 = test::uuid();
    REQUIRE(verdict(rep3.push({rep3.create("customer", test::customer_fields("North Co."), c3),
                               rep3.create("visit", {{"customer_id", c3}}, v3)}),
                    1) == "applied");
    REQUIRE(verdict(rep2.push({rep2.create("customer", test::customer_fields("South Co."), c2)}), 0) == "applied");
    test::Replica m(manager), s(south), r3(rep3);
    m.sync(), s.sync(), r3.sync();
    REQUIRE(m.has("customer", c3));
    REQUIRE(!s.has("customer", c3));
    const std::string epoch_before = company.query("SELECT scope_epoch FROM company");
    const json rep3_before = r3.dump();

    auto moved = test::run_admin({"--db", company.db.conninfo(), "user", "move", "rep3", "--unit", "South Team"});
    INFO(moved.err);
    REQUIRE(moved.exit_code == 0);
    CHECK(moved.out == "user 'rep3' moved to unit 'South Team'\n");
    CHECK(company.query("SELECT scope_epoch FROM company") != epoch_before);

    SECTION("the old manager's reset scope no longer holds the user's records") {
        m.sync(1);
        CHECK(m.last_reset);
        CHECK(!m.has("customer", c3));
        CHECK(!m.has("visit", v3));
        CHECK(m.dump() == company.dump_as("manager"));
        m.sync();
        CHECK(!m.last_reset);  // the device now has the current epoch
        CHECK(m.last_changes.empty());
    }
    SECTION("the new manager's reset scope holds them, and the user's own book is unchanged") {
        s.sync();
        CHECK(s.last_reset);
        CHECK(s.has("customer", c3));
        CHECK(s.has("customer", c2));
        CHECK(s.dump() == company.dump_as("south"));
        r3.sync();
        CHECK(r3.last_reset);
        CHECK(r3.dump() == rep3_before);
    }
    SECTION("a reset page starts from cursor 0; a fresh device and a current one get none") {
        const std::int64_t epoch = std::stoll(company.query("SELECT scope_epoch FROM company"));
        auto stale = json::parse(manager.pull_raw(m.cursor, std::stoll(epoch_before)).body);
        CHECK(stale["reset"] == true);
        CHECK(stale["scope_epoch"] == epoch);
        CHECK(stale["cursor"].get<std::int64_t>() >= epoch);  // the cursor covers the org change
        auto fresh = json::parse(manager.pull_raw(0, 0).body);
        CHECK(fresh["reset"] == false);
        auto current = json::parse(manager.pull_raw(m.cursor, epoch).body);
        CHECK(current["reset"] == false);
        CHECK(json::parse(manager.pull_raw(0).body)["scope_epoch"] == epoch);  // scope is optional
    }
    SECTION("moving a user to their own unit changes nothing") {
        const std::string epoch = company.query("SELECT scope_epoch FROM company");
        auto again = test::run_admin({"--db", company.db.conninfo(), "user", "move", "rep3", "--unit", "South Team"});
        CHECK(again.exit_code == 0);
        CHECK(again.out == "user 'rep3' is already in unit 'South Team'\n");
        CHECK(company.query("SELECT scope_epoch FROM company") == epoch);
    }
}

TEST_CASE("unit moves and role changes re-scope, cycles are refused", "[server][scope][admin]") {
    test::Company company;
    const auto& db = company.db.conninfo();
    test::Device rep2(company, "rep2"), rep1(company, "rep1"), manager(company, "manager");
    const std::string c2 = test::uuid();
    REQUIRE(verdict(rep2.push({rep2.create("customer", test::customer_fields("South Co."), c2)}), 0) == "applied");
    test::Replica m(manager), r1(rep1);
    m.sync(), r1.sync();
    REQUIRE(!m.has("customer", c2));

    auto moved = test::run_admin({"--db", db, "unit", "move", "South Team", "--parent", "North Team"});
    INFO(moved.err);
    REQUIRE(moved.exit_code == 0);
    m.sync();
    CHECK(m.last_reset);
    CHECK(m.has("customer", c2));
    CHECK(m.dump() == company.dump_as("manager"));

    const std::string epoch = company.query("SELECT scope_epoch FROM company");
    for (const auto& parent : {"South Team", "North Team"}) {
        auto cycle = test::run_admin({"--db", db, "unit", "move", "North Team", "--parent", parent});
        CHECK(cycle.exit_code != 0);
        CHECK(cycle.err.find("cycle") != std::string::npos);
        CHECK(std::count(cycle.err.begin(), cycle.err.end(), '\n') == 1);
    }
    auto root = test::run_admin({"--db", db, "unit", "move", "Headquarters", "--parent", "South Team"});
    CHECK(root.exit_code != 0);
    auto unknown = test::run_admin({"--db", db, "unit", "move", "Nowhere", "--parent", "North Team"});
    CHECK(unknown.err == "crm-admin: unknown unit 'Nowhere'\n");
    CHECK(company.query("SELECT scope_epoch FROM company") == epoch);

    auto role = test::run_admin({"--db", db, "user", "set-role", "rep1", "--role", "manager"});
    INFO(role.err);
    REQUIRE(role.exit_code == 0);
    CHECK(company.query("SELECT scope_epoch FROM company") != epoch);
    r1.sync();
    CHECK(r1.last_reset);
    CHECK(r1.has("customer", c2));
    CHECK(r1.dump() == company.dump_as("rep1"));
    auto bad_role = test::run_admin({"--db", db, "user", "set-role", "rep1", "--role", "boss"});
    CHECK(bad_role.exit_code != 0);
    CHECK(bad_role.err.find("unknown role 'boss'") != std::string::npos);
    for (const auto& verb : std::vector<std::vector<std::string>>{
             {"unit", "move", "--help"}, {"user", "move", "--help"}, {"user", "set-role", "--help"}}) {
        std::vector<std::string> args{"--db", db};
        args.insert(args.end(), verb.begin(), verb.end());
        CHECK(test::run_admin(args).exit_code == 0);
    }
}

TEST_CASE("a deactivated user's tokens answer account_deactivated", "[server][scope][auth]") {
    test::Company company;
    test::Device rep1(company, "rep1"), rep3(company, "rep3");
    const std::string customer = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("Gone Ltd."), customer)}), 0) ==
            "applied");
    test::Replica r3(rep3);
    r3.sync();
    auto out = test::run_admin({"--db", company.db.conninfo(), "user", "deactivate", "rep1", "--reassign-to", "rep3"});
    INFO(out.err);
    REQUIRE(out.exit_code == 0);
    CHECK(company.count("scope_change") == 1);

    auto pull = rep1.pull_raw(0);
    CHECK(pull.status == 401);
    CHECK(json::parse(pull.body)["error"]["code"] == "account_deactivated");
    auto push = rep1.push_raw({{"device_id", rep1.device_id()},
                               {"mutations", json::array({rep1.create("customer", test::customer_fields("x"))})}});
    CHECK(push.status == 401);
    CHECK(json::parse(push.body)["error"]["code"] == "account_deactivated");
    auto login = test::api_request(company.server->port(), "POST", "/v1/auth/login",
                                   json{{"login", "rep1"}, {"password", "pw"}, {"device_id", test::uuid()}}.dump());
    CHECK(login.status == 401);
    CHECK(json::parse(login.body)["error"]["code"] == "invalid_credentials");
    auto forged = test::api_request(company.server->port(), "GET", "/v1/sync/pull", "", std::string(64, 'a'));
    CHECK(json::parse(forged.body)["error"]["code"] == "unauthorized");

    r3.sync();  // the hand-over arrives, after a reset (deactivation is an org change)
    CHECK(r3.last_reset);
    CHECK(r3.has("customer", customer));
    CHECK(r3.dump() == company.dump_as("rep3"));

    SECTION("reactivation deletes the old tokens: the user signs in again") {
        auto re = test::run_admin({"--db", company.db.conninfo(), "user", "reactivate", "rep1"});
        INFO(re.err);
        REQUIRE(re.exit_code == 0);
        CHECK(json::parse(rep1.pull_raw(0).body)["error"]["code"] == "unauthorized");
        test::Device again(company, "rep1");
        CHECK(again.pull_all().empty());
    }
}
