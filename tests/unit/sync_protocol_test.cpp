#include "crm/sync/hlc.h"
#include "crm/sync/protocol.h"

#include <catch2/catch.hpp>

using nlohmann::json;
using namespace crm::sync;

namespace {
const std::string kId = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e8f";
const std::string kDevice = "0b0c2f1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";
}  // namespace

TEST_CASE("push requests round-trip") {
    Mutation m{7, "customer", kId, MutationOp::update, {{"phone", "123"}}, {{"phone", 42}}, "0000000000001-000000-x"};
    PushRequest request{kDevice, {m}};
    auto decoded = decode_push_request(json::parse(to_json(request).dump()));
    REQUIRE(decoded.ok());
    REQUIRE(decoded->mutations.size() == 1);
    const Mutation& d = decoded->mutations[0];
    CHECK(d.seq == 7);
    CHECK(d.op == MutationOp::update);
    CHECK(d.fields == m.fields);
    CHECK(d.base_versions == m.base_versions);
    CHECK(d.hlc == m.hlc);
}

TEST_CASE("malformed push requests get a clear bad_request") {
    auto message = [](const json& j) {
        auto r = decode_push_request(j);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == "bad_request");
        return r.error().message;
    };
    CHECK(message(json::array()) == "push must be a JSON object");
    CHECK(message({{"device_id", kDevice}}) == "push.mutations is required");
    CHECK(message({{"device_id", "x"}, {"mutations", json::array()}}) == "push.device_id must be a lower-case UUID");
    CHECK(message({{"device_id", kDevice}, {"mutations", {{{"seq", "1"}}}}}) == "mutation.seq must be an integer");
    CHECK(message({{"device_id", kDevice},
                   {"mutations", {{{"seq", 1}, {"entity", "customer"}, {"id", kId}, {"op", "upsert"}}}}}) ==
          "mutation.op must be create, update or delete, not 'upsert'");
    CHECK(message({{"device_id", kDevice},
                   {"mutations",
                    {{{"seq", 1}, {"entity", "customer"}, {"id", kId}, {"op", "update"}, {"base_versions", {{"a", -1}}}}}}}) ==
          "mutation.base_versions must map field names to non-negative integers");
    json many = json::array();
    for (std::size_t i = 0; i <= kMaxPushMutations; ++i) many.push_back({{"seq", 1}});
    CHECK(message({{"device_id", kDevice}, {"mutations", many}}).find("at most 500") != std::string::npos);
}

TEST_CASE("pull responses and verdicts round-trip") {
    PullResponse page;
    page.changes.push_back({"customer", kId, 12, false, {{"id", kId}, {"name", "A"}}, {{"name", 12}}});
    page.changes.push_back({"visit", kDevice, 13, true, nullptr, {}});
    page.evictions.push_back({"contact", kId});
    page.cursor = 13;
    page.has_more = true;
    auto decoded = decode_pull_response(json::parse(to_json(page).dump()));
    REQUIRE(decoded.ok());
    CHECK(decoded->changes.size() == 2);
    CHECK(decoded->changes[1].deleted);
    CHECK(decoded->changes[0].field_versions.at("name") == 12);
    CHECK(decoded->evictions.at(0).entity == "contact");
    CHECK(decoded->cursor == 13);
    CHECK(decoded->has_more);

    PushResponse response{{{1, VerdictStatus::merged, "", "kept newer", {"phone"}}}};
    auto verdicts = decode_push_response(to_json(response));
    REQUIRE(verdicts.ok());
    CHECK(verdicts->verdicts[0].status == VerdictStatus::merged);
    CHECK(verdicts->verdicts[0].lost_fields == std::vector<std::string>{"phone"});
}

TEST_CASE("error bodies and malformed JSON") {
    const auto e = parse_error_body(error_body({"forbidden", "no"}).dump(), 403);
    CHECK(e.code == "forbidden");
    CHECK(e.message == "no");
    CHECK(parse_error_body("<html>", 502).code == "http_502");
    auto bad = parse_json("{\"a\":");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.rfind("malformed JSON", 0) == 0);
}

TEST_CASE("a number too large for a double is malformed JSON, not an exception (found by fuzzing)") {
    auto huge = parse_json("{\"seq\": 1e400}");
    REQUIRE_FALSE(huge.ok());
    CHECK(huge.error().code == "bad_request");
    CHECK(parse_error_body("{\"error\": 1e400}", 500).code == "http_500");
}

TEST_CASE("an error body with an empty or non-string code falls back to the HTTP status (found by fuzzing)") {
    // The hour-long campaign of sync_protocol_fuzz found the empty code; the other shapes threw.
    CHECK(parse_error_body(R"({"error": {"code": "", "message": "no"}})", 400).code == "http_400");
    CHECK(parse_error_body(R"({"error": {"code": "", "message": "no"}})", 400).message == "no");
    CHECK(parse_error_body(R"({"error": {"code": 7, "message": ["x"]}})", 409).code == "http_409");
    CHECK(parse_error_body(R"({"error": {"code": 7, "message": ["x"]}})", 409).message == "the server answered HTTP 409");
    CHECK(parse_error_body(R"({"error": {"code": null}})", 503).code == "http_503");
}

TEST_CASE("JSON nested deeper than kMaxJsonDepth is refused before it can exhaust the stack") {
    const auto nested = [](std::size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); };
    CHECK(parse_json(nested(kMaxJsonDepth)).ok());
    auto deep = parse_json(nested(kMaxJsonDepth + 1));
    REQUIRE_FALSE(deep.ok());
    CHECK(deep.error().message.find("nested deeper than") != std::string::npos);
    CHECK_FALSE(parse_json(nested(300000)).ok());  // a copy of this would overflow the stack
    CHECK(parse_json("{\"a\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\\"\"}").ok());
}

TEST_CASE("HLC times order as strings and survive clock skew") {
    HybridClock clock("dev-a");
    const auto t1 = clock.now(1000);
    const auto t2 = clock.now(1000);
    const auto t3 = clock.now(999);  // wall clock stepped back
    CHECK(t1 < t2);
    CHECK(t2 < t3);
    CHECK(t1.encode() < t2.encode());
    CHECK(t2.encode() < t3.encode());
    clock.observe(HlcTime{5000, 3, "dev-b"});
    CHECK(clock.now(1000).wall_ms == 5000);
    CHECK(parse_hlc(t3.encode()) == t3);
    CHECK_FALSE(parse_hlc("garbage").has_value());
    CHECK(clamp_hlc(HlcTime{10'000'000, 4, "x"}, 1000, 60'000).wall_ms == 1000);
    CHECK(clamp_hlc(HlcTime{2000, 4, "x"}, 1000, 60'000).wall_ms == 2000);
}

TEST_CASE("a duplicate verdict stands for the outcome of the first time") {
    using S = VerdictStatus;
    CHECK(first_outcome({1, S::duplicate, "", "", {}}) == S::applied);
    CHECK(first_outcome({1, S::duplicate, "forbidden", "", {}}) == S::rejected);
    CHECK(first_outcome({1, S::duplicate, "", "", {"industry"}}) == S::merged);
    CHECK(first_outcome({1, S::duplicate, kOutOfScopeCode, "", {}}) == S::applied);
    CHECK(first_outcome({1, S::merged, "", "", {"x"}}) == S::merged);
}
