// Token expiry (sliding), --token-ttl-days, and per-device revocation with crm-admin device.
#include "auth_helpers.h"
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

test::RawResponse pull_with(const test::Company& company, const std::string& token) {
    return test::api_request(company.server->port(), "GET", "/v1/sync/pull", "", token);
}

/// Days from now to the token's expiry, rounded.
long days_left(const test::Company& company, const std::string& device_id) {
    return std::stol(company.query("SELECT round(extract(epoch FROM expires_at - now()) / 86400) FROM auth_token "
                                   "WHERE device_id = '" + device_id + "'"));
}

}  // namespace

TEST_CASE("an expired token gets 401 token_expired and each use slides the expiry", "[server][auth]") {
    test::Company company;
    const std::string device = test::uuid();
    const std::string token = test::token_of(test::sign_in(company.server->port(), "rep1", "pw", device));
    CHECK(days_left(company, device) == 30);  // the default lifetime
    CHECK(pull_with(company, token).status == 200);

    // Unused for 20 days: a use pushes the expiry back to 30 days from now.
    company.query("UPDATE auth_token SET last_seen_at = now() - interval '20 days', "
                  "expires_at = now() + interval '10 days'");
    CHECK(pull_with(company, token).status == 200);
    CHECK(days_left(company, device) == 30);
    CHECK(company.query("SELECT last_seen_at > now() - interval '1 minute' FROM auth_token") == "t");

    company.query("UPDATE auth_token SET expires_at = now() - interval '1 second'");
    auto expired = pull_with(company, token);
    CHECK(expired.status == 401);
    CHECK(test::error_code(expired) == "token_expired");
    CHECK(json::parse(expired.body)["error"]["message"].get<std::string>().find("expired after 30 days without use") != std::string::npos);
    // an expired token is not revived by being used
    CHECK(company.query("SELECT expires_at < now() FROM auth_token") == "t");
    auto push = test::api_request(company.server->port(), "POST", "/v1/sync/push",
                                  json({{"device_id", device}, {"mutations", json::array()}}).dump(), token);
    CHECK(test::error_code(push) == "token_expired");

    auto unknown = pull_with(company, std::string(64, 'a'));
    CHECK(unknown.status == 401);
    CHECK(test::error_code(unknown) == "unauthorized");
}

TEST_CASE("crm-server --token-ttl-days sets the lifetime and is validated", "[server][auth]") {
    test::Company company;
    test::ServerProcess short_lived(company.db.conninfo(), {"--token-ttl-days", "2"});
    const std::string device = test::uuid();
    const std::string token = test::token_of(test::sign_in(short_lived.port(), "rep1", "pw", device));
    CHECK(days_left(company, device) == 2);
    CHECK(company.query("SELECT lifetime_days FROM auth_token") == "2");
    CHECK(test::api_request(short_lived.port(), "GET", "/v1/sync/pull", "", token).status == 200);

    for (const char* bad : {"0", "3651", "-1", "ten", "1.5"}) {
        auto r = test::run_process(test::server_binary(),
                                   {"--db", company.db.conninfo(), "--listen", "127.0.0.1:0", "--token-ttl-days", bad});
        CHECK(r.exit_code != 0);
        CHECK(r.err.find("--token-ttl-days") != std::string::npos);
    }
}

TEST_CASE("crm-admin device list and revoke: the device's tokens stop at once", "[server][auth]") {
    test::Company company;
    const std::string phone = test::uuid(), tablet = test::uuid(), other = test::uuid();
    const auto port = company.server->port();
    const std::string phone_token = test::token_of(test::sign_in(port, "rep1", "pw", phone));
    const std::string phone_token2 = test::token_of(test::sign_in(port, "rep1", "pw", phone));
    const std::string tablet_token = test::token_of(test::sign_in(port, "rep1", "pw", tablet));
    const std::string other_token = test::token_of(test::sign_in(port, "rep2", "pw", other));
    const std::string db = company.db.conninfo();

    auto all = test::run_admin({"--db", db, "device", "list"});
    REQUIRE(all.exit_code == 0);
    CHECK(all.out.find("DEVICE") != std::string::npos);
    CHECK(all.out.find("LAST SEEN") != std::string::npos);
    for (const auto& id : {phone, tablet, other}) CHECK(all.out.find(id) != std::string::npos);
    auto mine = test::run_admin({"--db", db, "device", "list", "--user", "rep1"});
    REQUIRE(mine.exit_code == 0);
    CHECK(mine.out.find(phone) != std::string::npos);
    CHECK(mine.out.find(other) == std::string::npos);

    auto revoked = test::run_admin({"--db", db, "device", "revoke", phone});
    REQUIRE(revoked.exit_code == 0);
    CHECK(revoked.out.find("2 tokens revoked") != std::string::npos);
    for (const auto& token : {phone_token, phone_token2}) {
        auto r = pull_with(company, token);
        CHECK(r.status == 401);
        CHECK(test::error_code(r) == "token_revoked");
    }
    CHECK(pull_with(company, tablet_token).status == 200);
    CHECK(pull_with(company, other_token).status == 200);
    auto listed = test::run_admin({"--db", db, "device", "list", "--user", "rep1"});
    const auto line = listed.out.substr(listed.out.find(phone), listed.out.find('\n', listed.out.find(phone)) - listed.out.find(phone));
    CHECK(line.substr(line.size() - 3) == "yes");

    // signing in again on the revoked device works
    const std::string fresh = test::token_of(test::sign_in(port, "rep1", "pw", phone));
    CHECK(pull_with(company, fresh).status == 200);

    // bad input: one clear line, exit != 0, nothing changed
    const auto before = company.query("SELECT count(*) FILTER (WHERE revoked_at IS NULL) FROM auth_token");
    auto malformed = test::run_admin({"--db", db, "device", "revoke", "not-a-uuid'; DROP TABLE auth_token; --"});
    CHECK(malformed.exit_code != 0);
    CHECK(malformed.err.find("UUID") != std::string::npos);
    auto unknown = test::run_admin({"--db", db, "device", "revoke", test::uuid()});
    CHECK(unknown.exit_code != 0);
    CHECK(unknown.err.find("has signed in") != std::string::npos);
    auto nobody = test::run_admin({"--db", db, "device", "list", "--user", "nobody"});
    CHECK(nobody.exit_code != 0);
    CHECK(nobody.err.find("unknown login 'nobody'") != std::string::npos);
    CHECK(company.query("SELECT count(*) FILTER (WHERE revoked_at IS NULL) FROM auth_token") == before);
}
