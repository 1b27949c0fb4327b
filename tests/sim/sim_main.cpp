// sim_test: randomized multi-device sync under faults (issue 3, ARCHITECTURE §4).
//
// Real crm-server processes on a real PostgreSQL database, real SQLite replicas driven through
// the real Replica and SyncClient, over a FaultyTransport that drops, duplicates and delays
// requests; the server is SIGKILLed and restarted at random points. After every scenario the
// invariants of tests/sim/README.md are checked. See that README for the knobs.

#include "faulty_transport.h"
#include "sim_server.h"

#include "crm/server/directory.h"
#include "crm/server/pg.h"
#include "crm/server/sync_service.h"
#include "crm/server/tokens.h"
#include "crm/shared/formats.h"
#include "crm/sync/http_transport.h"
#include "crm/sync/replica.h"
#include "crm/sync/sync_client.h"
#include "crm/test/processes.h"
#include "crm/test/test_database.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>
#include <thread>
#include <unistd.h>
#include <vector>

namespace crm::sim {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Knobs

std::string env_or(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

struct Options {
    long scenarios = 100;
    std::optional<std::uint64_t> replay_seed;
    std::uint64_t base_seed = 0;
    bool verbose = false;
    int min_steps = 40, max_steps = 80;
    FaultRates rates;
    bool stop_on_failure = false;
};

Options read_options() {
    Options o;
    o.scenarios = std::stol(env_or("CRM_SIM_SCENARIOS", std::to_string(o.scenarios)));
    if (auto s = env_or("CRM_SIM_SEED", ""); !s.empty()) {
        o.replay_seed = std::stoull(s);
        o.scenarios = 1;
    }
    o.base_seed = std::stoull(env_or("CRM_SIM_BASE_SEED", std::to_string(std::random_device{}() ^ (std::uint64_t(std::random_device{}()) << 32))));
    o.verbose = env_or("CRM_SIM_VERBOSE", "0") != "0";
    o.min_steps = std::stoi(env_or("CRM_SIM_MIN_STEPS", std::to_string(o.min_steps)));
    o.max_steps = std::stoi(env_or("CRM_SIM_MAX_STEPS", std::to_string(o.max_steps)));
    o.rates = parse_fault_rates(env_or("CRM_SIM_FAULTS", ""));
    o.stop_on_failure = env_or("CRM_SIM_STOP_ON_FAILURE", "0") != "0";
    return o;
}

std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// ---------------------------------------------------------------------------------------------
// The company: HQ -> Team 1 (manager, rep1, rep2), Team 2 (rep3); users made once per run.

struct SimUser {
    std::string login;
    std::string role;
    std::string unit;
    std::string id;
    std::string unit_id;
};

struct Company {
    test::TestDatabase db;
    std::vector<SimUser> users;
    const SimUser& user(const std::string& login) const {
        for (const auto& u : users)
            if (u.login == login) return u;
        throw std::runtime_error("no user " + login);
    }
    std::string login_of(const std::string& id) const {
        for (const auto& u : users)
            if (u.id == id) return u.login;
        return "?" + id;
    }
};

void build_company(Company& c) {
    server::PgConnection conn(c.db.conninfo());
    for (auto [name, parent] : {std::pair{"HQ", ""}, {"Team 1", "HQ"}, {"Team 2", "HQ"}})
        if (!server::add_unit(conn, server::kDefaultCompany, name, parent)) throw std::runtime_error("add_unit failed");
    c.users = {{"hq", "hq", "HQ"},
               {"manager", "manager", "Team 1"},
               {"rep1", "rep", "Team 1"},
               {"rep2", "rep", "Team 1"},
               {"rep3", "rep", "Team 2"}};
    for (auto& u : c.users) {
        auto added = server::add_user(conn, server::kDefaultCompany, {u.login, u.role, u.unit, u.login, "pw"});
        if (!added) throw std::runtime_error("add_user " + u.login + ": " + added.error().message);
        u.id = added->id;
        u.unit_id = added->unit_id;
    }
}

/// Empties every table but the company, org and users: records, logs, tokens, and whatever
/// per-device state a newer server keeps (so new server tables need no change here). DELETE,
/// not TRUNCATE: on tables this small it is several times faster.
void reset_data(server::PgConnection& conn) {
    auto rows = conn.exec(
        "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' AND tablename "
        "NOT IN ('company', 'org_unit', 'app_user', 'schema_migrations')");
    std::string sql = "BEGIN;";
    for (int r = 0; r < rows.rows(); ++r) sql += " DELETE FROM " + rows.text(r, 0) + ";";
    conn.exec_script(sql + " COMMIT;");
}

// ---------------------------------------------------------------------------------------------
// Devices and what they queued

struct Queued {
    std::int64_t seq = 0;
    std::string entity, id, op;
    json fields;
    std::set<std::string> must_reject_with;  ///< non-empty: the server must reject with one of these
    std::string what;                        ///< the step that queued it
};

struct Device {
    std::string name;  ///< e.g. "rep1#2"
    const SimUser* user = nullptr;
    std::mt19937_64 ids;
    std::unique_ptr<sync::Replica> replica;
    std::unique_ptr<sync::HttpTransport> http;
    std::unique_ptr<FaultyTransport> faulty;
    std::unique_ptr<sync::SyncClient> client;
    std::map<std::int64_t, Queued> queued;
    std::int64_t max_seq = 0;
};

std::string random_uuid(std::mt19937_64& rng) {
    std::array<std::uint8_t, 16> bytes{};
    for (auto& b : bytes) b = static_cast<std::uint8_t>(rng() & 0xff);
    return uuid_from_bytes(bytes);
}

// ---------------------------------------------------------------------------------------------
// One scenario

struct Failure {
    std::string invariant;
    std::string detail;
};

class Scenario {
public:
    Scenario(const Company& company, SimServer& server, const Options& options, std::uint64_t seed, const fs::path& dir)
        : company_(company), server_(server), options_(options), seed_(seed), rng_(seed), dir_(dir) {}

    std::vector<Failure> run();
    FaultCounts faults;
    int kills = 0;
    int syncs = 0, sync_errors = 0;
    std::vector<std::string> anomalies;
    /// How many mutations got each verdict ("applied", "rejected:not_found", ...): coverage.
    std::map<std::string, long> verdict_tally;
    /// Wall time of the phases: setup, random steps, quiescence, invariant checks.
    double t_setup = 0, t_steps = 0, t_quiesce = 0, t_check = 0;

private:
    // setup
    void make_devices();
    // steps
    void step(int n);
    void create_customer(Device& d);
    void create_child(Device& d, const std::string& entity);
    void update_fields(Device& d);
    void contended_edit(Device& a);
    void key_field_attempt(Device& d);
    void delete_record(Device& d);
    void reassign(Device& d, bool cross_team);
    void sync_device(Device& d, const std::string& why);
    void kill_server(bool restart_now);
    void kill_during_sync(Device& d);
    // helpers
    template <class T> const T& pick(const std::vector<T>& items) { return items[rng_() % items.size()]; }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    int between(int lo, int hi) { return lo + static_cast<int>(rng_() % static_cast<std::uint64_t>(hi - lo + 1)); }
    std::string word();
    json value_for(const std::string& entity, const std::string& field);
    void track(Device& d, const std::string& what, std::set<std::string> must_reject_with = {});
    void log(const std::string& line) {
        if (options_.verbose) std::cout << "  [" << seed_ << "] " << line << "\n";
    }
    Device& device_of(const std::string& login);
    // end of scenario
    void quiesce();
    void check(std::vector<Failure>& failures);

    const Company& company_;
    SimServer& server_;
    const Options& options_;
    std::uint64_t seed_;
    std::mt19937_64 rng_;
    fs::path dir_;
    std::vector<std::unique_ptr<Device>> devices_;
    bool server_down_ = false;
    std::vector<Failure> early_failures_;
};

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

void Scenario::make_devices() {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    server::PgConnection conn(company_.db.conninfo());
    const std::vector<std::string> logins = {"rep1", "rep1", "rep2", "rep3", "manager", "hq"};
    std::map<std::string, int> count;
    for (std::size_t i = 0; i < logins.size(); ++i) {
        auto d = std::make_unique<Device>();
        d->user = &company_.user(logins[i]);
        d->name = logins[i] + "#" + std::to_string(++count[logins[i]]);
        d->ids.seed(splitmix(seed_ * 31 + i));
        Device* raw = d.get();
        sync::ReplicaEnv env;
        env.new_uuid = [raw] { return random_uuid(raw->ids); };
        auto replica = sync::Replica::open((dir_ / (d->name + ".sqlite")).string(), env);
        if (!replica) throw std::runtime_error("cannot open a replica: " + replica.error().message);
        d->replica = std::move(*replica);
        auto url = sync::parse_server_url(server_.url());
        d->http = std::make_unique<sync::HttpTransport>(*url, std::chrono::seconds(10));
        d->faulty = std::make_unique<FaultyTransport>(*d->http, splitmix(seed_ * 131 + i), options_.rates);
        d->faulty->log = [this, raw](const std::string& line) { log(raw->name + " " + line); };
        d->client = std::make_unique<sync::SyncClient>(*d->replica, *d->faulty);
        // Signing in verifies an argon2 hash (~0.1 s): the session is made directly, as the
        // server's login would (a token for this user and this device's id).
        const std::string token = server::issue_token(conn, server::kDefaultCompany, d->user->id, d->replica->device_id());
        d->replica->set_session(sync::Session{server_.url(), token,
                                              sync::UserInfo{d->user->id, d->user->login, d->user->role,
                                                             d->user->unit_id, d->user->login}});
        devices_.push_back(std::move(d));
    }
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
    for (const char* f : {"phone", "industry", "region", "latitude", "longitude", "tags", "value_score"})
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
        {"customer", {"industry", "region", "address", "phone", "lifecycle", "level", "value_score", "tags", "latitude", "longitude"}},
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
    track(d, "rep changes key field " + field, {"revision_required", "forbidden", "not_found"});
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
    static const std::set<std::string> expected = {"unreachable", "internal", "unavailable", "server_error", "http_error"};
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

void Scenario::quiesce() {
    server_.ensure_running();
    server_down_ = false;
    for (auto& d : devices_) {
        faults.passed += d->faulty->counts().passed;
        faults.dropped_requests += d->faulty->counts().dropped_requests;
        faults.dropped_responses += d->faulty->counts().dropped_responses;
        faults.duplicated += d->faulty->counts().duplicated;
        faults.delayed += d->faulty->counts().delayed;
        d->faulty->set_faults(false);
    }
    int quiet_rounds = 0;
    for (int round = 1; round <= 12 && quiet_rounds < 2; ++round) {
        int activity = 0;
        bool errors = false;
        for (auto& d : devices_) {
            auto r = d->client->sync();
            if (!r) {
                errors = true;
                log(d->name + " final sync failed: " + r.error().code + ": " + r.error().message);
                if (round >= 3)
                    early_failures_.push_back({"quiescence", d->name + " final sync (round " + std::to_string(round) +
                                                                 ", faults off) failed: " + r.error().code + ": " +
                                                                 r.error().message});
                continue;
            }
            activity += r->pushed + r->pulled + r->evicted;
            log(d->name + " final sync round " + std::to_string(round) + ": pushed " + std::to_string(r->pushed) +
                ", pulled " + std::to_string(r->pulled) + ", evicted " + std::to_string(r->evicted));
        }
        quiet_rounds = (activity == 0 && !errors) ? quiet_rounds + 1 : 0;
    }
    if (quiet_rounds < 2)
        early_failures_.push_back({"quiescence", "devices still pushed or pulled after 12 rounds of syncing with faults off"});
}

// ---------------------------------------------------------------------------------------------
// Invariants

/// A short description of how two dumps differ (at most `limit` lines).
std::vector<std::string> dump_diff(const json& device, const json& server, std::size_t limit = 8) {
    std::vector<std::string> out;
    auto by_id = [](const json& records) {
        std::map<std::string, json> m;
        if (records.is_array())
            for (const auto& r : records) m[r.value("id", "")] = r;
        return m;
    };
    std::set<std::string> entities;
    for (const auto& [k, v] : device.items()) entities.insert(k);
    for (const auto& [k, v] : server.items()) entities.insert(k);
    for (const auto& e : entities) {
        const auto dev = by_id(device.value(e, json::array()));
        const auto srv = by_id(server.value(e, json::array()));
        for (const auto& [id, r] : dev) {
            if (out.size() >= limit) return out;
            auto it = srv.find(id);
            if (it == srv.end()) {
                out.push_back(e + " " + id + " only on the device: " + r.dump().substr(0, 160));
                continue;
            }
            if (it->second == r) continue;
            std::string fields;
            for (const auto& [k, v] : r.items())
                if (it->second.value(k, json()) != v) fields += " " + k + ": device " + v.dump() + " server " + it->second.value(k, json()).dump() + ";";
            for (const auto& [k, v] : it->second.items())
                if (!r.contains(k)) fields += " " + k + ": device (none) server " + v.dump() + ";";
            out.push_back(e + " " + id + " differs:" + fields.substr(0, 300));
        }
        for (const auto& [id, r] : srv) {
            if (out.size() >= limit) return out;
            if (!dev.count(id)) out.push_back(e + " " + id + " missing on the device: " + r.dump().substr(0, 160));
        }
    }
    return out;
}

void Scenario::check(std::vector<Failure>& failures) {
    server::PgConnection conn(company_.db.conninfo());
    auto fail = [&](const std::string& invariant, const std::string& detail) { failures.push_back({invariant, detail}); };

    std::map<std::string, json> server_dumps;
    for (const auto& u : company_.users) {
        auto dump = server::dump_as(conn, server::kDefaultCompany, u.login);
        if (!dump) throw std::runtime_error("dump_as " + u.login + ": " + dump.error().message);
        server_dumps[u.login] = *dump;
    }

    // (1) every device equals the server's view of its user
    for (auto& d : devices_) {
        const json mine = d->replica->dump();
        const json& theirs = server_dumps[d->user->login];
        if (mine == theirs) continue;
        for (const auto& line : dump_diff(mine, theirs))
            fail("1 device == server dump --as", d->name + ": " + line);
    }

    // Server-side facts: owner of every customer (live or tombstone), scope owners.
    std::map<std::string, std::string> customer_owner;
    {
        auto rows = conn.exec("SELECT id::text, owner_id::text, coalesce(scope_owner_id::text, '') FROM customer");
        for (int r = 0; r < rows.rows(); ++r) {
            customer_owner[rows.text(r, 0)] = rows.text(r, 1);
            if (rows.text(r, 1) != rows.text(r, 2))
                fail("3 scope", "server: customer " + rows.text(r, 0) + " has owner " + company_.login_of(rows.text(r, 1)) +
                                    " but scope owner " + company_.login_of(rows.text(r, 2)));
        }
        for (const char* entity : {"contact", "visit"}) {
            auto rows2 = conn.exec(std::string("SELECT id::text, coalesce(customer_id::text, ''), coalesce(scope_owner_id::text, '') FROM ") + entity +
                                   " WHERE customer_id IS NOT NULL");
            for (int r = 0; r < rows2.rows(); ++r) {
                auto it = customer_owner.find(rows2.text(r, 1));
                const std::string owner = it == customer_owner.end() ? "" : it->second;
                if (owner != rows2.text(r, 2))
                    fail("3 scope", std::string("server: ") + entity + " " + rows2.text(r, 0) + " of customer owned by " +
                                        company_.login_of(owner) + " has scope owner " + company_.login_of(rows2.text(r, 2)));
            }
        }
    }

    // (3) no record visible to a user who may not see it (device replicas and server dumps)
    auto allowed_owners = [&](const SimUser& u) -> std::optional<std::set<std::string>> {
        if (u.role == "hq") return std::nullopt;
        if (u.role == "manager") return std::set<std::string>{u.id, company_.user("rep1").id, company_.user("rep2").id};
        return std::set<std::string>{u.id};
    };
    auto check_scope = [&](const std::string& who, const SimUser& u, const json& dump) {
        const auto allowed = allowed_owners(u);
        if (!allowed) return;
        int reported = 0;
        auto bad = [&](const std::string& line) {
            if (reported++ < 6) fail("3 no record outside the user's scope", who + ": " + line);
        };
        for (const auto& c : dump.value("customer", json::array()))
            if (!allowed->count(c.value("owner_id", "")))
                bad("customer " + c.value("id", "") + " owned by " + company_.login_of(c.value("owner_id", "")));
        for (const char* entity : {"contact", "visit"})
            for (const auto& r : dump.value(entity, json::array())) {
                const std::string customer = r.value("customer_id", "");
                if (customer.empty()) continue;
                auto it = customer_owner.find(customer);
                if (it == customer_owner.end()) bad(std::string(entity) + " " + r.value("id", "") + " of a customer the server does not have");
                else if (!allowed->count(it->second))
                    bad(std::string(entity) + " " + r.value("id", "") + " of a customer owned by " + company_.login_of(it->second));
            }
    };
    for (const auto& u : company_.users) check_scope("server dump --as " + u.login, u, server_dumps[u.login]);
    for (auto& d : devices_) check_scope(d->name, *d->user, d->replica->dump());

    // (2) every queued mutation got exactly one verdict; none lost, none applied twice
    // (4) every rejected or merged edit is a sync issue on the device and logged on the server
    for (auto& d : devices_) {
        const std::string device_id = d->replica->device_id();
        if (auto pending = d->replica->pending_mutations(100000); !pending.empty()) {
            std::string seqs;
            for (const auto& m : pending) seqs += " " + std::to_string(m.seq);
            fail("2 every mutation got a verdict", d->name + ": outbox not empty after quiescence, seqs" + seqs);
        }
        std::map<std::int64_t, json> verdicts;
        std::map<std::int64_t, int> verdict_rows;
        {
            auto rows = conn.exec("SELECT seq, verdict::text, user_id::text FROM applied_mutation WHERE device_id = $1::uuid",
                                  {device_id});
            for (int r = 0; r < rows.rows(); ++r) {
                const auto seq = std::stoll(rows.text(r, 0));
                verdicts[seq] = json::parse(rows.text(r, 1));
                ++verdict_rows[seq];
                if (rows.text(r, 2) != d->user->id) fail("2 none applied twice", d->name + ": seq " + rows.text(r, 0) + " recorded for another user");
            }
        }
        std::map<std::int64_t, int> rejection_rows;
        std::map<std::int64_t, std::string> rejection_code;
        {
            auto rows = conn.exec("SELECT seq, code FROM sync_rejection WHERE device_id = $1::uuid", {device_id});
            for (int r = 0; r < rows.rows(); ++r) {
                const auto seq = std::stoll(rows.text(r, 0));
                ++rejection_rows[seq];
                rejection_code[seq] = rows.text(r, 1);
            }
        }
        std::set<std::tuple<std::string, std::string>> conflicts;  // (record, field)
        {
            auto rows = conn.exec("SELECT record_id::text, field FROM sync_conflict WHERE device_id = $1::uuid", {device_id});
            for (int r = 0; r < rows.rows(); ++r) conflicts.insert({rows.text(r, 0), rows.text(r, 1)});
        }
        std::map<std::int64_t, std::vector<sync::SyncIssue>> issues;
        for (auto& i : d->replica->issues()) issues[i.seq].push_back(i);

        for (const auto& [seq, v] : verdicts)
            if (!d->queued.count(seq)) fail("2 none applied twice", d->name + ": the server has a verdict for seq " + std::to_string(seq) + " the device never queued");
        for (const auto& [seq, i] : issues)
            if (!d->queued.count(seq)) fail("4 every non-applied edit is visible", d->name + ": sync issue for unknown seq " + std::to_string(seq));

        for (const auto& [seq, q] : d->queued) {
            const std::string tag = d->name + " seq " + std::to_string(seq) + " (" + q.what + " " + q.id.substr(0, 8) + ")";
            auto vit = verdicts.find(seq);
            if (vit == verdicts.end()) {
                const bool still_pending = d->replica->is_pending(q.entity, q.id);
                fail("2 no acknowledged mutation lost", tag + ": no row in applied_mutation" +
                                                           (still_pending ? " (still in the outbox)" : " although the device dropped it from its outbox"));
                continue;
            }
            if (verdict_rows[seq] != 1) fail("2 none applied twice", tag + ": " + std::to_string(verdict_rows[seq]) + " rows in applied_mutation");
            const json& v = vit->second;
            const std::string status = v.value("status", "");
            const std::string code = v.value("code", "");
            ++verdict_tally[status + (code.empty() ? "" : ":" + code)];
            auto lost = v.value("lost_fields", std::vector<std::string>{});
            std::sort(lost.begin(), lost.end());
            const auto& dev_issues = issues[seq];

            if (!q.must_reject_with.empty() && (status != "rejected" || !q.must_reject_with.count(code)))
                fail("6 permissions", tag + ": a rep's key-field change got " + status + " " + code + " instead of a rejection");
            if (status == "applied" || status == "merged") {
                auto rows = conn.exec("SELECT deleted FROM \"" + q.entity + "\" WHERE id = $1::uuid", {q.id});
                if (rows.rows() == 0) fail("2 no acknowledged mutation lost", tag + ": " + status + " but no such " + q.entity + " on the server");
                else if (q.op == "delete" && rows.text(0, 0) != "t") fail("2 no acknowledged mutation lost", tag + ": delete applied but the record is live");
            }
            if (status == "rejected") {
                if (dev_issues.size() != 1 || dev_issues[0].status != "rejected" || dev_issues[0].code != code)
                    fail("4 every non-applied edit is visible", tag + ": rejected " + code + " on the server; device has " +
                                                                    std::to_string(dev_issues.size()) + " issue(s)" +
                                                                    (dev_issues.empty() ? "" : " first: " + dev_issues[0].status + " " + dev_issues[0].code));
                if (rejection_rows[seq] != 1 || rejection_code[seq] != code)
                    fail("4 every non-applied edit is visible", tag + ": rejected " + code + "; sync_rejection has " +
                                                                    std::to_string(rejection_rows[seq]) + " row(s)");
            } else {
                if (rejection_rows[seq] != 0)
                    fail("4 every non-applied edit is visible", tag + ": " + status + " but sync_rejection has a row");
                if (status == "merged") {
                    std::vector<std::string> dev_lost;
                    if (dev_issues.size() == 1) dev_lost = dev_issues[0].lost_fields;
                    std::sort(dev_lost.begin(), dev_lost.end());
                    if (dev_issues.size() != 1 || dev_issues[0].status != "merged" || dev_lost != lost)
                        fail("4 every non-applied edit is visible", tag + ": merged (lost " + json(lost).dump() + ") on the server; device has " +
                                                                        std::to_string(dev_issues.size()) + " issue(s)" +
                                                                        (dev_issues.empty() ? "" : " first: " + dev_issues[0].status + " lost " + json(dev_issues[0].lost_fields).dump()));
                    for (const auto& f : lost)
                        if (!conflicts.count({q.id, f}))
                            fail("4 every non-applied edit is visible", tag + ": lost field " + f + " has no sync_conflict row");
                } else if (status == "applied") {
                    // An accepted edit needs no issue; one with a code (out_of_scope) may carry one.
                    if (!dev_issues.empty() && (code.empty() || dev_issues[0].code != code))
                        fail("4 every non-applied edit is visible", tag + ": applied on the server but the device lists a " +
                                                                        dev_issues[0].status + " " + dev_issues[0].code + " issue");
                } else {
                    fail("2 none applied twice", tag + ": stored verdict has status '" + status + "'");
                }
            }
        }
    }
}

std::vector<Failure> Scenario::run() {
    using clock = std::chrono::steady_clock;
    auto lap = [t = clock::now()](double& into) mutable {
        const auto now = clock::now();
        into += std::chrono::duration<double>(now - t).count();
        t = now;
    };
    make_devices();
    // Opening: everyone records a little and syncs cleanly, so there is something to fight over.
    for (auto& d : devices_) {
        d->faulty->set_faults(false);
        for (int i = between(0, 2); i > 0; --i) create_customer(*d);
    }
    for (auto& d : devices_) sync_device(*d, " (opening)");
    for (auto& d : devices_) sync_device(*d, " (opening)");
    for (auto& d : devices_) d->faulty->set_faults(true);
    lap(t_setup);

    const int steps = between(options_.min_steps, options_.max_steps);
    for (int n = 1; n <= steps; ++n) step(n);
    lap(t_steps);
    quiesce();
    lap(t_quiesce);
    std::vector<Failure> failures = early_failures_;
    check(failures);
    lap(t_check);
    return failures;
}

}  // namespace
}  // namespace crm::sim

int main() {
    using namespace crm::sim;
    try {
        crm::test::test_pg_conninfo();  // a clear message when CRM_TEST_PG is not set
    } catch (const std::exception& e) {
        std::cerr << "sim_test: " << e.what() << "\n";
        return 1;
    }
    std::cout.setf(std::ios::unitbuf);
    try {
        const Options options = read_options();
        const fs::path dir = fs::temp_directory_path() / ("crm_sim_" + std::to_string(getpid()));
        fs::create_directories(dir);
        const auto t0 = std::chrono::steady_clock::now();
        Company company;
        build_company(company);
        SimServer server(company.db.conninfo(), (dir / "server.log").string());
        const std::string self = fs::canonical("/proc/self/exe").string();
        std::cout << "sim: " << options.scenarios << " scenario(s)"
                  << (options.replay_seed ? ", replaying seed " + std::to_string(*options.replay_seed)
                                          : ", base seed " + std::to_string(options.base_seed))
                  << "; server at " << server.url() << "\n";

        long failed = 0, kills = 0, syncs = 0, sync_errors = 0;
        double t_setup = 0, t_steps = 0, t_quiesce = 0, t_check = 0;
        FaultCounts faults;
        std::map<std::string, long> by_invariant, verdicts;
        std::map<std::string, std::vector<std::uint64_t>> seeds_by_invariant;
        const auto t_start = std::chrono::steady_clock::now();
        long done = 0;
        for (long i = 0; i < options.scenarios; ++i) {
            const std::uint64_t seed = options.replay_seed ? *options.replay_seed : splitmix(options.base_seed + i) % 1000000000000ULL;
            {
                crm::server::PgConnection conn(company.db.conninfo());
                reset_data(conn);
            }
            server.ensure_running();
            Scenario scenario(company, server, options, seed, dir / "replicas");
            std::vector<Failure> failures;
            try {
                failures = scenario.run();
            } catch (const std::exception& e) {
                failures.push_back({"harness", std::string("the scenario stopped: ") + e.what()});
            }
            ++done;
            for (const auto& [k, n] : scenario.verdict_tally) verdicts[k] += n;
            t_setup += scenario.t_setup;
            t_steps += scenario.t_steps;
            t_quiesce += scenario.t_quiesce;
            t_check += scenario.t_check;
            kills += scenario.kills;
            syncs += scenario.syncs;
            sync_errors += scenario.sync_errors;
            faults.passed += scenario.faults.passed;
            faults.dropped_requests += scenario.faults.dropped_requests;
            faults.dropped_responses += scenario.faults.dropped_responses;
            faults.duplicated += scenario.faults.duplicated;
            faults.delayed += scenario.faults.delayed;
            for (const auto& a : scenario.anomalies)
                if (options.verbose) std::cout << "  anomaly: " << a << "\n";
            if (!failures.empty()) {
                ++failed;
                std::cout << "FAIL scenario " << i + 1 << " seed " << seed << " (" << failures.size() << " violation(s))\n";
                std::set<std::string> invariants;
                std::map<std::string, int> shown;
                for (const auto& f : failures) {
                    invariants.insert(f.invariant);
                    if (shown[f.invariant]++ < 6) std::cout << "  [" << f.invariant << "] " << f.detail << "\n";
                }
                for (const auto& [inv, n] : shown)
                    if (n > 6) std::cout << "  [" << inv << "] ... and " << n - 6 << " more\n";
                for (const auto& a : scenario.anomalies) std::cout << "  note: " << a << "\n";
                for (const auto& inv : invariants) {
                    ++by_invariant[inv];
                    seeds_by_invariant[inv].push_back(seed);
                }
                std::cout << "  replay: CRM_SIM_SEED=" << seed << " CRM_SIM_VERBOSE=1 " << self << "\n";
                if (options.stop_on_failure) break;
            } else if (options.verbose || options.replay_seed) {
                std::cout << "ok scenario " << i + 1 << " seed " << seed << "\n";
            }
            if (!options.verbose && (i + 1) % 25 == 0)
                std::cout << "... " << i + 1 << " scenarios, " << failed << " failed\n";
        }
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_start).count();
        const double setup = std::chrono::duration<double>(t_start - t0).count();
        std::cout << "sim: " << done << " scenarios in " << secs << " s (" << (secs > 0 ? done * 60.0 / secs : 0)
                  << " per minute; setup " << setup << " s), " << failed << " failed; " << syncs << " syncs ("
                  << sync_errors << " failed under faults), " << kills << " server SIGKILLs; faults: "
                  << faults.dropped_requests << " requests dropped, " << faults.dropped_responses << " responses dropped, "
                  << faults.duplicated << " duplicated, " << faults.delayed << " delayed, " << faults.passed << " passed; "
                  << server.start_seconds() << " s waiting for " << server.restarts() << " server restarts\n"
                  << "sim: time in setup " << t_setup << " s, random steps " << t_steps << " s, quiescence " << t_quiesce
                  << " s, invariant checks " << t_check << " s\nsim: verdicts:";
        for (const auto& [k, n] : verdicts) std::cout << " " << k << " " << n << ";";
        std::cout << "\n";
        for (const auto& [inv, n] : by_invariant) {
            std::cout << "  invariant [" << inv << "] violated in " << n << " scenario(s); seeds:";
            for (std::size_t k = 0; k < seeds_by_invariant[inv].size() && k < 10; ++k) std::cout << " " << seeds_by_invariant[inv][k];
            std::cout << "\n";
        }
        std::error_code ec;
        fs::remove_all(dir, ec);
        return failed == 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "sim_test: " << e.what() << "\n";
        return 1;
    }
}
