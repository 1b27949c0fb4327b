// The request log: one JSON line per request with its fields, X-Request-Id on every answer,
// and never a password or a token.
#include "ops_support.h"
#include "scenario.h"

#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace crm;
using nlohmann::json;

namespace {

std::vector<json> log_lines(const std::string& text) {
    std::vector<json> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(json::parse(line));  // throws if not JSON
    return lines;
}

const json* line_with_id(const std::vector<json>& lines, const std::string& id) {
    for (const auto& l : lines)
        if (l["request_id"] == id) return &l;
    return nullptr;
}

}  // namespace

TEST_CASE("crm-server logs one JSON line per request, without secrets", "[server][ops]") {
    test::TestDatabase db;
    const std::string password = "Zebra-Quartz-4711";
    {
        server::PgConnection conn(db.conninfo());
        REQUIRE(server::add_unit(conn, server::kDefaultCompany, "North Team", ""));
        REQUIRE(server::add_user(conn, server::kDefaultCompany, {"loggy", "rep", "North Team", "Loggy", password}));
    }
    test::TempPath log(".log");
    test::ServerProcess server(db.conninfo(), {"--log-file", log.path()});
    const auto port = server.port();
    const std::map<std::string, std::string> protocol{{"X-CRM-Protocol", "1"}};
    const std::string device = test::uuid();
    auto with_id = [&](std::map<std::string, std::string> headers, const std::string& id) {
        headers["X-Request-Id"] = id;
        return headers;
    };

    auto login = test::http_request(port, "POST", "/v1/auth/login",
                                    json{{"login", "loggy"}, {"password", password}, {"device_id", device}}.dump(),
                                    with_id(protocol, "login-1"));
    INFO(login.body);
    REQUIRE(login.status == 200);
    CHECK(login.headers["x-request-id"] == "login-1");
    const std::string token = json::parse(login.body)["token"];
    auto wrong = test::http_request(port, "POST", "/v1/auth/login",
                                    json{{"login", "loggy"}, {"password", "Wrong-Walrus-99"}, {"device_id", device}}.dump(),
                                    with_id(protocol, "login-2"));
    CHECK(wrong.status == 401);
    auto authed = protocol;
    authed["Authorization"] = "Bearer " + token;
    auto pull = test::http_request(port, "GET", "/v1/sync/pull?cursor=0&limit=10", "", with_id(authed, "pull-1"));
    CHECK(pull.status == 200);
    auto push = test::http_request(port, "POST", "/v1/sync/push",
                                   json{{"device_id", device}, {"mutations", json::array()}}.dump(), authed);
    CHECK(push.status == 200);
    const std::string generated = push.headers["x-request-id"];
    CHECK(!generated.empty());
    // An id a client made up that is unfit for a log is replaced.
    auto odd = test::http_request(port, "GET", "/v1/health", "", {{"X-Request-Id", "has spaces \"and quotes\""}});
    CHECK(odd.headers["x-request-id"].find(' ') == std::string::npos);
    CHECK(test::api_request(port, "GET", "/v1/no/such/thing/123").status == 404);
    server.stop();

    const std::string text = log.read();
    INFO(text);
    CHECK(text.find(password) == std::string::npos);
    CHECK(text.find("Wrong-Walrus-99") == std::string::npos);
    CHECK(text.find(token) == std::string::npos);
    const auto lines = log_lines(text);
    CHECK(lines.size() == 6);

    const json* l = line_with_id(lines, "pull-1");
    REQUIRE(l);
    CHECK((*l)["method"] == "GET");
    CHECK((*l)["route"] == "/v1/sync/pull");  // no query string
    CHECK((*l)["status"] == 200);
    CHECK((*l)["user"] == "loggy");
    CHECK((*l)["bytes"] == pull.body.size());
    CHECK((*l)["duration_ms"].is_number());
    CHECK((*l)["duration_ms"].get<double>() >= 0);
    const std::string time = (*l)["time"];
    CHECK(time.size() == 24);
    CHECK(time.back() == 'Z');

    REQUIRE(line_with_id(lines, "login-1"));
    CHECK((*line_with_id(lines, "login-1"))["user"] == "loggy");
    REQUIRE(line_with_id(lines, "login-2"));
    CHECK((*line_with_id(lines, "login-2"))["status"] == 401);
    CHECK((*line_with_id(lines, "login-2"))["user"].is_null());
    REQUIRE(line_with_id(lines, generated));
    CHECK((*line_with_id(lines, generated))["route"] == "/v1/sync/push");
    CHECK(lines.back()["route"] == "unknown");
    CHECK(lines.back()["status"] == 404);
}
