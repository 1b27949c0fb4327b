#include "initial_sync_bench.h"

#include "bench_util.h"
#include "crm/server/db/pg.h"
#include "crm/shared/entity_schema.h"
#include "crm/sync/http_transport.h"
#include "crm/sync/sync_client.h"

#include <sqlite3.h>

#include <filesystem>
#include <stdexcept>

namespace crm::bench {
namespace {

/// Reads every row of the user's book from PostgreSQL and inserts it into a fresh SQLite file
/// with one prepared statement in one transaction: what no sync can beat.
std::size_t raw_floor(const std::string& conninfo, const std::string& login, const std::string& path) {
    server::PgConnection pg(conninfo);
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"
                     "CREATE TABLE record (entity TEXT, id TEXT, data TEXT, PRIMARY KEY (entity, id)) WITHOUT ROWID;"
                     "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt* insert = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO record VALUES (?, ?, ?)", -1, &insert, nullptr);
    const auto user = pg.exec("SELECT id FROM app_user WHERE login = $1", {login}).text(0, 0);
    std::size_t rows = 0;
    for (const auto& entity : all_entities()) {
        auto result = pg.exec("SELECT id::text, (to_jsonb(t) - 'company_id' - 'seq' - 'scope_owner_id' - "
                              "'field_stamps' - 'deleted')::text FROM \"" + entity.name +
                                  "\" t WHERE scope_owner_id = $1 AND NOT deleted",
                              {user});
        for (int r = 0; r < result.rows(); ++r) {
            sqlite3_bind_text(insert, 1, entity.name.c_str(), -1, SQLITE_STATIC);
            const std::string id = result.text(r, 0);
            const std::string data = result.text(r, 1);
            sqlite3_bind_text(insert, 2, id.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text(insert, 3, data.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_step(insert);
            sqlite3_reset(insert);
            ++rows;
        }
    }
    sqlite3_finalize(insert);
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rows;
}

}  // namespace

void run_initial_sync_bench(const std::string& conninfo, const std::string& server_url, const std::string& login,
                            const std::string& dir) {
    auto replica = sync::Replica::open(dir + "/initial.sqlite");
    if (!replica) throw std::runtime_error(replica.error().message);
    sync::HttpTransport transport(*sync::parse_server_url(server_url));
    sync::SyncClient client(**replica, transport);
    if (auto user = client.login(server_url, login, "demo"); !user) throw std::runtime_error(user.error().message);

    Stopwatch watch;
    auto result = client.sync();
    const double sync_ms = watch.ms();
    if (!result) throw std::runtime_error("initial sync failed: " + result.error().message);
    report("initial sync: " + std::to_string(result->pulled) + " records into an empty replica", sync_ms, "ms",
           "<= 1500 ms", sync_ms <= 1500);

    watch.reset();
    const std::size_t rows = raw_floor(conninfo, login, dir + "/floor.sqlite");
    const double floor_ms = watch.ms();
    report("raw floor: read " + std::to_string(rows) + " rows from PostgreSQL + SQLite bulk insert", floor_ms, "ms");
    report("initial sync / raw floor", sync_ms / floor_ms, "x");
    report("replica file size", static_cast<double>(std::filesystem::file_size(dir + "/initial.sqlite")) / 1e6, "MB");
}

}  // namespace crm::bench
