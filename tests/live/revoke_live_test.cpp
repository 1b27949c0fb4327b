// Revoking a device (crm-admin device revoke) or changing the password closes the live
// sessions of the devices signed out, on a crm-server process other than the one that did it.
#include "live_probe.h"
#include "scenario.h"

#include "crm/test/processes.h"

#include <catch2/catch.hpp>

namespace crm::test {
namespace {

sync::LiveOptions fast_retries() {
    sync::LiveOptions fast;
    fast.first_backoff = 50ms;
    fast.max_backoff = 200ms;
    return fast;
}

}  // namespace

TEST_CASE("revoking a device closes its live sessions and refuses its reconnects") {
    Company c;
    Device phone(c, "rep1"), tablet(c, "rep1");
    LiveProbe revoked(c.server->port(), phone.token(), fast_retries());
    LiveProbe kept(c.server->port(), tablet.token(), fast_retries());
    REQUIRE(revoked.wait_connected());
    REQUIRE(kept.wait_connected());
    const auto r = run_admin({"--db", c.db.conninfo(), "device", "revoke", phone.device_id()});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    const auto why = revoked.wait_disconnected(10s);
    REQUIRE(why.has_value());
    CHECK(why->find("token_revoked") != std::string::npos);
    const auto refused = revoked.wait_refused();
    REQUIRE(refused.has_value());
    CHECK(refused->code == "token_revoked");
    CHECK(kept.wait_poke(10s).has_value());  // the notice pokes the rest, who stay connected
    CHECK_FALSE(kept.wait_disconnected(500ms).has_value());
}

TEST_CASE("a password change closes the live sessions of the user's other devices") {
    Company c;
    ServerProcess second(c.db.conninfo());
    Device phone(c, "rep2"), tablet(c, "rep2");
    LiveProbe other(second.port(), tablet.token(), fast_retries());
    REQUIRE(other.wait_connected());
    const nlohmann::json body = {{"current_password", "pw"}, {"new_password", "a longer secret"}};
    REQUIRE(api_request(c.server->port(), "POST", "/v1/password", body.dump(), phone.token()).status == 200);
    const auto refused = other.wait_refused();
    REQUIRE(refused.has_value());
    CHECK(refused->code == "token_revoked");
}

}  // namespace crm::test
