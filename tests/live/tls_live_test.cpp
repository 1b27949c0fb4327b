// Live pokes over wss://: crm-sync watch (LiveConnection) verifies the server with the CA kept
// from login, and a LiveConnection with another CA is refused with a clear reason.
#include "live_probe.h"
#include "scenario.h"
#include "tls_certs.h"

#include "crm/test/processes.h"

#include <catch2/catch.hpp>

#include <future>

namespace crm::test {
namespace {

const std::string kSync = CRM_SYNC_BIN;

ProcessResult sync_cli(const std::string& replica, std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {"--replica", replica});
    return run_process(kSync, args, input);
}

std::string temp_replica() { return "/tmp/crm_live_tls_" + uuid() + ".sqlite"; }

}  // namespace

TEST_CASE("a push through a plain server pokes a watch over wss:// that trusts the test CA") {
    TestCertificates certs;
    Company c;
    ServerProcess secure(c.db.conninfo(), certs.server_args());
    const std::string manager = temp_replica(), rep = temp_replica();
    auto login = sync_cli(manager, {"--ca", certs.ca(), "login", "--server", secure.url(), "--user", "manager",
                                    "--password-stdin"},
                          "pw\n");
    INFO(login.err);
    REQUIRE(login.exit_code == 0);
    REQUIRE(sync_cli(rep, {"login", "--server", c.server->url(), "--user", "rep1", "--password-stdin"}, "pw\n")
                .exit_code == 0);

    ChildProcess watch(kSync, {"--replica", manager, "watch", "--once", "--timeout", "20"});
    INFO(watch.output());
    REQUIRE(watch.wait_for_line("live: connected", 20s));
    REQUIRE(sync_cli(rep, {"create", "customer", "--set", "name=Wss Co", "--set", "kind=company", "--set",
                           "lifecycle=active"})
                .exit_code == 0);
    REQUIRE(sync_cli(rep, {"sync"}).exit_code == 0);
    const auto code = watch.wait_exit(25s);
    REQUIRE(code.has_value());
    CHECK(*code == 0);
    CHECK(watch.output().find("poke cursor=") != std::string::npos);
    std::remove(manager.c_str());
    std::remove(rep.c_str());
}

TEST_CASE("a LiveConnection whose CA did not sign the server's certificate does not connect") {
    TestCertificates certs;
    Company c;
    ServerProcess secure(c.db.conninfo(), certs.server_args());
    Device manager(c, "manager");
    auto url = *sync::parse_server_url(secure.url());
    url.ca_file = certs.other_ca();
    sync::LiveConnection live(url, manager.token());
    std::promise<std::string> first_state;
    bool reported = false;
    live.on_state = [&](bool connected, const std::string& message) {
        if (reported) return;
        reported = true;
        first_state.set_value((connected ? "connected: " : "") + message);
    };
    auto state = first_state.get_future();
    live.start();
    REQUIRE(state.wait_for(10s) == std::future_status::ready);
    const std::string message = state.get();
    INFO(message);
    CHECK(message.find("certificate verify failed: ") != std::string::npos);
    live.stop();
}

}  // namespace crm::test
