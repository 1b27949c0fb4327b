// Database faults under a running crm-server: a private PostgreSQL cluster stopped and restarted
// under a push loop, frozen under a request, and a connection lost during COMMIT.
#include "auth_helpers.h"
#include "private_cluster.h"
#include "raw_socket.h"
#include "scenario.h"

#include "crm/server/db/pool.h"

#include <catch2/catch.hpp>

#include <signal.h>

#include <cstdlib>
#include <filesystem>
#include <future>
#include <random>
#include <thread>

using namespace crm;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

/// Adds unit North and rep1 (password "pw") on `conninfo`; returns rep1's token for `device_id`.
std::string seed_rep(const std::string& conninfo, unsigned short port, const std::string& device_id) {
    REQUIRE(test::run_admin({"--db", conninfo, "unit", "add", "North"}).exit_code == 0);
    REQUIRE(test::run_admin({"--db", conninfo, "user", "add", "rep1", "--role", "rep", "--unit", "North", "--password-stdin"},
                            "pw\n")
                .exit_code == 0);
    const auto login = test::api_request(port, "POST", "/v1/auth/login",
                                         json{{"login", "rep1"}, {"password", "pw"}, {"device_id", device_id}}.dump());
    REQUIRE(login.status == 200);
    return json::parse(login.body)["token"];
}

/// A push of one customer create as seq `seq`.
std::string push_body(const std::string& device_id, std::int64_t seq, const std::string& id) {
    const json mutation = {{"seq", seq}, {"entity", "customer"}, {"id", id}, {"op", "create"},
                           {"fields", test::customer_fields("Customer " + std::to_string(seq))}};
    return json{{"device_id", device_id}, {"mutations", {mutation}}}.dump();
}

/// Sends one push on a fresh connection; the parsed answer (status 0 when none came).
test::ParsedResponse send_push(unsigned short port, const std::string& token, const std::string& body) {
    test::RawConnection conn(port);
    conn.send(test::raw_request("POST", "/v1/sync/push", body, token));
    const auto r = conn.read_responses(1, 30s);
    return r.empty() ? test::ParsedResponse{} : r.front();
}

std::string error_code(const test::ParsedResponse& r) {
    const json body = json::parse(r.body, nullptr, false);
    return body.is_object() && body.contains("error") ? body["error"]["code"].get<std::string>() : "";
}

}  // namespace

TEST_CASE("PostgreSQL stopped and restarted under a push loop: 503 + Retry-After, then nothing acknowledged is lost",
          "[server][faults]") {
    test::PrivateCluster cluster;
    REQUIRE(test::run_admin({"--db", cluster.conninfo(), "migrate"}).exit_code == 0);
    test::ServerProcess server(cluster.conninfo());
    const std::string device = test::uuid();
    const std::string token = seed_rep(cluster.conninfo(), server.port(), device);

    std::vector<std::string> acknowledged;
    int outage_answers = 0;
    bool stopped = false, restarted = false;
    std::chrono::steady_clock::time_point stopped_at;
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    std::int64_t seq = 1;
    std::string id = test::uuid();
    while (acknowledged.size() < 30 && std::chrono::steady_clock::now() < deadline) {
        if (!stopped && acknowledged.size() == 10) {
            cluster.stop();
            stopped = true;
            stopped_at = std::chrono::steady_clock::now();
        }
        if (stopped && !restarted && std::chrono::steady_clock::now() - stopped_at > 1500ms) {
            // liveness and readiness apart: the process is alive, it is not ready
            CHECK(test::http_request(server.port(), "GET", "/v1/health").status == 200);
            CHECK(test::http_request(server.port(), "GET", "/v1/ready").status == 503);
            cluster.start();
            restarted = true;
        }
        const auto r = send_push(server.port(), token, push_body(device, seq, id));
        INFO("seq " << seq << ": " << r.status << " " << r.body);
        if (r.status == 200) {
            const json verdict = json::parse(r.body)["verdicts"][0];
            CHECK((verdict["status"] == "applied" || verdict["status"] == "duplicate"));
            acknowledged.push_back(id);
            ++seq;
            id = test::uuid();
            continue;
        }
        // Anything but a clean "database unavailable" fails the test.
        REQUIRE(r.status == 503);
        CHECK(error_code(r) == "database_unavailable");
        CHECK(r.headers.count("retry-after") == 1);
        CHECK(stopped);
        ++outage_answers;
        std::this_thread::sleep_for(100ms);  // shorter than Retry-After: the test has no time to lose
    }
    CHECK(restarted);
    CHECK(outage_answers > 0);
    REQUIRE(acknowledged.size() == 30);

    // The server kept running and every acknowledged push is in the database, once.
    CHECK(test::http_request(server.port(), "GET", "/v1/health").status == 200);
    server::PgConnection conn(cluster.conninfo());
    for (const auto& ack : acknowledged)
        CHECK(conn.exec("SELECT count(*) FROM customer WHERE id = $1", {ack}).text(0, 0) == "1");
    CHECK(conn.exec("SELECT count(*) FROM customer").text(0, 0) == "30");
    CHECK(conn.exec("SELECT count(*) FROM applied_mutation").text(0, 0) == "30");
}

TEST_CASE("a frozen database (stopped processes, sockets open) gets 503 after the statement timeout and a grace, "
          "then the server serves again",
          "[server][faults]") {
    test::PrivateCluster cluster;
    REQUIRE(test::run_admin({"--db", cluster.conninfo(), "migrate"}).exit_code == 0);
    test::ServerProcess server(cluster.conninfo(), {"--db-statement-timeout", "1", "--threads", "2"});
    const std::string device = test::uuid();
    const std::string token = seed_rep(cluster.conninfo(), server.port(), device);
    const std::string pull = "/v1/sync/pull?cursor=0";
    REQUIRE(test::api_request(server.port(), "GET", pull, "", token).status == 200);

    cluster.freeze();
    // The database cannot enforce its statement timeout while frozen, and TCP sees nothing wrong:
    // the server gives up on the answer itself (1 s statement timeout + 5 s grace).
    const auto started = std::chrono::steady_clock::now();
    const auto frozen = test::api_request(server.port(), "GET", pull, "", token);
    const auto waited = std::chrono::steady_clock::now() - started;
    INFO(frozen.status << " " << frozen.body);
    CHECK(frozen.status == 503);
    CHECK(test::error_code(frozen) == "database_unavailable");
    CHECK(frozen.headers.count("retry-after") == 1);
    CHECK(waited >= 4s);
    CHECK(waited < 20s);
    CHECK(test::http_request(server.port(), "GET", "/v1/health").status == 200);  // alive, not ready
    cluster.thaw();

    int status = 0;
    for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
        status = test::api_request(server.port(), "GET", pull, "", token).status;
        if (status != 200) std::this_thread::sleep_for(200ms);
    }
    CHECK(status == 200);
    CHECK(test::http_request(server.port(), "GET", "/v1/ready").status == 200);
}

TEST_CASE("a push whose COMMIT outcome is unknown gets 503 and the device's resend is safe", "[server][faults]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    server::PgConnection admin(company.db.conninfo());
    // A deferred trigger makes COMMIT itself slow, so the connection can be cut during it.
    admin.exec_script(
        "CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(5); RETURN NULL; END $$;"
        "CREATE CONSTRAINT TRIGGER slow_commit AFTER INSERT ON customer DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION slow_commit();");
    const std::string id = test::uuid();
    const std::string body = push_body(rep1.device_id(), 1, id);
    const auto port = company.server->port();
    auto push = std::async(std::launch::async, [&] { return send_push(port, rep1.token(), body); });
    bool cut = false;
    for (int i = 0; i < 100 && !cut; ++i) {
        std::this_thread::sleep_for(50ms);
        cut = admin.exec("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                         "WHERE datname = current_database() AND query = 'COMMIT' AND state = 'active'")
                  .text(0, 0) == "1";
    }
    REQUIRE(cut);
    const auto r = push.get();
    INFO(r.body);
    CHECK(r.status == 503);
    CHECK(error_code(r) == "database_unavailable");
    CHECK(r.headers.count("retry-after") == 1);
    CHECK(r.body.find("unknown") != std::string::npos);

    // The device resends the same batch: exactly one customer, whatever the lost COMMIT did.
    admin.exec_script("DROP TRIGGER slow_commit ON customer;");
    const auto again = send_push(port, rep1.token(), body);
    REQUIRE(again.status == 200);
    const auto status = json::parse(again.body)["verdicts"][0]["status"];
    CHECK((status == "applied" || status == "duplicate"));
    CHECK(company.query("SELECT count(*) FROM customer WHERE id = '" + id + "'") == "1");
    CHECK(test::http_request(port, "GET", "/v1/health").status == 200);
}

TEST_CASE("serialization failures and deadlocks are retried a bounded number of times", "[server][faults]") {
    test::TestDatabase db;
    server::PgConnection conn(db.conninfo());
    conn.exec("CREATE TABLE attempts (n int)");
    auto raise = [](const char* sqlstate) {
        return std::string("DO $$ BEGIN RAISE EXCEPTION 'injected' USING ERRCODE = '") + sqlstate + "'; END $$";
    };
    int attempts = 0;
    SECTION("a serialization failure, then success: committed once") {
        server::with_transaction(conn, [&](server::PgTransaction& tx) {
            ++attempts;
            tx.exec("INSERT INTO attempts VALUES (1)");
            if (attempts == 1) tx.exec(raise("40001"));
        });
        CHECK(attempts == 2);
        CHECK(conn.exec("SELECT count(*) FROM attempts").text(0, 0) == "1");
    }
    SECTION("a deadlock every time: gives up and reports it, nothing committed") {
        try {
            server::with_transaction(conn, [&](server::PgTransaction& tx) {
                ++attempts;
                tx.exec("INSERT INTO attempts VALUES (1)");
                tx.exec(raise("40P01"));
            });
            FAIL("no error");
        } catch (const server::PgError& e) {
            CHECK(e.kind() == server::PgErrorKind::deadlock);
        }
        CHECK(attempts == 5);
        CHECK(conn.exec("SELECT count(*) FROM attempts").text(0, 0) == "0");
    }
    SECTION("other errors are not retried") {
        CHECK_THROWS_AS(server::with_transaction(conn, [&](server::PgTransaction& tx) {
                            ++attempts;
                            tx.exec(raise("23505"));
                        }),
                        server::PgError);
        CHECK(attempts == 1);
    }
}
