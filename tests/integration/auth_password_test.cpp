// Password change: POST /v1/password, crm-sync passwd, crm-admin user set-password.
#include "auth_helpers.h"
#include "scenario.h"

#include <catch2/catch.hpp>

#include <cstdio>

using namespace crm;
using nlohmann::json;

namespace {

test::RawResponse change(const test::Company& company, const std::string& token, const std::string& body) {
    return test::api_request(company.server->port(), "POST", "/v1/password", body, token);
}

json change_body(const std::string& current, const std::string& fresh) {
    return {{"current_password", current}, {"new_password", fresh}};
}

test::RawResponse pull_with(const test::Company& company, const std::string& token) {
    return test::api_request(company.server->port(), "GET", "/v1/sync/pull", "", token);
}

}  // namespace

TEST_CASE("POST /v1/password changes the password and signs out the user's other devices", "[server][auth]") {
    test::Company company;
    const auto port = company.server->port();
    const std::string phone = test::token_of(test::sign_in(port, "rep1", "pw"));
    const std::string tablet = test::token_of(test::sign_in(port, "rep1", "pw"));
    const std::string colleague = test::token_of(test::sign_in(port, "rep2", "pw"));

    auto r = change(company, phone, change_body("pw", "correct horse").dump());
    REQUIRE(r.status == 200);
    CHECK(json::parse(r.body) == json({{"status", "changed"}, {"tokens_revoked", 1}}));
    CHECK(pull_with(company, phone).status == 200);
    auto signed_out = pull_with(company, tablet);
    CHECK(signed_out.status == 401);
    CHECK(test::error_code(signed_out) == "token_revoked");
    CHECK(pull_with(company, colleague).status == 200);
    CHECK(test::sign_in(port, "rep1", "pw").status == 401);
    CHECK(test::sign_in(port, "rep1", "correct horse").status == 200);
}

TEST_CASE("a bad password change gets 400 or 403 and changes nothing", "[server][auth]") {
    test::Company company;
    const std::string token = test::token_of(test::sign_in(company.server->port(), "rep1", "pw"));
    const std::string other = test::token_of(test::sign_in(company.server->port(), "rep1", "pw"));
    const auto hash = company.query("SELECT password_hash FROM app_user WHERE login = 'rep1'");
    auto unchanged = [&] {
        CHECK(company.query("SELECT password_hash FROM app_user WHERE login = 'rep1'") == hash);
        CHECK(company.count("auth_token WHERE revoked_at IS NOT NULL") == 0);
    };
    const std::vector<std::pair<std::string, std::string>> bad = {
        {change_body("pw", "short").dump(), "at least 8"},
        {change_body("pw", "rep1").dump(), "at least 8"},
        {change_body("pw", std::string(1001, 'x')).dump(), "at most 1000"},
        {change_body("pw", "pw").dump(), "at least 8"},
        {R"({"current_password":"pw"})", "new_password must be a string"},
        {R"({"current_password":"pw","new_password":12345678})", "new_password must be a string"},
        {R"({"current_password":"pw","new_password":"long enough","admin":true})", "unknown member 'admin'"},
        {R"([1,2])", "JSON object"},
        {R"({"current_password":"pw",)", ""},
    };
    for (const auto& [body, words] : bad) {
        INFO(body.substr(0, 80));
        auto r = change(company, token, body);
        CHECK(r.status == 400);
        CHECK(json::parse(r.body)["error"]["message"].get<std::string>().find(words) != std::string::npos);
        unchanged();
    }
    // the rules with a login of 8+ characters: the login itself and the current password are refused
    test::run_admin({"--db", company.db.conninfo(), "user", "set-password", "rep1", "--password-stdin"}, "rep1-pass\n");
    const std::string t2 = test::token_of(test::sign_in(company.server->port(), "rep1", "rep1-pass"));
    auto same = change(company, t2, change_body("rep1-pass", "rep1-pass").dump());
    CHECK(same.status == 400);
    CHECK(test::error_code(same) == "weak_password");

    auto wrong = change(company, t2, change_body("not it", "a fine new one").dump());
    CHECK(wrong.status == 403);
    CHECK(test::error_code(wrong) == "wrong_password");
    CHECK(company.count("sign_in_failure WHERE login = 'rep1'") == 1);  // counts toward the rate limit
    CHECK(test::sign_in(company.server->port(), "rep1", "rep1-pass").status == 200);

    auto anonymous = change(company, "", change_body("rep1-pass", "a fine new one").dump());
    CHECK(anonymous.status == 401);
    auto get = test::api_request(company.server->port(), "GET", "/v1/password", "", t2);
    CHECK(get.status == 405);
}

TEST_CASE("wrong current passwords lock the password change like sign-ins", "[server][auth]") {
    test::Company company;
    const std::string token = test::token_of(test::sign_in(company.server->port(), "rep1", "pw"));
    for (int i = 0; i < 5; ++i) CHECK(change(company, token, change_body("nope", "a fine new one").dump()).status == 403);
    auto blocked = change(company, token, change_body("pw", "a fine new one").dump());
    CHECK(blocked.status == 429);
    CHECK(blocked.headers.count("retry-after") == 1);
    CHECK(test::sign_in(company.server->port(), "rep1", "pw").status == 429);
}

TEST_CASE("crm-sync passwd changes the password from two stdin lines", "[server][auth]") {
    test::Company company;
    const std::string replica = "/tmp/auth-passwd-" + test::uuid() + ".db";
    auto login = test::run_sync({"--replica", replica, "login", "--server", company.server->url(), "--user", "rep1",
                                 "--password-stdin"},
                                "pw\n");
    REQUIRE(login.exit_code == 0);
    const std::string tablet = test::token_of(test::sign_in(company.server->port(), "rep1", "pw"));
    const std::string other_replica = "/tmp/auth-passwd-" + test::uuid() + ".db";
    REQUIRE(test::run_sync({"--replica", other_replica, "login", "--server", company.server->url(), "--user", "rep1",
                            "--password-stdin"},
                           "pw\n")
                .exit_code == 0);

    auto weak = test::run_sync({"--replica", replica, "passwd"}, "pw\nshort\n");
    CHECK(weak.exit_code == 1);
    CHECK(weak.err.find("at least 8") != std::string::npos);
    auto missing = test::run_sync({"--replica", replica, "passwd"}, "pw\n");
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("two lines") != std::string::npos);

    auto changed = test::run_sync({"--replica", replica, "passwd"}, "pw\nfield sales 2026\n");
    CHECK(changed.exit_code == 0);
    CHECK(changed.out.find("password changed") != std::string::npos);
    CHECK(test::run_sync({"--replica", replica, "sync"}).exit_code == 0);  // this device stays signed in
    CHECK(test::error_code(pull_with(company, tablet)) == "token_revoked");
    // the other crm-sync is told it was signed out, and keeps its data for the next sign-in
    auto signed_out = test::run_sync({"--replica", other_replica, "sync"});
    CHECK(signed_out.exit_code == 1);
    CHECK(signed_out.err.find("revoked") != std::string::npos);
    CHECK(signed_out.err.find("(signed_out)") != std::string::npos);
    CHECK(test::sign_in(company.server->port(), "rep1", "field sales 2026").status == 200);
    std::remove(replica.c_str());
    std::remove(other_replica.c_str());
}

TEST_CASE("crm-admin user set-password validates, sets and revokes every token", "[server][auth]") {
    test::Company company;
    const std::string db = company.db.conninfo();
    const std::string token = test::token_of(test::sign_in(company.server->port(), "rep1", "pw"));
    for (int i = 0; i < 3; ++i) test::sign_in(company.server->port(), "rep1", "wrong");
    const auto hash = company.query("SELECT password_hash FROM app_user WHERE login = 'rep1'");

    auto weak = test::run_admin({"--db", db, "user", "set-password", "rep1", "--password-stdin"}, "short\n");
    CHECK(weak.exit_code != 0);
    CHECK(weak.err.find("at least 8") != std::string::npos);
    auto unknown = test::run_admin({"--db", db, "user", "set-password", "nobody", "--password-stdin"}, "long enough\n");
    CHECK(unknown.exit_code != 0);
    CHECK(unknown.err.find("unknown login") != std::string::npos);
    auto empty = test::run_admin({"--db", db, "user", "set-password", "rep1", "--password-stdin"}, "");
    CHECK(empty.exit_code != 0);
    CHECK(company.query("SELECT password_hash FROM app_user WHERE login = 'rep1'") == hash);
    CHECK(pull_with(company, token).status == 200);

    auto set = test::run_admin({"--db", db, "user", "set-password", "rep1", "--password-stdin"}, "a new start\n");
    REQUIRE(set.exit_code == 0);
    CHECK(set.out.find("1 tokens revoked") != std::string::npos);
    CHECK(test::error_code(pull_with(company, token)) == "token_revoked");
    CHECK(company.count("sign_in_failure WHERE login = 'rep1'") == 0);
    CHECK(test::sign_in(company.server->port(), "rep1", "a new start").status == 200);
}
