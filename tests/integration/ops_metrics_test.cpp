// GET /metrics (Prometheus text) counts requests and push verdicts; GET /v1/ready follows the
// database.
#include "ops_support.h"
#include "scenario.h"

#include "crm/server/db/pg.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace crm;
using nlohmann::json;

namespace {

/// The value of the sample line starting with `series` (name and labels), or -1 when absent.
double sample(const std::string& exposition, const std::string& series) {
    const auto at = exposition.find("\n" + series + " ");
    if (at == std::string::npos) return -1;
    return std::stod(exposition.substr(at + series.size() + 2));
}

std::string scrape(unsigned short port) {
    auto r = test::http_request(port, "GET", "/metrics");
    REQUIRE(r.status == 200);
    CHECK(r.headers["content-type"].rfind("text/plain; version=0.0.4", 0) == 0);
    return r.body;
}

}  // namespace

TEST_CASE("GET /metrics counts requests by route and status, push verdicts, and shows the pool", "[server][ops]") {
    test::Company company;
    const auto port = company.server->port();
    test::Device rep1(company, "rep1");
    const std::string health = R"(crm_http_requests_total{route="/v1/health",status="200"})";
    const std::string applied = R"(crm_push_verdicts_total{verdict="applied"})";

    const std::string before = scrape(port);
    const double health_before = std::max(0.0, sample(before, health));
    const double applied_before = std::max(0.0, sample(before, applied));
    REQUIRE(test::http_request(port, "GET", "/v1/health").status == 200);
    rep1.push({rep1.create("customer", test::customer_fields("Counted"))});
    CHECK(test::api_request(port, "GET", "/nowhere/42").status == 404);

    const std::string after = scrape(port);
    INFO(after);
    CHECK(sample(after, health) == health_before + 1);
    CHECK(sample(after, applied) == applied_before + 1);
    CHECK(sample(after, R"(crm_http_requests_total{route="unknown",status="404"})") == 1);
    CHECK(sample(after, R"(crm_http_requests_total{route="/v1/auth/login",status="200"})") >= 1);
    // The histogram: cumulative buckets ending in +Inf == count.
    const double count = sample(after, R"(crm_http_request_duration_seconds_count{route="/v1/sync/push"})");
    CHECK(count >= 1);
    CHECK(sample(after, R"(crm_http_request_duration_seconds_bucket{route="/v1/sync/push",le="+Inf"})") == count);
    CHECK(sample(after, R"(crm_http_request_duration_seconds_bucket{route="/v1/sync/push",le="10"})") <= count);
    CHECK(sample(after, "crm_live_devices") == 0);
    CHECK(sample(after, "crm_db_pool_size") == 5);  // --threads 4, plus one
    CHECK(sample(after, "crm_db_pool_open") >= 1);
    CHECK(sample(after, "crm_db_pool_in_use") == 0);
    CHECK(sample(after, "crm_db_pool_waiting") == 0);
    CHECK(after.find("# TYPE crm_http_request_duration_seconds histogram") != std::string::npos);

    SECTION("only GET") { CHECK(test::http_request(port, "POST", "/metrics", "{}").status == 405); }
}

TEST_CASE("GET /v1/ready is 200 while the database answers, 503 once it is gone", "[server][ops]") {
    auto db = std::make_unique<test::TestDatabase>();
    test::ServerProcess server(db->conninfo());
    auto ready = test::http_request(server.port(), "GET", "/v1/ready");
    CHECK(ready.status == 200);
    CHECK(json::parse(ready.body) == json{{"status", "ready"}});

    db.reset();  // DROP DATABASE ... WITH (FORCE) under the running server
    auto gone = test::http_request(server.port(), "GET", "/v1/ready");
    INFO(gone.body);
    CHECK(gone.status == 503);
    const json body = json::parse(gone.body);
    CHECK(body["error"]["code"] == "unavailable");
    CHECK(body["error"]["message"].get<std::string>().find("the database does not answer") == 0);
    // The server itself keeps running and answering.
    CHECK(test::http_request(server.port(), "GET", "/v1/openapi.json").status == 200);
}
