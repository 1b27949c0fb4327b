// Limits and timeouts against a running crm-server: oversized headers, slowloris, idle
// keep-alive, pipelined requests, the connection cap, and SIGTERM with a request in flight.
#include "ops_support.h"
#include "raw_socket.h"
#include "scenario.h"

#include "crm/server/db/pg.h"

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>

#include <future>
#include <sstream>
#include <thread>

using namespace crm;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

/// Small limits so the tests run in seconds.
const std::vector<std::string> kTightLimits = {"--request-timeout", "2", "--idle-timeout", "2",
                                               "--max-requests-per-connection", "3"};

/// True when /v1/health answers 200 on a fresh connection.
bool served(unsigned short port) { return test::http_request(port, "GET", "/v1/health").status == 200; }

std::string error_code(const test::ParsedResponse& r) {
    const json body = json::parse(r.body, nullptr, false);
    return body.is_object() ? body["error"]["code"].get<std::string>() : "";
}

}  // namespace

TEST_CASE("oversized headers get 431 and the connection is closed", "[server][limits]") {
    test::TestDatabase db;
    test::ServerProcess server(db.conninfo(), kTightLimits);
    test::RawConnection conn(server.port());
    const std::string request = "GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(20 * 1024, 'a') + "\r\n\r\n";
    conn.send(request);
    CHECK(conn.read_until_closed(5s));
    const auto responses = test::parse_responses(conn.received());
    REQUIRE(responses.size() == 1);
    CHECK(responses[0].status == 431);
    CHECK(error_code(responses[0]) == "headers_too_large");
    CHECK(served(server.port()));

    SECTION("headers under the limit are served") {
        test::RawConnection ok(server.port());
        ok.send("GET /v1/health HTTP/1.1\r\nHost: x\r\nX-Padding: " + std::string(8 * 1024, 'a') + "\r\n\r\n");
        const auto r = ok.read_responses(1, 5s);
        REQUIRE(r.size() == 1);
        CHECK(r[0].status == 200);
    }
}

TEST_CASE("bytes that are not HTTP/1.1 get 400 bad_request and the connection is closed", "[server][limits]") {
    test::TestDatabase db;
    test::ServerProcess server(db.conninfo(), kTightLimits);
    const std::vector<std::pair<std::string, std::string>> malformed = {
        {"a method of control bytes", std::string("\x01\x02 /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")},
        {"an unknown HTTP version", "GET /v1/health HTTP/9.9\r\nHost: x\r\n\r\n"},
        {"a header line without a colon", "GET /v1/health HTTP/1.1\r\nHost x\r\n\r\n"},
        {"a Content-Length that is not a number", "POST /v1/sync/push HTTP/1.1\r\nContent-Length: ten\r\n\r\n"},
        {"a chunked body with a bad chunk size",
         "POST /v1/sync/push HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n"},
    };
    for (const auto& [what, bytes] : malformed) {
        INFO(what);
        test::RawConnection conn(server.port());
        conn.send(bytes);
        CHECK(conn.read_until_closed(5s));
        const auto r = test::parse_responses(conn.received());
        REQUIRE(r.size() == 1);
        CHECK(r[0].status == 400);
        CHECK(error_code(r[0]) == "bad_request");
        CHECK(r[0].headers.at("connection") == "close");
    }

    SECTION("a good request pipelined before the bad bytes is answered first") {
        test::RawConnection conn(server.port());
        conn.send(test::raw_request("GET", "/v1/health") + "GET /v1/health HTTP/1.1\r\nHost x\r\n\r\n");
        CHECK(conn.read_until_closed(5s));
        const auto r = test::parse_responses(conn.received());
        REQUIRE(r.size() == 2);
        CHECK(r[0].status == 200);
        CHECK(r[1].status == 400);
    }
    CHECK(served(server.port()));
}

TEST_CASE("a slowloris client is cut off at the request timeout while others are served", "[server][limits]") {
    test::TestDatabase db;
    test::ServerProcess server(db.conninfo(), kTightLimits);
    test::RawConnection slow(server.port());
    const std::string request = "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + std::string(100, 'z') + "\r\n\r\n";
    const auto start = std::chrono::steady_clock::now();
    bool cut_off = false;
    int others_served = 0;
    for (char c : request) {
        if (!slow.send(std::string(1, c))) {
            cut_off = true;
            break;
        }
        if (slow.read_until_closed(250ms)) {
            cut_off = true;
            break;
        }
        if (served(server.port())) ++others_served;
        if (std::chrono::steady_clock::now() - start > 10s) break;
    }
    const auto lasted = std::chrono::steady_clock::now() - start;
    CHECK(cut_off);
    CHECK(lasted >= 1500ms);  // the request timeout is 2 s
    CHECK(lasted < 6s);
    CHECK(test::parse_responses(slow.received()).empty());  // never answered
    CHECK(others_served >= 3);
    CHECK(served(server.port()));
}

TEST_CASE("an idle kept-alive connection is closed after the idle timeout", "[server][limits]") {
    test::TestDatabase db;
    test::ServerProcess server(db.conninfo(), kTightLimits);
    test::RawConnection conn(server.port());
    conn.send(test::raw_request("GET", "/v1/health"));
    const auto r = conn.read_responses(1, 5s);
    REQUIRE(r.size() == 1);
    CHECK(r[0].status == 200);
    const auto start = std::chrono::steady_clock::now();
    CHECK(conn.read_until_closed(6s));
    CHECK(std::chrono::steady_clock::now() - start >= 1500ms);
}

TEST_CASE("pipelined requests beyond the per-connection cap are not answered", "[server][limits]") {
    test::TestDatabase db;
    test::ServerProcess server(db.conninfo(), kTightLimits);
    test::RawConnection conn(server.port());
    std::string five;
    for (int i = 0; i < 5; ++i) five += test::raw_request("GET", "/v1/health");
    conn.send(five);
    CHECK(conn.read_until_closed(5s));
    const auto r = test::parse_responses(conn.received());
    REQUIRE(r.size() == 3);
    for (const auto& one : r) CHECK(one.status == 200);
    CHECK(r[2].headers.at("connection") == "close");
    CHECK(r[0].headers.count("connection") == 0);
}

TEST_CASE("connections over --max-connections get 503 server_busy at once", "[server][limits]") {
    test::TestDatabase db;
    test::TempPath log(".log");
    test::ServerProcess server(db.conninfo(), {"--max-connections", "2", "--log-file", log.path()});
    auto first = std::make_unique<test::RawConnection>(server.port());
    auto second = std::make_unique<test::RawConnection>(server.port());
    std::this_thread::sleep_for(200ms);  // both accepted
    test::RawConnection third(server.port());
    third.send(test::raw_request("GET", "/v1/health"));
    const auto start = std::chrono::steady_clock::now();
    CHECK(third.read_until_closed(3s));
    CHECK(std::chrono::steady_clock::now() - start < 1s);
    const auto r = test::parse_responses(third.received());
    REQUIRE(r.size() == 1);
    CHECK(r[0].status == 503);
    CHECK(error_code(r[0]) == "server_busy");
    CHECK(r[0].headers.count("retry-after") == 1);
    // Logged and measured like any answer: its own request id, route "unknown", its own duration.
    const std::string id = r[0].headers.count("x-request-id") ? r[0].headers.at("x-request-id") : "";
    CHECK_FALSE(id.empty());

    first.reset();
    second.reset();
    bool back = false;
    for (int i = 0; i < 50 && !back; ++i) {
        back = served(server.port());
        if (!back) std::this_thread::sleep_for(100ms);
    }
    CHECK(back);
    const auto metrics = test::http_request(server.port(), "GET", "/metrics");
    CHECK(metrics.body.find("route=\"unknown\",status=\"503\"") != std::string::npos);
    CHECK(metrics.body.find("route=\"\"") == std::string::npos);
    server.stop();
    json busy_line;
    std::istringstream lines(log.read());
    for (std::string line; std::getline(lines, line);)
        if (json::parse(line)["status"] == 503) busy_line = json::parse(line);
    INFO(busy_line.dump());
    CHECK(busy_line["request_id"] == id);
    CHECK(busy_line["route"] == "unknown");
    CHECK(busy_line["duration_ms"].get<double>() < 1000);  // not the time since the server started
}

TEST_CASE("one address cannot take every connection: others are still served", "[server][limits]") {
    test::TestDatabase db;
    test::ServerProcess server(db.conninfo(), {"--max-connections", "40", "--max-connections-per-address", "5"});
    // 127.0.0.1 takes its share and keeps it: kept-alive connections, each answered once (so the
    // server has surely accepted it) and then left open.
    std::vector<std::unique_ptr<test::RawConnection>> hog;
    for (int i = 0; i < 5; ++i) {
        hog.push_back(std::make_unique<test::RawConnection>(server.port()));
        hog.back()->send(test::raw_request("GET", "/v1/health"));
        const auto first = hog.back()->read_responses(1, 3s);
        REQUIRE(first.size() == 1);
        REQUIRE(first[0].status == 200);
    }
    // Each of these is accepted, then refused at once: the address holds its share.
    for (int i = 0; i < 10; ++i) {
        test::RawConnection more(server.port());
        more.send(test::raw_request("GET", "/v1/health"));
        REQUIRE(more.read_until_closed(3s));
        const auto r = test::parse_responses(more.received());
        REQUIRE(r.size() == 1);
        CHECK(r[0].status == 503);
        CHECK(error_code(r[0]) == "server_busy");
    }
    // Another client machine (127.0.0.2) is served meanwhile.
    test::RawConnection other(server.port(), "127.0.0.2");
    other.send(test::raw_request("GET", "/v1/health"));
    const auto answer = other.read_responses(1, 3s);  // kept alive: answered, not closed
    REQUIRE(answer.size() == 1);
    CHECK(answer[0].status == 200);
    // Once the address lets go, it is served again.
    hog.clear();
    bool back = false;
    for (int i = 0; i < 50 && !back; ++i) {
        back = served(server.port());
        if (!back) std::this_thread::sleep_for(100ms);
    }
    CHECK(back);
}

TEST_CASE("SIGTERM lets a request in flight finish, then exits 0", "[server][limits][shutdown]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    // Hold the company's push lock so the push below stays in flight.
    server::PgConnection blocker(company.db.conninfo());
    server::PgTransaction hold(blocker);
    hold.exec("SELECT pg_advisory_xact_lock(1)");
    const std::string customer = test::uuid();
    json mutation = rep1.create("customer", test::customer_fields("In flight"), customer);
    mutation["seq"] = 1;
    const json body = {{"device_id", rep1.device_id()}, {"mutations", {mutation}}};
    const auto port = company.server->port();
    auto in_flight = std::async(std::launch::async, [&] {
        return test::api_request(port, "POST", "/v1/sync/push", body.dump(), rep1.token());
    });
    std::this_thread::sleep_for(500ms);
    const pid_t pid = company.server->pid();
    REQUIRE(::kill(pid, SIGTERM) == 0);
    std::this_thread::sleep_for(700ms);
    int status = 0;
    CHECK(::waitpid(pid, &status, WNOHANG) == 0);  // still draining
    CHECK(test::http_request(port, "GET", "/v1/health").status == 0);  // no longer accepting
    hold.commit();
    const auto answer = in_flight.get();
    INFO(answer.body << answer.error);
    CHECK(answer.status == 200);
    CHECK(json::parse(answer.body)["verdicts"][0]["status"] == "applied");
    CHECK(company.server->stop() == 0);
    CHECK(company.query("SELECT count(*) FROM customer WHERE id = '" + customer + "'") == "1");
}

TEST_CASE("bad limit options stop crm-server with a clear error", "[server][limits]") {
    for (const std::vector<std::string>& bad :
         {std::vector<std::string>{"--max-connections", "0"}, {"--request-timeout", "soon"}, {"--idle-timeout", "-1"},
          {"--max-header-bytes", "10"}, {"--max-requests-per-connection", "0"}, {"--shutdown-grace", "9999"}}) {
        std::vector<std::string> args{"--db", "host=/nonexistent", "--listen", "127.0.0.1:0"};
        args.insert(args.end(), bad.begin(), bad.end());
        const auto r = test::run_process(test::server_binary(), args);
        INFO(bad[0] << " " << bad[1] << ": " << r.err);
        CHECK(r.exit_code != 0);
        CHECK(r.err.find(bad[0]) != std::string::npos);
    }
}
