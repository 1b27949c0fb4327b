// Key-field revisions over real HTTP: a rep's change of a customer's name, tax id or credit
// level waits for a leader's decision; a leader's own change is recorded as a direct revision.
#include "scenario.h"

#include "crm/server/auth/devices.h"
#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

std::string verdict(const json& response, std::size_t i) { return response["verdicts"][i]["status"]; }
std::string code(const json& response, std::size_t i) { return response["verdicts"][i].value("code", ""); }
std::string message(const json& response, std::size_t i) { return response["verdicts"][i].value("message", ""); }

json only(const json& records) {
    REQUIRE(records.size() == 1);
    return records[0];
}

/// The records of `entity` among pulled changes (live ones), by id.
std::map<std::string, json> pulled(const std::vector<json>& changes, const std::string& entity) {
    std::map<std::string, json> out;
    for (const auto& c : changes)
        if (c["entity"] == entity && !c["deleted"].get<bool>()) out[c["id"]] = c["record"];
    return out;
}

json decide(test::Device& device, const std::string& revision, json fields) {
    return device.update("revision", revision, std::move(fields), json::object(), server::now_ms());
}

test::ProcessResult admin(const test::Company& company, std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {"--db", company.db.conninfo()});
    return test::run_admin(args, input);
}

}  // namespace

TEST_CASE("a rep's offline rename waits for the manager, then reaches every device", "[server][revision]") {
    test::Company company;
    test::Device rep1(company, "rep1"), manager(company, "manager"), rep2(company, "rep2"), hq(company, "hq");
    const std::string a = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("Acme"), a)}), 0) == "applied");
    rep1.pull_all();
    manager.pull_all();
    const auto offline = server::now_ms() - 60'000;  // edited on the road a minute ago

    auto r = rep1.push({rep1.update("customer", a, {{"name", "Acme Ltd"}, {"industry", "pumps"}}, {{"name", 1}}, offline)});
    CHECK(verdict(r, 0) == "applied");
    CHECK(code(r, 0) == "revision_pending");
    CHECK(message(r, 0) == "name: 'Acme Ltd' waits for your manager's approval");
    CHECK(r["verdicts"][0]["lost_fields"] == json::array({"name"}));
    const json stored = only(company.dump_as("hq")["customer"]);
    CHECK(stored["name"] == "Acme");     // unchanged until approved
    CHECK(stored["industry"] == "pumps");  // the rest of the edit applied (no newer edit of it)

    const json revision = only(company.dump_as("hq")["revision"]);
    const std::string rev_id = revision["id"];
    CHECK(revision["customer_id"] == a);
    CHECK(revision["field"] == "name");
    CHECK(revision["old_value"] == "Acme");
    CHECK(revision["new_value"] == "Acme Ltd");
    CHECK(revision["status"] == "pending");
    CHECK(revision["requested_by"] == company.user_id("rep1"));
    // Who asked is named; the device only by a label (a device id is never shown to others).
    CHECK(revision["requested_device"] == server::device_label(rep1.device_id()));
    CHECK(revision["requested_device"].get<std::string>().find(rep1.device_id()) == std::string::npos);
    CHECK(!revision.contains("decided_by"));
    // The rep and their manager pull the revision; a rep of another branch never sees it.
    CHECK(pulled(rep1.pull_all(rep1.last_cursor), "revision").count(rev_id) == 1);
    CHECK(pulled(manager.pull_all(manager.last_cursor), "revision").count(rev_id) == 1);
    CHECK(pulled(rep2.pull_all(), "revision").empty());

    SECTION("approved: the customer is renamed on every device, audited, and cannot be decided twice") {
        auto m = manager.push({decide(manager, rev_id, {{"status", "approved"}, {"decision_note", "checked the licence"}})});
        REQUIRE(verdict(m, 0) == "applied");
        const json after = company.dump_as("hq");
        CHECK(only(after["customer"])["name"] == "Acme Ltd");
        const json decided = only(after["revision"]);
        CHECK(decided["status"] == "approved");
        CHECK(decided["decided_by"] == company.user_id("manager"));
        CHECK(decided["decision_note"] == "checked the licence");
        CHECK(decided.contains("decided_at"));
        for (test::Device* device : {&rep1, &manager}) {
            const auto changes = device->pull_all(device->last_cursor);
            CHECK(pulled(changes, "customer")[a]["name"] == "Acme Ltd");
            CHECK(pulled(changes, "revision")[rev_id]["status"] == "approved");
        }
        CHECK(company.count("audit_log WHERE action = 'revision.approve' AND record_id = '" + rev_id + "'") == 1);
        CHECK(company.query("SELECT actor_login FROM audit_log WHERE action = 'revision.approve'") == "manager");

        const json before = company.dump_as("hq");
        auto again = hq.push({decide(hq, rev_id, {{"status", "rejected"}})});
        CHECK(code(again, 0) == "conflict");
        CHECK(message(again, 0).find("already approved by manager at ") != std::string::npos);
        CHECK(company.dump_as("hq") == before);
    }
    SECTION("rejected: the customer keeps its name") {
        auto m = hq.push({decide(hq, rev_id, {{"status", "rejected"}, {"decision_note", "typo"}})});
        REQUIRE(verdict(m, 0) == "applied");
        CHECK(only(company.dump_as("hq")["customer"])["name"] == "Acme");
        CHECK(only(company.dump_as("hq")["revision"])["status"] == "rejected");
        CHECK(company.count("audit_log WHERE action = 'revision.reject'") == 1);
        CHECK(pulled(rep1.pull_all(rep1.last_cursor), "revision")[rev_id]["status"] == "rejected");
    }
    SECTION("a second request by the rep withdraws the first") {
        auto second = rep1.push({rep1.update("customer", a, {{"name", "Acme Group"}}, json::object(), server::now_ms())});
        CHECK(code(second, 0) == "revision_pending");
        const json revisions = company.dump_as("hq")["revision"];
        REQUIRE(revisions.size() == 2);
        std::map<std::string, std::string> status_of_value;
        for (const auto& rev : revisions) status_of_value[rev["new_value"]] = rev["status"];
        CHECK(status_of_value["Acme Ltd"] == "withdrawn");
        CHECK(status_of_value["Acme Group"] == "pending");
        CHECK(code(manager.push({decide(manager, rev_id, {{"status", "approved"}})}), 0) == "conflict");
    }
    SECTION("nobody but the subtree's leaders decides; bad decisions change nothing") {
        REQUIRE(admin(company, {"user", "add", "south_manager", "--role", "manager", "--unit", "South Team",
                                "--password-stdin"},
                      "pw\n")
                    .exit_code == 0);
        test::Device south(company, "south_manager");
        const json before = company.fingerprint();
        const std::string customer_a = a;
        auto bad = rep1.push({decide(rep1, rev_id, {{"status", "approved"}})});
        CHECK(code(bad, 0) == "forbidden");
        CHECK(message(bad, 0) == "only managers and headquarters decide revisions");
        CHECK(code(south.push({decide(south, rev_id, {{"status", "approved"}})}), 0) == "not_found");
        auto m = manager.push({decide(manager, rev_id, {{"status", "maybe"}}),
                               decide(manager, rev_id, {{"status", "withdrawn"}}),
                               decide(manager, rev_id, {{"status", "approved"}, {"new_value", "Evil Corp"}}),
                               decide(manager, test::uuid(), {{"status", "approved"}}),
                               manager.create("revision", {{"status", "pending"}}),
                               manager.create("revision", {{"customer_id", customer_a}, {"field", "name"},
                                                           {"new_value", "Forged"}, {"status", "approved"}}),
                               {{"entity", "revision"}, {"id", rev_id}, {"op", "delete"}}});
        CHECK(code(m, 0) == "invalid");
        CHECK(code(m, 1) == "invalid");
        CHECK(code(m, 2) == "forbidden");
        CHECK(code(m, 3) == "not_found");
        CHECK(code(m, 4) == "forbidden");
        CHECK(message(m, 4).find("created by the server") != std::string::npos);
        CHECK(code(m, 5) == "forbidden");
        CHECK(code(m, 6) == "forbidden");
        json after = company.fingerprint();
        CHECK(after["dump"] == before["dump"]);
        CHECK(after["seq"] == before["seq"]);
        CHECK(after["sync_conflict"] == before["sync_conflict"]);
        CHECK(company.count("audit_log WHERE action LIKE 'revision.%'") == 0);
    }
}

TEST_CASE("a leader's own key-field change applies at once as a direct revision, and the history is listed",
          "[server][revision]") {
    test::Company company;
    test::Device rep1(company, "rep1"), manager(company, "manager"), hq(company, "hq");
    const std::string a = test::uuid();
    REQUIRE(verdict(rep1.push({rep1.create("customer", test::customer_fields("Acme"), a)}), 0) == "applied");
    const auto now = server::now_ms() + 1000;
    auto h = hq.push({hq.update("customer", a, {{"tax_id", "91310000MA1FL0000X"}}, json::object(), now)});
    CHECK(verdict(h, 0) == "applied");
    CHECK(code(h, 0) == "");
    auto m = manager.push({manager.update("customer", a, {{"credit_level", "A"}, {"name", "Acme Ltd"}}, json::object(), now + 1)});
    CHECK(verdict(m, 0) == "applied");
    auto rep = rep1.push({rep1.update("customer", a, {{"credit_level", "AAA"}}, json::object(), now + 2)});
    CHECK(code(rep, 0) == "revision_pending");

    const json dump = company.dump_as("hq");
    const json customer = only(dump["customer"]);
    CHECK(customer["tax_id"] == "91310000MA1FL0000X");
    CHECK(customer["credit_level"] == "A");
    CHECK(customer["name"] == "Acme Ltd");
    REQUIRE(dump["revision"].size() == 4);
    int direct = 0;
    for (const auto& rev : dump["revision"]) {
        if (rev["status"] != "direct") continue;
        ++direct;
        CHECK(rev["decided_by"] == rev["requested_by"]);
    }
    CHECK(direct == 3);
    CHECK(company.count("audit_log WHERE action = 'customer.key_field'") == 3);
    CHECK(company.query("SELECT details->>'to' FROM audit_log WHERE action = 'customer.key_field' AND actor_login = 'hq'") ==
          "91310000MA1FL0000X");

    auto history = admin(company, {"customer", "history", a});
    REQUIRE(history.exit_code == 0);
    INFO(history.out);
    const auto at = [&](const std::string& text) { return history.out.find(text); };
    CHECK(at("created") != std::string::npos);
    CHECK(at("'Acme' -> 'Acme Ltd'") != std::string::npos);
    CHECK(at("(empty) -> '91310000MA1FL0000X'") != std::string::npos);
    CHECK(at("'A' -> 'AAA'") != std::string::npos);
    CHECK(at(server::device_label(rep1.device_id())) != std::string::npos);
    CHECK(at("hq ") < at("manager "));  // oldest first
    CHECK(at("manager ") < at("pending"));

    auto bad = admin(company, {"customer", "history", "not-a-uuid"});
    CHECK(bad.exit_code != 0);
    CHECK(bad.err == "crm-admin: 'not-a-uuid' is not a customer id (a UUID)\n");
    auto unknown = admin(company, {"customer", "history", test::uuid()});
    CHECK(unknown.exit_code != 0);
    CHECK(unknown.err.find("no customer with id") != std::string::npos);
}

TEST_CASE("leaders' reassignments, pool assignments and comments land in the audit log", "[server][revision]") {
    test::Company company;
    test::Device rep1(company, "rep1"), manager(company, "manager"), hq(company, "hq");
    const std::string a = test::uuid(), deal = test::uuid(), visit = test::uuid(), lead = test::uuid(), task = test::uuid();
    rep1.push({rep1.create("customer", test::customer_fields("Acme"), a),
               rep1.create("opportunity", {{"customer_id", a}, {"title", "Pumps"}, {"stage", "discovery"}, {"status", "following"}}, deal),
               rep1.create("visit", {{"customer_id", a}}, visit),
               rep1.create("task", {{"title", "Call back"}}, task)});
    REQUIRE(verdict(hq.push({hq.create("lead", {{"status", "new"}, {"company_name", "Pool Co."}, {"owner_id", nullptr}}, lead)}), 0) ==
            "applied");
    const auto now = server::now_ms() + 1000;
    const std::string rep1_id = company.user_id("rep1"), rep3_id = company.user_id("rep3");
    auto m = manager.push({manager.update("opportunity", deal, {{"owner_id", rep3_id}}, json::object(), now),
                           manager.update("task", task, {{"owner_id", rep3_id}}, json::object(), now),
                           manager.create("comment", {{"visit_id", visit}, {"body", "Good visit"}}),
                           manager.update("customer", a, {{"owner_id", rep3_id}}, json::object(), now)});
    for (int i = 0; i < 4; ++i) CHECK(verdict(m, i) == "applied");
    CHECK(verdict(hq.push({hq.update("lead", lead, {{"owner_id", rep1_id}}, json::object(), now)}), 0) == "applied");
    CHECK(verdict(hq.push({hq.update("lead", lead, {{"owner_id", rep3_id}}, json::object(), now + 1)}), 0) == "applied");

    for (const char* action : {"opportunity.reassign", "task.reassign", "comment.create", "customer.reassign",
                               "lead.assign", "lead.reassign"})
        CHECK(company.count(std::string("audit_log WHERE action = '") + action + "'") == 1);
    CHECK(company.query("SELECT details->>'from' || '>' || (details->>'to') FROM audit_log WHERE action = "
                        "'customer.reassign'") == rep1_id + ">" + rep3_id);
    CHECK(company.query("SELECT details->>'from' FROM audit_log WHERE action = 'lead.assign'") == "");
    CHECK(company.query("SELECT actor_login || ' ' || device_id FROM audit_log WHERE action = 'comment.create'") ==
          "manager " + manager.device_id());
    auto listed = admin(company, {"audit", "--action", "lead."});
    CHECK(listed.out.find("lead.assign") != std::string::npos);
    CHECK(listed.out.find("lead.reassign") != std::string::npos);
    // A rep's own edits are no management action.
    rep1.push({rep1.update("customer", a, {{"phone", "1"}}, json::object(), now)});
    CHECK(company.count("audit_log WHERE actor_login = 'rep1'") == 0);
}
