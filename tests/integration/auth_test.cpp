// Health, sign-in and tokens over real HTTP.
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

TEST_CASE("health answers without a protocol header", "[server][auth]") {
    test::Company company;
    auto r = test::http_request(company.server->port(), "GET", "/v1/health");
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body) == json({{"status", "ok"}, {"protocol", 1}}));
    CHECK(company.server->stop() == 0);  // SIGTERM ends it cleanly
}

TEST_CASE("login returns a token and the user, bad credentials get one answer", "[server][auth]") {
    test::Company company;
    const std::string device = test::uuid();
    auto login = [&](const std::string& user, const std::string& password) {
        json body = {{"login", user}, {"password", password}, {"device_id", device}};
        return test::api_request(company.server->port(), "POST", "/v1/auth/login", body.dump());
    };
    auto ok = login("manager", "pw");
    REQUIRE(ok.status == 200);
    const json body = json::parse(ok.body);
    CHECK(body["token"].get<std::string>().size() == 64);
    CHECK(body["user"]["login"] == "manager");
    CHECK(body["user"]["role"] == "manager");
    CHECK(body["user"]["id"] == company.user_id("manager"));
    // only the hash is stored
    CHECK(company.count("auth_token WHERE token_hash = '" + body["token"].get<std::string>() + "'") == 0);
    CHECK(company.count("auth_token") == 1);

    auto wrong = login("manager", "nope");
    auto unknown = login("nobody", "pw");
    CHECK(wrong.status == 401);
    CHECK(unknown.status == 401);
    CHECK(wrong.body == unknown.body);
    CHECK(json::parse(wrong.body)["error"]["code"] == "invalid_credentials");
    CHECK(company.count("auth_token") == 1);

    company.query("UPDATE app_user SET active = false WHERE login = 'manager'");
    CHECK(login("manager", "pw").status == 401);
    auto pull = test::api_request(company.server->port(), "GET", "/v1/sync/pull", "", body["token"]);
    CHECK(pull.status == 401);
    CHECK(json::parse(pull.body)["error"]["code"] == "account_deactivated");
}

TEST_CASE("expired tokens and pushes from another device are refused", "[server][auth]") {
    test::Company company;
    test::Device rep1(company, "rep1");
    company.query("UPDATE auth_token SET expires_at = now() - interval '1 second'");
    auto expired = test::api_request(company.server->port(), "GET", "/v1/sync/pull", "", rep1.token());
    CHECK(expired.status == 401);

    test::Device rep2(company, "rep2");
    const auto before = company.fingerprint();
    json body = {{"device_id", test::uuid()},
                 {"mutations", json::array({rep2.create("customer", test::customer_fields("Other device"))})}};
    body["mutations"][0]["seq"] = 1;
    auto r = rep2.push_raw(body);
    CHECK(r.status == 400);
    CHECK(json::parse(r.body)["error"]["code"] == "device_mismatch");
    CHECK(company.fingerprint() == before);
}
