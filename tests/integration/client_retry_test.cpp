// The clients and the server's Retry-After (issue 6): crm-sync sync rides out a PostgreSQL
// restart in one invocation (503 database_unavailable + Retry-After, waited out and resent);
// crm-sync login on a rate-limited sign-in says how long to wait and does not retry; a --ca that
// fails its command is not kept with the session.
#include "auth_helpers.h"
#include "ops_support.h"
#include "private_cluster.h"
#include "scenario.h"
#include "tls_certs.h"

#include "crm/server/db/pool.h"

#include <catch2/catch.hpp>

#include <future>
#include <thread>

using namespace crm;
using namespace std::chrono_literals;

namespace {

test::ProcessResult sync_login(const std::string& replica, const std::string& url, const std::string& password,
                               const std::vector<std::string>& before = {}) {
    std::vector<std::string> args = {"--replica", replica};
    args.insert(args.end(), before.begin(), before.end());
    args.insert(args.end(), {"login", "--server", url, "--user", "rep1", "--password-stdin"});
    return test::run_sync(args, password + "\n");
}

/// A migrated database with unit North and rep1 (password "pw").
void add_rep1(const std::string& conninfo) {
    REQUIRE(test::run_admin({"--db", conninfo, "migrate"}).exit_code == 0);
    REQUIRE(test::run_admin({"--db", conninfo, "unit", "add", "North"}).exit_code == 0);
    REQUIRE(test::run_admin({"--db", conninfo, "user", "add", "rep1", "--role", "rep", "--unit", "North",
                             "--password-stdin"},
                            "pw\n")
                .exit_code == 0);
}

}  // namespace

TEST_CASE("crm-sync sync waits out a database restart and succeeds in one invocation", "[server][faults][client]") {
    test::PrivateCluster cluster;
    add_rep1(cluster.conninfo());
    test::ServerProcess server(cluster.conninfo());
    test::TempPath replica(".db");
    REQUIRE(sync_login(replica.path(), server.url(), "pw").exit_code == 0);
    auto created = test::run_sync({"--replica", replica.path(), "create", "customer", "--set", "name=Patient Co",
                                   "--set", "kind=company", "--set", "lifecycle=active"});
    REQUIRE(created.exit_code == 0);

    cluster.stop();
    // The server now answers 503 + Retry-After; the database is back after about 1.5 s.
    auto restart = std::async(std::launch::async, [&cluster] {
        std::this_thread::sleep_for(1500ms);
        cluster.start();
    });
    const auto started = std::chrono::steady_clock::now();
    auto synced = test::run_sync({"--replica", replica.path(), "sync"});
    const auto took = std::chrono::steady_clock::now() - started;
    restart.get();
    INFO(synced.out << synced.err);
    REQUIRE(synced.exit_code == 0);
    CHECK(synced.out.find("pushed 1 (applied 1") != std::string::npos);
    CHECK(took >= 1s);  // it did wait for the database
    crm::server::PgConnection conn(cluster.conninfo());
    CHECK(conn.exec("SELECT count(*) FROM customer WHERE name = 'Patient Co'").text(0, 0) == "1");
}

TEST_CASE("crm-sync sync gives up with a clear error when the database stays down", "[server][faults][client]") {
    test::PrivateCluster cluster;
    add_rep1(cluster.conninfo());
    test::ServerProcess server(cluster.conninfo());
    test::TempPath replica(".db");
    REQUIRE(sync_login(replica.path(), server.url(), "pw").exit_code == 0);
    cluster.stop();
    auto synced = test::run_sync({"--replica", replica.path(), "sync"});
    INFO(synced.err);
    CHECK(synced.exit_code == 1);
    CHECK(synced.err.find("(try again in 2 s) (database_unavailable)") != std::string::npos);
}

TEST_CASE("crm-sync login on a rate-limited sign-in says how long to wait and does not retry", "[server][client]") {
    test::Company company;
    test::TempPath replica(".db");
    test::ProcessResult last;
    for (int i = 0; i < 6; ++i) last = sync_login(replica.path(), company.server->url(), "wrong");
    INFO(last.err);
    CHECK(last.exit_code == 1);
    CHECK(last.err.find("crm-sync: too many attempts; try again in ") != std::string::npos);
    CHECK(last.err.find(" s (too_many_attempts)") != std::string::npos);
    // Still refused, even with the right password: the wait is real.
    auto right = sync_login(replica.path(), company.server->url(), "pw");
    CHECK(right.exit_code == 1);
    CHECK(right.err.find("too many attempts; try again in ") != std::string::npos);
    CHECK(company.count("auth_token") == 0);
}

TEST_CASE("crm-sync keeps a --ca with the session only when its command succeeded", "[server][tls][client]") {
    test::TestCertificates certs;
    test::Company company;
    test::ServerProcess https(company.db.conninfo(), certs.server_args());
    test::TempPath replica(".db");
    REQUIRE(sync_login(replica.path(), https.url(), "pw", {"--ca", certs.ca()}).exit_code == 0);

    auto wrong = test::run_sync({"--replica", replica.path(), "--ca", certs.other_ca(), "sync"});
    CHECK(wrong.exit_code != 0);
    CHECK(wrong.err.find("certificate verify failed: ") != std::string::npos);
    // The failed command left the session's CA alone: a plain sync still verifies the server.
    auto plain = test::run_sync({"--replica", replica.path(), "sync"});
    INFO(plain.err);
    CHECK(plain.exit_code == 0);

    // A --ca whose command succeeds is kept.
    test::TempPath copy(".crt");
    std::filesystem::copy_file(certs.ca(), copy.path());
    REQUIRE(test::run_sync({"--replica", replica.path(), "--ca", copy.path(), "sync"}).exit_code == 0);
    std::filesystem::remove(copy.path());
    auto after = test::run_sync({"--replica", replica.path(), "sync"});
    CHECK(after.exit_code != 0);
    CHECK(after.err.find(copy.path()) != std::string::npos);  // the kept CA file is gone now
}
