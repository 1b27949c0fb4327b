// Bad input over real HTTP gets a clear 4xx JSON error and changes nothing.
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

/// A 4xx with {"error": {"code": code, "message": non-empty}}.
void check_error(const test::RawResponse& r, int status, const std::string& code) {
    INFO(r.body << r.error);
    CHECK(r.status == status);
    const json body = json::parse(r.body, nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["error"]["code"] == code);
    CHECK(!body["error"]["message"].get<std::string>().empty());
}

}  // namespace

TEST_CASE("bad requests get a 4xx JSON error and change nothing", "[server][bad_input]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    const std::string customer = test::uuid();
    rep1.push({rep1.create("customer", test::customer_fields("Existing"), customer)});
    const json before = company.fingerprint();
    const auto port = company.server->port();
    const std::string token = rep1.token();
    auto push = [&](const std::string& body) { return test::api_request(port, "POST", "/v1/sync/push", body, token); };
    const json good_mutation = {{"seq", 100}, {"entity", "customer"}, {"id", test::uuid()}, {"op", "create"},
                                {"fields", test::customer_fields("New")}};
    auto with = [&](const char* key, json value) {
        json m = good_mutation;
        m[key] = std::move(value);
        return json{{"device_id", rep1.device_id()}, {"mutations", {m}}}.dump();
    };

    SECTION("malformed JSON") {
        auto r = push("{\"device_id\": ");
        check_error(r, 400, "bad_request");
        CHECK(r.body.find("malformed JSON") != std::string::npos);
        check_error(test::api_request(port, "POST", "/v1/auth/login", "not json"), 400, "bad_request");
    }
    SECTION("JSON the fuzzers found: a number beyond a double, nesting deep enough to exhaust the stack") {
        auto huge = push("{\"device_id\": \"" + rep1.device_id() + "\", \"mutations\": 1e400}");
        check_error(huge, 400, "bad_request");
        check_error(test::api_request(port, "POST", "/v1/auth/login", "{\"login\": 1e400}"), 400, "bad_request");
        const std::size_t depth = 300000;  // ~600 KB, under the 1 MB body limit
        const std::string nested = "{\"a\":" + std::string(depth, '[') + std::string(depth, ']') + "}";
        auto r = push("{\"device_id\":\"" + rep1.device_id() + "\",\"mutations\":[{\"seq\":100,\"entity\":\"customer\",\"id\":\"" +
                      customer + "\",\"op\":\"update\",\"fields\":" + nested + "}]}");
        check_error(r, 400, "bad_request");
        CHECK(r.body.find("nested deeper") != std::string::npos);
        CHECK(test::http_request(port, "GET", "/v1/health").status == 200);  // still up
    }
    SECTION("wrong types") {
        check_error(push(with("seq", "one")), 400, "bad_request");
        check_error(push(with("fields", json::array())), 400, "bad_request");
        check_error(push(with("op", "upsert")), 400, "bad_request");
        check_error(push(with("id", "not-a-uuid")), 400, "bad_request");
        check_error(push(json{{"device_id", rep1.device_id()}, {"mutations", "all"}}.dump()), 400, "bad_request");
        check_error(push("[]"), 400, "bad_request");
    }
    SECTION("unknown members") {
        auto r = push(with("priority", "high"));
        check_error(r, 400, "bad_request");
        CHECK(r.body.find("priority") != std::string::npos);
        check_error(push(json{{"device_id", rep1.device_id()}, {"mutations", json::array()}, {"extra", 1}}.dump()), 400,
                    "bad_request");
        check_error(test::api_request(port, "POST", "/v1/auth/login",
                                      json{{"login", "rep1"}, {"password", "pw"}, {"device_id", test::uuid()}, {"admin", true}}.dump()),
                    400, "bad_request");
    }
    SECTION("unknown entity fields and wrong field types are rejected verdicts") {
        json m = good_mutation;
        m["fields"]["favourite_colour"] = "blue";
        json m2 = good_mutation;
        m2["seq"] = 101;
        m2["id"] = test::uuid();
        m2["fields"]["latitude"] = "north";
        auto r = push(json{{"device_id", rep1.device_id()}, {"mutations", {m, m2}}}.dump());
        REQUIRE(r.status == 200);
        const json body = json::parse(r.body);
        CHECK(body["verdicts"][0]["code"] == "invalid");
        CHECK(body["verdicts"][0]["message"].get<std::string>().find("favourite_colour") != std::string::npos);
        CHECK(body["verdicts"][1]["code"] == "invalid");
        CHECK(company.dump_as("hq") == before["dump"]);
        return;
    }
    SECTION("missing, unknown and malformed tokens") {
        check_error(test::api_request(port, "GET", "/v1/sync/pull"), 401, "unauthorized");
        check_error(test::api_request(port, "GET", "/v1/sync/pull", "", std::string(64, 'a')), 401, "unauthorized");
        check_error(test::http_request(port, "GET", "/v1/sync/pull", "", {{"X-CRM-Protocol", "1"}, {"Authorization", "Basic x"}}),
                    401, "unauthorized");
        check_error(test::api_request(port, "POST", "/v1/sync/push", with("seq", 5)), 401, "unauthorized");
    }
    SECTION("wrong or missing protocol header") {
        auto r = test::http_request(port, "POST", "/v1/sync/push", with("seq", 5), {{"X-CRM-Protocol", "2"}, {"Authorization", "Bearer " + token}});
        check_error(r, 400, "protocol_mismatch");
        CHECK(r.body.find("protocol 1") != std::string::npos);
        CHECK(r.body.find("'2'") != std::string::npos);
        check_error(test::http_request(port, "GET", "/v1/sync/pull", "", {{"Authorization", "Bearer " + token}}), 400,
                    "protocol_mismatch");
    }
    SECTION("a body over the 1 MiB limit") {
        json m = good_mutation;
        m["fields"]["name"] = std::string(1100 * 1024, 'x');
        auto r = push(json{{"device_id", rep1.device_id()}, {"mutations", {m}}}.dump());
        check_error(r, 413, "payload_too_large");
    }
    SECTION("bad pull queries, unknown paths and methods") {
        check_error(test::api_request(port, "GET", "/v1/sync/pull?cursor=-1", "", token), 400, "bad_request");
        check_error(test::api_request(port, "GET", "/v1/sync/pull?limit=100000", "", token), 400, "bad_request");
        check_error(test::api_request(port, "GET", "/v1/sync/pull?limit=0", "", token), 400, "bad_request");
        check_error(test::api_request(port, "GET", "/v1/sync/pull?cursor=1x", "", token), 400, "bad_request");
        check_error(test::api_request(port, "GET", "/v1/nothing", "", token), 404, "not_found");
        check_error(test::api_request(port, "GET", "/v1/sync/push", "", token), 405, "method_not_allowed");
    }
    CHECK(company.fingerprint() == before);
}
