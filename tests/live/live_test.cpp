// Live pokes across crm-server processes (ARCHITECTURE §4.9, issue 3 item 6).
#include "live_probe.h"
#include "scenario.h"

#include "crm/server/db/pg.h"
#include "crm/test/processes.h"

#include <catch2/catch.hpp>

#include <csignal>
#include <filesystem>
#include <unistd.h>

namespace crm::test {
namespace {

using nlohmann::json;

const std::string kSync = CRM_SYNC_BIN;

/// A replica file in a fresh temp folder, removed afterwards.
struct TempDir {
    TempDir() {
        char tmpl[] = "/tmp/crm_live_XXXXXX";
        if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
        path = tmpl;
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string file(const std::string& name) const { return path + "/" + name; }
    std::string path;
};

ProcessResult sync_cli(const std::string& replica, std::vector<std::string> args, const std::string& input = "") {
    args.insert(args.begin(), {"--replica", replica});
    return run_process(kSync, args, input);
}

void login(const std::string& replica, const std::string& url, const std::string& user) {
    const auto r = sync_cli(replica, {"login", "--server", url, "--user", user, "--password-stdin"}, "pw\n");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

std::int64_t newest_seq(const Company& c) { return std::stoll(c.query("SELECT last_value FROM change_seq")); }

std::map<std::string, std::string> upgrade_headers() {
    return {{"Connection", "Upgrade"},
            {"Upgrade", "websocket"},
            {"Sec-WebSocket-Version", "13"},
            {"Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}};
}

}  // namespace

TEST_CASE("a visit pushed through one server pokes the manager watching through another") {
    Company c;
    ServerProcess second(c.db.conninfo());
    TempDir dir;
    const std::string manager = dir.file("manager.sqlite"), rep = dir.file("rep1.sqlite");
    login(manager, second.url(), "manager");
    login(rep, c.server->url(), "rep1");

    ChildProcess watch(kSync, {"--replica", manager, "watch", "--once", "--timeout", "20"});
    INFO(watch.output());
    REQUIRE(watch.wait_for_line("live: connected", 20s));

    const auto customer = sync_cli(rep, {"create", "customer", "--set", "name=Live Co", "--set", "kind=company",
                                         "--set", "lifecycle=active"});
    REQUIRE(customer.exit_code == 0);
    const std::string customer_id = customer.out.substr(0, customer.out.find('\n'));
    const auto visit = sync_cli(rep, {"create", "visit", "--set", "customer_id=" + customer_id, "--set",
                                      "check_in_at=2026-11-23T09:30:00Z", "--set", "purpose=Live demo"});
    REQUIRE(visit.exit_code == 0);
    const std::string visit_id = visit.out.substr(0, visit.out.find('\n'));
    const auto pushed = sync_cli(rep, {"sync"});
    INFO(pushed.err);
    REQUIRE(pushed.exit_code == 0);

    const auto code = watch.wait_exit(25s);
    INFO(watch.output());
    REQUIRE(code.has_value());
    CHECK(*code == 0);
    CHECK(watch.output().find("poke cursor=") != std::string::npos);

    const auto dump = sync_cli(manager, {"dump"});
    REQUIRE(dump.exit_code == 0);
    bool found = false;
    for (const auto& v : json::parse(dump.out).value("visit", json::array()))
        found = found || v.value("id", "") == visit_id;
    CHECK(found);
}

TEST_CASE("crm-sync watch times out clearly and exits cleanly on SIGTERM") {
    Company c;
    TempDir dir;
    const std::string manager = dir.file("manager.sqlite");
    login(manager, c.server->url(), "manager");

    ChildProcess quiet(kSync, {"--replica", manager, "watch", "--timeout", "1"});
    const auto code = quiet.wait_exit(15s);
    INFO(quiet.output());
    REQUIRE(code.has_value());
    CHECK(*code == 4);
    CHECK(quiet.output().find("no live poke arrived within 1 seconds") != std::string::npos);

    ChildProcess stopped(kSync, {"--replica", manager, "watch"});
    REQUIRE(stopped.wait_for_line("live: connected", 15s));
    stopped.signal(SIGTERM);
    const auto stop_code = stopped.wait_exit(5s);
    INFO(stopped.output());
    REQUIRE(stop_code.has_value());
    CHECK(*stop_code == 0);
}

TEST_CASE("a change pokes only the devices whose user sees it") {
    Company c;
    Device rep1(c, "rep1"), manager(c, "manager"), rep2(c, "rep2"), hq(c, "hq");
    LiveProbe in_scope(c.server->port(), manager.token());
    LiveProbe head_office(c.server->port(), hq.token());
    LiveProbe other_team(c.server->port(), rep2.token());
    REQUIRE(in_scope.wait_connected());
    REQUIRE(head_office.wait_connected());
    REQUIRE(other_team.wait_connected());

    rep1.push({rep1.create("customer", customer_fields("North only"))});
    const auto seq = newest_seq(c);
    CHECK(in_scope.wait_poke(10s, seq) == seq);
    CHECK(head_office.wait_poke(10s, seq) == seq);
    // The control devices got theirs; one on another team must stay silent.
    CHECK_FALSE(other_team.wait_poke(1500ms).has_value());

    // A rejected or replayed push changes nothing and pokes nobody.
    in_scope.clear_pokes();
    rep1.push({rep1.update("customer", uuid(), {{"name", "ghost"}}, json::object(), 1)});
    CHECK_FALSE(in_scope.wait_poke(1000ms).has_value());
}

TEST_CASE("the upgrade is refused as plain HTTP without a token or with another protocol") {
    Company c;
    auto headers = upgrade_headers();
    headers["X-CRM-Protocol"] = "1";
    auto r = http_request(c.server->port(), "GET", "/v1/live", "", headers);
    CHECK(r.status == 401);
    CHECK(json::parse(r.body)["error"]["code"] == "unauthorized");

    headers["Authorization"] = "Bearer " + std::string(64, 'a');
    r = http_request(c.server->port(), "GET", "/v1/live", "", headers);
    CHECK(r.status == 401);

    Device rep1(c, "rep1");
    headers["Authorization"] = "Bearer " + rep1.token();
    headers["X-CRM-Protocol"] = "2";
    r = http_request(c.server->port(), "GET", "/v1/live", "", headers);
    CHECK(r.status == 400);
    CHECK(json::parse(r.body)["error"]["code"] == "protocol_mismatch");

    headers["X-CRM-Protocol"] = "1";
    r = api_request(c.server->port(), "GET", "/v1/live", "", rep1.token());  // no upgrade headers
    CHECK(r.status == 426);

    // The client gives up on a refused token instead of retrying.
    LiveProbe refused(c.server->port(), std::string(64, 'b'));
    const auto error = refused.wait_refused();
    REQUIRE(error.has_value());
    CHECK(error->code == "unauthorized");
}

TEST_CASE("pokes resume after the server's listening connection is killed") {
    Company c;
    Device rep1(c, "rep1"), manager(c, "manager");
    LiveProbe probe(c.server->port(), manager.token());
    REQUIRE(probe.wait_connected());

    const std::string kill_listener =
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
        "WHERE query LIKE 'LISTEN%' AND datname = current_database()";
    REQUIRE(c.query(kill_listener) == "1");
    // After reconnecting the server pokes everyone (notices may have been lost meanwhile).
    REQUIRE(probe.wait_poke(15s).has_value());

    probe.clear_pokes();
    rep1.push({rep1.create("customer", customer_fields("After the outage"))});
    const auto seq = newest_seq(c);
    CHECK(probe.wait_poke(10s, seq) == seq);
}

TEST_CASE("deactivating a user closes their live sessions and pokes the rest of the company") {
    Company c;
    Device rep1(c, "rep1"), manager(c, "manager");
    LiveProbe departing(c.server->port(), rep1.token());
    LiveProbe colleague(c.server->port(), manager.token());
    REQUIRE(departing.wait_connected());
    REQUIRE(colleague.wait_connected());
    const auto r = run_admin({"--db", c.db.conninfo(), "user", "deactivate", "rep1", "--reassign-to", "rep3"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(colleague.wait_poke(10s).has_value());
    const auto refused = departing.wait_refused();
    REQUIRE(refused.has_value());
    CHECK(refused->code == "account_deactivated");

    // A new upgrade with the old token says so before upgrading.
    LiveProbe again(c.server->port(), rep1.token());
    const auto again_refused = again.wait_refused();
    REQUIRE(again_refused.has_value());
    CHECK(again_refused->code == "account_deactivated");
}

TEST_CASE("SIGTERM closes live sessions with a close frame") {
    Company c;
    Device manager(c, "manager");
    sync::LiveOptions fast;
    fast.first_backoff = 50ms;
    fast.max_backoff = 200ms;
    LiveProbe probe(c.server->port(), manager.token(), fast);
    REQUIRE(probe.wait_connected());
    CHECK(c.server->stop() == 0);
    const auto why = probe.wait_disconnected(5s);
    REQUIRE(why.has_value());
    INFO(*why);
    CHECK(why->find("server_shutdown") != std::string::npos);
}

}  // namespace crm::test
