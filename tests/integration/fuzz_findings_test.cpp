// Bugs the in-process HTTP fuzzer (tests/fuzz/http_request_fuzz.cpp) found, each reproduced
// over real HTTP against a real crm-server.
#include "raw_socket.h"
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

/// The single answer to `request` sent raw on a fresh connection.
test::ParsedResponse answer_to(unsigned short port, const std::string& request) {
    test::RawConnection connection(port);
    REQUIRE(connection.send(request));
    auto answers = connection.read_responses(1, std::chrono::seconds(10));
    REQUIRE(answers.size() == 1);
    return answers.front();
}

}  // namespace

TEST_CASE("a path or query value with invalid UTF-8 gets a 4xx JSON error, not 500", "[server][fuzz_findings]") {
    // Found by http_request_fuzz: the 404 message echoes the path, and dumping a JSON string
    // holding bytes like 0xFF threw, which the handler mapped to 500 "internal".
    test::Company company;
    test::Device hq(company, "hq");
    const auto port = company.server->port();

    auto not_found = answer_to(port, "DELETE /v1/n\xff\xff\xff" "ere?x=%zz HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                     "X-CRM-Protocol: 1\r\n\r\n");
    INFO(not_found.body);
    CHECK(not_found.status == 404);
    const json body = json::parse(not_found.body, nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["error"]["code"] == "not_found");
    CHECK(body["error"]["message"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD

    // A percent-encoded invalid byte in a management query is refused as bad input, also in JSON.
    auto report = answer_to(port, "GET /v1/reports/targets?month=2026-1%FF HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                  "X-CRM-Protocol: 1\r\nAuthorization: Bearer " + hq.token() + "\r\n\r\n");
    INFO(report.body);
    CHECK(report.status >= 400);
    CHECK(report.status < 500);
    CHECK(json::parse(report.body, nullptr, false).is_object());
}
