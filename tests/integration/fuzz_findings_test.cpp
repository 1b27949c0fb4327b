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

TEST_CASE("a /v1/live upgrade with a bad WebSocket handshake gets a JSON error, not Beast's text", "[server][fuzz_findings]") {
    // Found by http_request_fuzz: an upgrade request that passed the session's checks (GET,
    // Connection: Upgrade, Upgrade: websocket, a valid token) but lacked Sec-WebSocket-Version was
    // refused by Beast's accept with a plain-text 400 body, unlike every other error.
    test::Company company;
    test::Device rep1(company, "rep1");
    const auto port = company.server->port();
    const std::string head = "GET /v1/live HTTP/1.1\r\nHost: 127.0.0.1\r\nX-CRM-Protocol: 1\r\nAuthorization: Bearer " +
                             rep1.token() + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n";
    struct Case {
        std::string headers;
        int status;
        std::string code;
    };
    const std::vector<Case> cases = {
        {"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n", 426, "upgrade_required"},  // no version
        {"Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 8\r\n", 426, "upgrade_required"},
        {"Sec-WebSocket-Version: 13\r\n", 400, "bad_request"},  // no key
        {"Sec-WebSocket-Key: " + std::string(40, 'A') + "\r\nSec-WebSocket-Version: 13\r\n", 400, "bad_request"},
    };
    for (const auto& c : cases) {
        auto answer = answer_to(port, head + c.headers + "\r\n");
        INFO(c.headers << " -> " << answer.status << " " << answer.body);
        CHECK(answer.status == c.status);
        const json body = json::parse(answer.body, nullptr, false);
        REQUIRE(body.is_object());
        CHECK(body["error"]["code"] == c.code);
        if (c.status == 426) CHECK(answer.headers["sec-websocket-version"] == "13");
    }
    // No Host header at all.
    auto no_host = answer_to(port, "GET /v1/live HTTP/1.1\r\nX-CRM-Protocol: 1\r\nAuthorization: Bearer " + rep1.token() +
                                       "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                                       "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n");
    INFO(no_host.body);
    CHECK(no_host.status == 400);
    CHECK(json::parse(no_host.body, nullptr, false).is_object());
    // The well-formed upgrade is still accepted.
    test::RawConnection good(port);
    REQUIRE(good.send(head + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n"));
    good.read_until_closed(std::chrono::milliseconds(500));
    CHECK(good.received().rfind("HTTP/1.1 101", 0) == 0);
}

TEST_CASE("a management query value that is not UTF-8 gets 400, not 500", "[server][fuzz_findings]") {
    // Found by http_request_fuzz: GET /v1/audit?action=user<0xCD>deactivate reached PostgreSQL as
    // a text parameter, which refused the byte sequence: 500 "database error".
    test::Company company;
    test::Device hq(company, "hq");
    const auto port = company.server->port();
    for (const std::string query : {"action=user\xCD" "deactivate", "actor=%FF", "record=%C3%28", "since=2026-01-01T00:00:00Z&action=%ED%A0%80"}) {
        auto answer = answer_to(port, "GET /v1/audit?" + query + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-CRM-Protocol: 1\r\n"
                                      "Authorization: Bearer " + hq.token() + "\r\n\r\n");
        INFO(query << " -> " << answer.status << " " << answer.body);
        CHECK(answer.status == 400);
        CHECK(json::parse(answer.body, nullptr, false)["error"]["code"] == "bad_request");
    }
    // Valid UTF-8 (percent-encoded or not) is still a filter.
    auto ok = answer_to(port, "GET /v1/audit?action=%E7%94%A8%E6%88%B7 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-CRM-Protocol: 1\r\n"
                              "Authorization: Bearer " + hq.token() + "\r\n\r\n");
    INFO(ok.body);
    CHECK(ok.status == 200);
}
