// db-statement-timeout: a statement the database cannot finish (here: waiting on a lock another
// session holds) is cancelled after the limit; the request gets 503 + Retry-After, nothing
// changes, and the worker and its connection serve the next request.
#include "auth_helpers.h"
#include "scenario.h"

#include "crm/server/db/pg.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace crm;

TEST_CASE("a statement stuck behind a lock gets 503 after db-statement-timeout, then the server serves again",
          "[server][faults]") {
    test::Company company;
    test::ServerProcess server(company.db.conninfo(), {"--db-statement-timeout", "1", "--threads", "1"});
    const auto port = server.port();
    const std::string token = test::token_of(test::sign_in(port, "rep1", "pw"));
    const auto before = company.fingerprint();

    server::PgConnection locker(company.db.conninfo());
    locker.exec("BEGIN");
    locker.exec("LOCK TABLE auth_token IN ACCESS EXCLUSIVE MODE");  // every authenticated request waits on it
    const auto started = std::chrono::steady_clock::now();
    auto stuck = test::api_request(port, "GET", "/v1/sync/pull?cursor=0", "", token);
    const auto waited = std::chrono::steady_clock::now() - started;
    CHECK(stuck.status == 503);
    CHECK(test::error_code(stuck) == "database_unavailable");
    CHECK(stuck.body.find("statement time limit") != std::string::npos);
    CHECK(stuck.headers.count("retry-after") == 1);
    CHECK(waited >= std::chrono::milliseconds(900));
    CHECK(waited < std::chrono::seconds(10));
    locker.exec("ROLLBACK");

    // one worker thread: it is free again, and its connection is usable
    CHECK(test::api_request(port, "GET", "/v1/sync/pull?cursor=0", "", token).status == 200);
    CHECK(company.fingerprint() == before);
}

TEST_CASE("db-statement-timeout is validated", "[server][config]") {
    test::Company company;
    for (const char* bad : {"-1", "3601", "soon", "1.5"}) {
        auto r = test::run_process(test::server_binary(), {"--db", company.db.conninfo(), "--listen", "127.0.0.1:0",
                                                           "--db-statement-timeout", bad});
        INFO(bad << ": " << r.err);
        CHECK(r.exit_code != 0);
        CHECK(r.err.find("--db-statement-timeout") != std::string::npos);
    }
}
