// SyncClient and Retry-After: a 503 with Retry-After is waited out and the same request sent
// again (bounded tries, bounded total wait); a 429 is never retried. A scripted transport
// injects the faults; the waits are recorded, never slept.
#include "crm/sync/sync_client.h"

#include <catch2/catch.hpp>

#include <deque>
#include <filesystem>

using namespace crm::sync;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

/// Answers from a script, in order; records every request.
class ScriptedTransport : public Transport {
public:
    std::deque<HttpResponse> answers;
    std::vector<HttpRequest> requests;
    crm::Result<HttpResponse> send(const HttpRequest& request) override {
        requests.push_back(request);
        if (answers.empty()) return crm::Error{"unreachable", "script ran out"};
        auto answer = answers.front();
        answers.pop_front();
        return answer;
    }
};

HttpResponse busy(int seconds) {
    return {503, R"({"error":{"code":"database_unavailable","message":"the database is unavailable"}})", seconds};
}
HttpResponse ok_push(std::int64_t seq) {
    return {200, json{{"verdicts", {{{"seq", seq}, {"status", "applied"}}}}}.dump()};
}
HttpResponse ok_pull() {
    return {200, R"({"changes":[],"evictions":[],"cursor":0,"has_more":false,"scope_epoch":0,"reset":false})"};
}
HttpResponse ok_directory() { return {200, R"({"units":[],"users":[]})"}; }

struct SignedInReplica {
    std::filesystem::path dir;
    std::unique_ptr<Replica> replica;
    SignedInReplica() {
        dir = std::filesystem::temp_directory_path() /
              ("crm-retry-test-" + std::to_string(::getpid()) + "-" +
               std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::create_directories(dir);
        replica = std::move(*Replica::open((dir / "replica.sqlite").string()));
        replica->set_session(Session{"http://127.0.0.1:1", "token",
                                     {"0b0c2f1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e", "rep1", "rep",
                                      "1b0c2f1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e", "Rep One"}});
    }
    ~SignedInReplica() {
        replica.reset();
        std::filesystem::remove_all(dir);
    }
};

}  // namespace

TEST_CASE("a 503 with Retry-After during a push is waited out and the same push sent again") {
    SignedInReplica r;
    REQUIRE(r.replica->create("customer", {{"name", "Acme"}, {"kind", "company"}, {"lifecycle", "active"}}));
    ScriptedTransport transport;
    transport.answers = {busy(2), busy(3), ok_push(1), ok_pull(), ok_directory()};
    SyncClient client(*r.replica, transport);
    std::vector<std::chrono::seconds> waits;
    client.wait_before_retry = [&](std::chrono::seconds s) { waits.push_back(s); return true; };

    auto report = client.sync();
    REQUIRE(report.ok());
    CHECK(report->applied == 1);
    CHECK(waits == std::vector<std::chrono::seconds>{2s, 3s});
    REQUIRE(transport.requests.size() == 5);
    CHECK(transport.requests[0].body == transport.requests[2].body);  // the very same push
    CHECK(transport.requests[2].target == "/v1/sync/push");
    CHECK(r.replica->pending_count() == 0);
    CHECK_FALSE(client.retry_after());
}

TEST_CASE("a sync gives up after the allowed tries and says when to retry") {
    SignedInReplica r;
    ScriptedTransport transport;
    transport.answers = {busy(1), busy(1), busy(4)};
    SyncClient client(*r.replica, transport);
    std::vector<std::chrono::seconds> waits;
    client.wait_before_retry = [&](std::chrono::seconds s) { waits.push_back(s); return true; };

    auto report = client.sync();
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().code == "database_unavailable");
    CHECK_THAT(report.error().message, Catch::Contains("try again in 4 s"));
    CHECK(waits.size() == 2);  // three tries in all
    CHECK(transport.requests.size() == 3);
    REQUIRE(client.retry_after());
    CHECK(*client.retry_after() == 4s);
    CHECK(r.replica->status().last_sync_result == report.error().message);
}

TEST_CASE("the total wait of one sync is bounded") {
    SignedInReplica r;
    ScriptedTransport transport;
    transport.answers = {busy(20), busy(20)};
    SyncClient client(*r.replica, transport);
    client.retry_policy = RetryPolicy{5, 30s};
    std::vector<std::chrono::seconds> waits;
    client.wait_before_retry = [&](std::chrono::seconds s) { waits.push_back(s); return true; };

    auto report = client.sync();
    REQUIRE_FALSE(report.ok());
    CHECK(waits == std::vector<std::chrono::seconds>{20s});  // a second 20 s wait would pass 30 s
    CHECK(transport.requests.size() == 2);
    CHECK(*client.retry_after() == 20s);
}

TEST_CASE("a wait that is interrupted ends the sync at once") {
    SignedInReplica r;
    ScriptedTransport transport;
    transport.answers = {busy(2), ok_pull(), ok_directory()};
    SyncClient client(*r.replica, transport);
    client.wait_before_retry = [](std::chrono::seconds) { return false; };
    auto report = client.sync();
    REQUIRE_FALSE(report.ok());
    CHECK(transport.requests.size() == 1);
    CHECK(*client.retry_after() == 2s);
}

TEST_CASE("a 503 without Retry-After and other errors are not retried") {
    SignedInReplica r;
    ScriptedTransport transport;
    transport.answers = {{503, R"({"error":{"code":"database_unavailable","message":"down"}})"}};
    SyncClient client(*r.replica, transport);
    int waits = 0;
    client.wait_before_retry = [&](std::chrono::seconds) { ++waits; return true; };
    REQUIRE_FALSE(client.sync().ok());
    CHECK(waits == 0);
    CHECK(transport.requests.size() == 1);
    CHECK_FALSE(client.retry_after());
}

TEST_CASE("a sign-in refused by the rate limit is not retried and tells the wait") {
    SignedInReplica r;
    ScriptedTransport transport;
    transport.answers = {{429, R"({"error":{"code":"too_many_attempts","message":"too many attempts"}})", 840}};
    SyncClient client(*r.replica, transport);
    int waits = 0;
    client.wait_before_retry = [&](std::chrono::seconds) { ++waits; return true; };
    auto signed_in = client.login("http://127.0.0.1:1", "rep1", "wrong");
    REQUIRE_FALSE(signed_in.ok());
    CHECK(signed_in.error().code == "too_many_attempts");
    CHECK(waits == 0);
    CHECK(transport.requests.size() == 1);
    REQUIRE(client.retry_after());
    CHECK(*client.retry_after() == 840s);
}

TEST_CASE("Retry-After values: seconds only, capped") {
    CHECK(parse_retry_after("2") == 2);
    CHECK(parse_retry_after(" 17 ") == 17);
    CHECK(parse_retry_after("0") == 0);
    CHECK(parse_retry_after("999999999") == 86400);
    CHECK_FALSE(parse_retry_after(""));
    CHECK_FALSE(parse_retry_after("-3"));
    CHECK_FALSE(parse_retry_after("1.5"));
    CHECK_FALSE(parse_retry_after("Wed, 21 Oct 2026 07:28:00 GMT"));
    CHECK_FALSE(parse_retry_after("9999999999999"));
}
