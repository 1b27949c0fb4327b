// The random steps of a scenario, and the helpers that pick values for them.

#include "sim_scenario.h"

#include "crm/sync/sync_client.h"

#include <chrono>
#include <thread>

namespace crm::sim {

std::string Scenario::word() {
    static const std::vector<std::string> words = {"north", "river", "明远", "贸易", "alpha", "delta", "harbor",
                                                   "东方", "quartz", "maple", "上海", "solid", "vivid", "O'Hara"};
    return pick(words) + " " + std::to_string(rng_() % 1000);
}

json Scenario::value_for(const std::string& entity, const std::string& field) {
    if (field == "lifecycle") return pick(std::vector<std::string>{"potential", "active", "lost"});
    if (field == "kind") return pick(std::vector<std::string>{"company", "person"});
    if (field == "value_score") return static_cast<double>(between(0, 40000)) / 4.0;
    if (field == "latitude" || field == "check_in_latitude") return 30.0 + static_cast<double>(between(0, 9999)) / 10000.0;
    if (field == "longitude" || field == "check_in_longitude") return 120.0 + static_cast<double>(between(0, 9999)) / 10000.0;
    if (field == "tags") {
        json tags = json::array();
        for (int i = between(0, 3); i > 0; --i) tags.push_back(pick(std::vector<std::string>{"vip", "east", "new", "重点"}));
        return tags;
    }
    if (field == "key_person") return chance(0.5);
    if (field == "phone" || field == "mobile") return "+86 21 " + std::to_string(between(1000, 9999)) + " " + std::to_string(between(1000, 9999));
    if (field == "email") return "x" + std::to_string(between(1, 99999)) + "@example.cn";
    if (field == "level") return pick(std::vector<std::string>{"A", "B", "C"});
    if (field == "check_in_at")
        return "2026-11-" + std::to_string(between(10, 28)) + "T0" + std::to_string(between(1, 9)) + ":" +
               std::to_string(between(10, 59)) + ":00Z";
    (void)entity;
    return word();
}

Device& Scenario::device_of(const std::string& login) {
    std::vector<Device*> mine;
    for (auto& d : devices_)
        if (d->user->login == login) mine.push_back(d.get());
    return *pick(mine);
}

/// Records the outbox entries a local edit just queued.
void Scenario::track(Device& d, const std::string& what, std::set<std::string> must_reject_with) {
    for (const auto& m : d.replica->pending_mutations(100000)) {
        if (m.seq <= d.max_seq) continue;
        d.max_seq = m.seq;
        d.queued[m.seq] = Queued{m.seq, m.entity, m.id, std::string(sync::to_string(m.op)), m.fields, must_reject_with, what};
        log(d.name + " queued seq " + std::to_string(m.seq) + " " + std::string(sync::to_string(m.op)) + " " + m.entity +
            " " + m.id.substr(0, 8) + " " + m.fields.dump());
    }
}

void Scenario::create_customer(Device& d) {
    json fields = {{"name", word()}, {"kind", value_for("customer", "kind")}, {"lifecycle", value_for("customer", "lifecycle")}};
    for (const char* f : {"phone", "industry", "region", "latitude", "longitude", "tags"})
        if (chance(0.4)) fields[f] = value_for("customer", f);
    const auto& role = d.user->role;
    if (role == "manager" && chance(0.7)) fields["owner_id"] = company_.user(chance(0.5) ? "rep1" : "rep2").id;
    if (role == "hq" && chance(0.8)) fields["owner_id"] = pick(company_.users).id;
    auto id = d.replica->create("customer", fields);
    if (!id) return log(d.name + " create customer refused locally: " + id.error().message);
    track(d, "create customer");
}

void Scenario::create_child(Device& d, const std::string& entity) {
    const auto customers = d.replica->list("customer");
    if (customers.empty()) return;
    const std::string customer = pick(customers)["id"];
    json fields = {{"customer_id", customer}};
    if (entity == "contact") {
        fields["name"] = word();
        for (const char* f : {"title", "phone", "mobile", "email", "key_person"})
            if (chance(0.4)) fields[f] = value_for(entity, f);
    } else {
        fields["check_in_at"] = value_for(entity, "check_in_at");
        fields["purpose"] = word();
        for (const char* f : {"notes", "outcome", "check_in_latitude", "check_in_longitude"})
            if (chance(0.4)) fields[f] = value_for(entity, f);
    }
    auto id = d.replica->create(entity, fields);
    if (!id) return log(d.name + " create " + entity + " refused locally: " + id.error().message);
    track(d, "create " + entity);
}

void Scenario::update_fields(Device& d) {
    static const std::map<std::string, std::vector<std::string>> editable = {
        {"customer", {"industry", "region", "address", "phone", "lifecycle", "level", "tags", "latitude", "longitude"}},
        {"contact", {"name", "title", "phone", "mobile", "email", "key_person"}},
        {"visit", {"notes", "outcome", "next_step", "purpose"}}};
    const std::string entity = pick(std::vector<std::string>{"customer", "customer", "contact", "visit"});
    const auto records = d.replica->list(entity);
    if (records.empty()) return;
    const std::string id = pick(records)["id"];
    json fields = json::object();
    const auto& names = editable.at(entity);
    for (int i = between(1, 3); i > 0; --i) {
        const auto& f = pick(names);
        fields[f] = chance(0.1) && f != "name" ? json() : value_for(entity, f);
    }
    // Leaders may also change key fields (the name) of a customer.
    if (entity == "customer" && d.user->role != "rep" && chance(0.2)) fields["name"] = word();
    if (auto s = d.replica->update(entity, id, fields); !s)
        return log(d.name + " update refused locally: " + s.error().message);
    track(d, "update " + entity);
}

/// Two devices that both see a record edit the same field before either syncs; sometimes the later
/// edit reaches the server first, so the earlier one loses on arrival (a `merged` verdict).
void Scenario::contended_edit(Device& a) {
    const std::string entity = chance(0.75) ? "customer" : "contact";
    const auto records = a.replica->list(entity);
    if (records.empty()) return;
    const std::string id = pick(records)["id"];
    std::vector<Device*> others;
    for (auto& d : devices_)
        if (d.get() != &a && d->replica->find(entity, id)) others.push_back(d.get());
    if (others.empty()) return;
    Device& b = *pick(others);
    const std::string field = entity == "customer" ? pick(std::vector<std::string>{"phone", "industry", "region", "lifecycle", "level"})
                                                   : pick(std::vector<std::string>{"title", "phone", "email"});
    log("contended edit of " + entity + " " + id.substr(0, 8) + "." + field + " by " + a.name + " then " + b.name);
    if (a.replica->update(entity, id, {{field, value_for(entity, field)}})) track(a, "contended " + field + " (first)");
    if (b.replica->update(entity, id, {{field, value_for(entity, field)}})) track(b, "contended " + field + " (second)");
    if (chance(0.5)) sync_device(b, " (the later edit first)");
}

void Scenario::key_field_attempt(Device& d) {
    if (d.user->role != "rep") return;
    const auto customers = d.replica->list("customer");
    if (customers.empty()) return;
    const std::string id = pick(customers)["id"];
    const std::string field = pick(std::vector<std::string>{"name", "tax_id", "credit_level", "owner_id"});
    json value = field == "owner_id" ? json(company_.user(d.user->login == "rep1" ? "rep2" : "rep1").id) : json(word());
    if (auto s = d.replica->update("customer", id, {{field, value}}); !s)
        return log(d.name + " key-field update refused locally: " + s.error().message);
    // owner_id: refused; name, tax_id, credit_level: applied as a pending revision (or not_found
    // when the customer has left the rep's book meanwhile).
    if (field == "owner_id") track(d, "rep changes key field " + field, {"forbidden", "not_found"});
    else track(d, "rep changes key field " + field, {sync::kRevisionPendingCode, "not_found"});
}

void Scenario::delete_record(Device& d) {
    const std::string entity = pick(std::vector<std::string>{"customer", "contact", "contact", "visit", "visit"});
    const auto records = d.replica->list(entity);
    if (records.empty()) return;
    const std::string id = pick(records)["id"];
    if (auto s = d.replica->remove(entity, id); !s) return log(d.name + " delete refused locally: " + s.error().message);
    track(d, "delete " + entity);
}

void Scenario::reassign(Device& d, bool cross_team) {
    const auto customers = d.replica->list("customer");
    const std::string rep1 = company_.user("rep1").id, rep2 = company_.user("rep2").id, rep3 = company_.user("rep3").id;
    std::vector<json> candidates;
    for (const auto& c : customers) {
        const std::string owner = c.value("owner_id", "");
        if (owner == rep1 || owner == rep2 || (cross_team && owner == rep3)) candidates.push_back(c);
    }
    if (candidates.empty()) return;
    const json& c = pick(candidates);
    const std::string owner = c["owner_id"];
    std::string to;
    if (cross_team) to = owner == rep3 ? pick(std::vector<std::string>{rep1, rep2}) : rep3;
    else to = owner == rep1 ? rep2 : rep1;
    if (auto s = d.replica->update("customer", c["id"], {{"owner_id", to}}); !s)
        return log(d.name + " reassign refused locally: " + s.error().message);
    track(d, std::string(cross_team ? "hq" : "manager") + " reassigns " + company_.login_of(owner) + " -> " +
                 company_.login_of(to));
}

void Scenario::sync_device(Device& d, const std::string& why) {
    ++syncs;
    auto r = d.client->sync();
    if (r) {
        log(d.name + " sync" + why + ": pushed " + std::to_string(r->pushed) + " (rejected " + std::to_string(r->rejected) +
            ", merged " + std::to_string(r->merged) + ", moved " + std::to_string(r->moved) + "), pulled " + std::to_string(r->pulled) + ", evicted " +
            std::to_string(r->evicted));
        return;
    }
    ++sync_errors;
    log(d.name + " sync" + why + " failed: " + r.error().code + ": " + r.error().message);
    // Faults and kills make "unreachable" (and 5xx from a dying server) normal; anything else is odd.
    static const std::set<std::string> expected = {"unreachable", "internal", "unavailable", "database_unavailable", "server_error", "http_error"};
    if (!expected.count(r.error().code))
        anomalies.push_back(d.name + " sync failed with " + r.error().code + ": " + r.error().message);
    if (r.error().code == "signed_out")
        early_failures_.push_back({"session", d.name + " was signed out by the server during the scenario: " + r.error().message});
}

void Scenario::kill_server(bool restart_now) {
    ++kills;
    server_.kill9();
    log(std::string("server SIGKILLed") + (restart_now ? ", restarted" : ", stays down for a while"));
    if (restart_now) server_.restart();
    server_down_ = !restart_now;
}

void Scenario::kill_during_sync(Device& d) {
    ++kills;
    const int delay_us = between(0, 30000);
    std::thread killer([this, delay_us] {
        std::this_thread::sleep_for(std::chrono::microseconds(delay_us));
        server_.kill9();
    });
    sync_device(d, " (server SIGKILLed after " + std::to_string(delay_us) + " us)");
    killer.join();
    server_.restart();
    server_down_ = false;
}

void Scenario::step(int n) {
    if (server_down_ && chance(0.3)) {
        server_.restart();
        server_down_ = false;
        log("server restarted");
    }
    Device& d = *pick(devices_);
    const int roll = between(1, 100);
    log("step " + std::to_string(n) + " (" + d.name + ")");
    if (roll <= 26) sync_device(d, "");
    else if (roll <= 34) create_customer(d);
    else if (roll <= 41) create_child(d, "contact");
    else if (roll <= 49) create_child(d, "visit");
    else if (roll <= 60) update_fields(d);
    else if (roll <= 67) contended_edit(d);
    else if (roll <= 72) key_field_attempt(device_of(pick(std::vector<std::string>{"rep1", "rep2", "rep3"})));
    else if (roll <= 77) delete_record(d);
    else if (roll <= 85) reassign(device_of("manager"), false);
    else if (roll <= 87) reassign(device_of("hq"), true);
    else if (roll <= 90) kill_server(chance(0.6));
    else if (roll <= 95) {
        if (server_down_) {
            server_.restart();
            server_down_ = false;
        }
        kill_during_sync(d);
    } else {
        // a burst: the same device syncs again right away (pull after its own push, retries)
        sync_device(d, " (again)");
    }
}

}  // namespace crm::sim
