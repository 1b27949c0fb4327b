#include "sim_company.h"
#include "sim_scenario.h"

#include "crm/server/auth/tokens.h"
#include "crm/server/org/directory.h"
#include "crm/shared/formats.h"

#include <array>
#include <chrono>
#include <filesystem>
#include <utility>

namespace crm::sim {

namespace fs = std::filesystem;

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

std::string random_uuid(std::mt19937_64& rng) {
    std::array<std::uint8_t, 16> bytes{};
    for (auto& b : bytes) b = static_cast<std::uint8_t>(rng() & 0xff);
    return uuid_from_bytes(bytes);
}

// ---------------------------------------------------------------------------------------------
// A scenario's devices: new replica files (hence new device ids), sessions issued directly.

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

}  // namespace crm::sim
