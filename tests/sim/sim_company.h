#pragma once
// The company (HQ -> Team 1 (manager, rep1, rep2), Team 2 (rep3); users made once per run),
// the data reset between scenarios, and the devices with what they queued.

#include "faulty_transport.h"

#include "crm/server/db/pg.h"
#include "crm/sync/http_transport.h"
#include "crm/sync/replica.h"
#include "crm/sync/sync_client.h"
#include "crm/test/test_database.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace crm::sim {

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

void build_company(Company& c);

/// Empties every table but the company, org and users: records, logs, tokens, and whatever
/// per-device state a newer server keeps (so new server tables need no change here). DELETE,
/// not TRUNCATE: on tables this small it is several times faster.
void reset_data(server::PgConnection& conn);

// ---------------------------------------------------------------------------------------------
// Devices and what they queued

struct Queued {
    std::int64_t seq = 0;
    std::string entity, id, op;
    nlohmann::json fields;
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

std::string random_uuid(std::mt19937_64& rng);

}  // namespace crm::sim
