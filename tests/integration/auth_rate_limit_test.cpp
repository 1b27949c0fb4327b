// Sign-in rate limiting: 5 failures per login and 20 per client address in 15 minutes get 429
// with Retry-After; a successful sign-in resets the login's count.
#include "auth_helpers.h"
#include "scenario.h"

#include <catch2/catch.hpp>

#include <future>
#include <vector>

using namespace crm;
using nlohmann::json;

TEST_CASE("five failed sign-ins lock the login with 429 and Retry-After", "[server][auth]") {
    test::Company company;
    const auto port = company.server->port();
    for (int i = 0; i < 5; ++i) CHECK(test::sign_in(port, "rep1", "wrong").status == 401);
    const long tokens = company.count("auth_token");

    auto blocked = test::sign_in(port, "rep1", "pw");  // even the right password waits
    CHECK(blocked.status == 429);
    CHECK(test::error_code(blocked) == "too_many_attempts");
    CHECK(json::parse(blocked.body)["error"]["message"].get<std::string>().find("for this login") != std::string::npos);
    REQUIRE(blocked.headers.count("retry-after") == 1);
    const int retry = std::stoi(blocked.headers["retry-after"]);
    CHECK(retry > 15 * 60 - 30);
    CHECK(retry <= 15 * 60);
    CHECK(company.count("auth_token") == tokens);
    CHECK(company.count("sign_in_failure") == 5);  // refused attempts are not counted again

    CHECK(test::sign_in(port, "rep2", "pw").status == 200);  // other logins are not affected

    // once the oldest failure leaves the window the login may try again
    company.query("UPDATE sign_in_failure SET failed_at = failed_at - interval '15 minutes' "
                  "WHERE failed_at = (SELECT min(failed_at) FROM sign_in_failure)");
    CHECK(test::sign_in(port, "rep1", "pw").status == 200);
}

TEST_CASE("a successful sign-in resets the login's failures", "[server][auth]") {
    test::Company company;
    const auto port = company.server->port();
    for (int i = 0; i < 4; ++i) CHECK(test::sign_in(port, "rep1", "wrong").status == 401);
    CHECK(test::sign_in(port, "rep1", "pw").status == 200);
    CHECK(company.count("sign_in_failure WHERE login = 'rep1'") == 0);
    for (int i = 0; i < 4; ++i) CHECK(test::sign_in(port, "rep1", "wrong").status == 401);
    CHECK(test::sign_in(port, "rep1", "pw").status == 200);
}

TEST_CASE("twenty failures from one address lock that address for every login", "[server][auth]") {
    test::Company company;
    const auto port = company.server->port();
    // unknown logins count too (and get the same answer as wrong passwords)
    for (int i = 0; i < 20; ++i) CHECK(test::sign_in(port, "guess" + std::to_string(i), "x").status == 401);
    auto blocked = test::sign_in(port, "rep3", "pw");
    CHECK(blocked.status == 429);
    CHECK(json::parse(blocked.body)["error"]["message"].get<std::string>().find("from this address") !=
          std::string::npos);
    CHECK(blocked.headers.count("retry-after") == 1);
    CHECK(company.query("SELECT DISTINCT address FROM sign_in_failure") == "127.0.0.1");
}

TEST_CASE("concurrent wrong sign-ins cannot pass the limit together", "[server][auth]") {
    test::Company company;
    const auto port = company.server->port();
    // Every attempt is counted before its password is checked, so the 5 allowed ones are used up
    // by the first five to arrive, however many run at once.
    std::vector<std::future<int>> attempts;
    for (int i = 0; i < 16; ++i)
        attempts.push_back(std::async(std::launch::async, [port] { return test::sign_in(port, "rep1", "wrong").status; }));
    int wrong = 0, limited = 0;
    for (auto& attempt : attempts) {
        const int status = attempt.get();
        if (status == 401) ++wrong;
        else if (status == 429) ++limited;
    }
    CHECK(wrong == 5);
    CHECK(limited == 11);
    CHECK(company.count("sign_in_failure WHERE login = 'rep1'") == 5);
}

namespace {

test::RawResponse sign_in_via(unsigned short port, const std::string& login, const std::string& password,
                              const std::string& forwarded_for) {
    const json body = {{"login", login}, {"password", password}, {"device_id", test::uuid()}};
    return test::http_request(port, "POST", "/v1/auth/login", body.dump(),
                              {{"X-CRM-Protocol", "1"}, {"X-Forwarded-For", forwarded_for}});
}

}  // namespace

TEST_CASE("behind a trusted proxy the address limit counts the forwarded client, not the proxy", "[server][auth]") {
    test::Company company;
    SECTION("the peer is not trusted: X-Forwarded-For is ignored") {
        CHECK(sign_in_via(company.server->port(), "rep1", "wrong", "198.51.100.1").status == 401);
        CHECK(company.query("SELECT address FROM sign_in_failure") == "127.0.0.1");
    }
    SECTION("the peer is a trusted proxy") {
        test::ServerProcess proxied(company.db.conninfo(), {"--trusted-proxies", "127.0.0.0/8"});
        const auto port = proxied.port();
        // a client forging an address left of the proxy's entry is counted under its real one
        for (int i = 0; i < 20; ++i)
            CHECK(sign_in_via(port, "guess" + std::to_string(i), "x", "10.9.9." + std::to_string(i) + ", 198.51.100.1")
                      .status == 401);
        CHECK(company.query("SELECT string_agg(DISTINCT address, ',') FROM sign_in_failure") == "198.51.100.1");
        CHECK(sign_in_via(port, "rep3", "pw", "198.51.100.1").status == 429);  // that client is locked out
        CHECK(sign_in_via(port, "rep3", "pw", "198.51.100.2").status == 200);  // others behind the proxy are not
    }
    SECTION("a bad trusted-proxies list stops the server with one line") {
        auto r = test::run_process(test::server_binary(), {"--db", company.db.conninfo(), "--listen", "127.0.0.1:0",
                                                           "--trusted-proxies", "10.0.0.0/8, proxy.example"});
        CHECK(r.exit_code == 2);
        CHECK(r.err.find("proxy.example") != std::string::npos);
    }
}
