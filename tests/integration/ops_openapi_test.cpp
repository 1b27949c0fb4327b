// The OpenAPI document served at /v1/openapi.json matches the routes the server answers
// (crm::server::kRoutes), both ways.
#include "scenario.h"

#include "crm/server/api/routes.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>

using namespace crm;
using nlohmann::json;

namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

}  // namespace

TEST_CASE("GET /v1/openapi.json describes exactly the routes the server answers", "[server][ops]") {
    test::TestDatabase db;
    test::ServerProcess server(db.conninfo());
    auto r = test::http_request(server.port(), "GET", "/v1/openapi.json");
    REQUIRE(r.status == 200);
    const json doc = json::parse(r.body, nullptr, false);
    REQUIRE(!doc.is_discarded());
    CHECK(doc["openapi"].get<std::string>().rfind("3.0", 0) == 0);
    REQUIRE(doc["paths"].is_object());
    std::ifstream source(std::string(CRM_SOURCE_DIR) + "/server/openapi.json");
    CHECK(doc == json::parse(source));  // served as built from the repository's file

    for (const auto& route : server::kRoutes) {
        INFO(route.method << " " << route.path);
        const std::string path(route.path);
        REQUIRE(doc["paths"].contains(path));
        CHECK(doc["paths"][path].contains(lower(route.method)));
    }
    for (const auto& [path, operations] : doc["paths"].items()) {
        for (const auto& [method, operation] : operations.items()) {
            INFO(method << " " << path);
            CHECK(operation.contains("responses"));
            std::string verb = method;
            std::transform(verb.begin(), verb.end(), verb.begin(), [](unsigned char c) { return std::toupper(c); });
            const auto* route = server::find_route(path);
            REQUIRE(route);
            CHECK(route->method == verb);
            // Answered: whatever the status (400 for an empty body, 401 without a token), not 404/405.
            auto answer = test::api_request(server.port(), verb, path, verb == "POST" ? "{}" : "");
            CHECK(answer.status != 0);
            CHECK(answer.status != 404);
            CHECK(answer.status != 405);
        }
    }
    // And an unknown path is 404, so the check above means something.
    CHECK(test::api_request(server.port(), "GET", "/v1/not-in-the-document").status == 404);
}

TEST_CASE("the OpenAPI document states security, protocol header and Retry-After as the code does", "[server][ops]") {
    std::ifstream source(std::string(CRM_SOURCE_DIR) + "/server/openapi.json");
    const json doc = json::parse(source);
    CHECK(doc["info"]["license"]["name"].is_string());
    const std::string description = doc["info"]["description"];
    for (const auto& route : server::kRoutes) {
        INFO(route.method << " " << route.path);
        const json& operation = doc["paths"][std::string(route.path)][lower(route.method)];
        // Every operation says whether it needs a token: [] for the open ones.
        REQUIRE(operation.contains("security"));
        const bool open = operation["security"].empty();
        CHECK(open == (route.path == "/v1/health" || route.path == "/v1/ready" || route.path == "/v1/openapi.json" ||
                       route.path == "/metrics" || route.path == "/v1/auth/login"));
        // The routes without the protocol header are the ones the description names as such.
        const bool named_as_exception = description.find(std::string(route.path) + " ") != std::string::npos ||
                                        description.find(std::string(route.path) + ",") != std::string::npos ||
                                        description.find(std::string(route.path) + " (") != std::string::npos;
        CHECK(named_as_exception == !route.needs_protocol);
        for (const auto& [status, response] : operation["responses"].items()) {
            INFO(status);
            if (status == "429") CHECK(response["headers"].contains("Retry-After"));
            // 405 answers other methods; a GET/POST operation never gets it for itself.
            CHECK(status != "405");
        }
    }
}
