#pragma once
// A small company on a fresh database behind a real crm-server, and a device-like client.

#include "crm/test/http_client.h"
#include "crm/test/processes.h"
#include "crm/test/test_database.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

namespace crm::test {

/// Units Headquarters -> North Team, South Team; users hq, manager (North), rep1 (North),
/// rep2 (South), rep3 (North), all with password "pw"; crm-server running on it.
struct Company {
    Company();
    TestDatabase db;
    std::unique_ptr<ServerProcess> server;
    /// user id of a login
    std::string user_id(const std::string& login) const;
    /// `crm-admin dump --as login` parsed
    nlohmann::json dump_as(const std::string& login) const;
    /// Row count of a table.
    long count(const std::string& table) const;
    /// One value (first row, first column) of a query, as text.
    std::string query(const std::string& sql) const;
    /// Everything a bad request must not change: hq's dump and the log tables' sizes.
    nlohmann::json fingerprint() const;
};

/// A device signed in as one user: pushes mutations with increasing seqs, pulls.
class Device {
public:
    Device(const Company& company, const std::string& login, const std::string& device_id = "");
    /// Pushes these mutations (seq filled in when absent); returns the parsed response body.
    nlohmann::json push(std::vector<nlohmann::json> mutations);
    /// Sends a raw push body.
    RawResponse push_raw(const nlohmann::json& body);
    /// Pulls pages until has_more is false; returns every change.
    std::vector<nlohmann::json> pull_all(std::int64_t cursor = 0, int limit = 0);
    /// One pull page (with ?scope= this device's scope_epoch, which it then updates); throws
    /// on a non-200 answer.
    nlohmann::json pull_page(std::int64_t cursor, int limit = 0);
    /// The raw answer of one pull with these parameters (scope < 0: left out).
    RawResponse pull_raw(std::int64_t cursor, std::int64_t scope = -1) const;
    /// A create mutation.
    nlohmann::json create(const std::string& entity, nlohmann::json fields, const std::string& id = "");
    /// An update mutation with base versions and an HLC at `wall_ms`.
    nlohmann::json update(const std::string& entity, const std::string& id, nlohmann::json fields,
                          nlohmann::json base_versions, std::int64_t wall_ms);

    const std::string& token() const { return token_; }
    const std::string& device_id() const { return device_id_; }
    std::int64_t last_cursor = 0;
    std::int64_t scope_epoch = 0;  ///< from the last pulled page

private:
    const Company& company_;
    std::string token_;
    std::string device_id_;
    std::int64_t next_seq_ = 1;
};

/// A device's replica as the protocol says to keep it: changes and evictions applied, and after
/// a reset everything not received again dropped once the pull is caught up.
class Replica {
public:
    explicit Replica(Device& device) : device_(device) {}
    /// Pulls until caught up; `limit` 0 is the server's default page size.
    void sync(int limit = 0);
    /// The records in the shape of `crm-admin dump` (every entity, sorted by id).
    nlohmann::json dump() const;
    /// True when the record is in the replica.
    bool has(const std::string& entity, const std::string& id) const;

    std::int64_t cursor = 0;
    bool last_reset = false;                       ///< the last sync started with a reset page
    std::vector<nlohmann::json> last_changes;      ///< received by the last sync
    std::vector<nlohmann::json> last_evictions;    ///< received by the last sync

private:
    Device& device_;
    std::map<std::string, std::map<std::string, nlohmann::json>> records_;
};

/// Entity, id pairs of changes or evictions, as "entity/id".
std::set<std::string> keys_of(const std::vector<nlohmann::json>& items);

/// A new random UUID.
std::string uuid();

/// Fields of a valid customer named `name`.
nlohmann::json customer_fields(const std::string& name);

}  // namespace crm::test
