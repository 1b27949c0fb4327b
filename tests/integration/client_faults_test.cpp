// Device faults (issue 6 item 5) with the real crm-sync: killed with SIGKILL at random points
// of its syncs, it loses no local edit and its replica keeps opening; a damaged or foreign
// replica file gives a clear error and a way to start afresh (reset, login, sync), never a crash.
#include "auth_helpers.h"
#include "killed_process.h"
#include "scenario.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>

using namespace crm;
using nlohmann::json;

namespace {

namespace fs = std::filesystem;

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("crm-client-faults-" + test::uuid());
    TempDir() { fs::create_directories(path); }
    ~TempDir() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

bool sync_killed_after(const std::vector<std::string>& args, std::chrono::milliseconds delay) {
    return test::run_killed_after(CRM_SYNC_BIN, args, delay);
}

std::set<std::string> ids_of(const json& dump, const std::string& entity) {
    std::set<std::string> ids;
    for (const auto& r : dump[entity]) ids.insert(r["id"].get<std::string>());
    return ids;
}

/// Signs the replica in as rep1.
void sign_in(const std::string& replica, const test::Company& company) {
    auto r = test::run_sync({"--replica", replica, "login", "--server", company.server->url(), "--user", "rep1",
                             "--password-stdin"},
                            "pw\n");
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
}

std::string create_customer(const std::string& replica, const std::string& name) {
    auto r = test::run_sync({"--replica", replica, "create", "customer", "--set", "name=" + name, "--set", "kind=company",
                              "--set", "lifecycle=potential"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    std::string id = r.out;
    while (!id.empty() && (id.back() == '\n' || id.back() == '\r')) id.pop_back();
    return id;
}

/// A book big enough that a sync takes a while: 1,500 customers of rep1 from another device.
void seed_book(const test::Company& company) {
    test::Device other(company, "rep1");
    for (int batch = 0; batch < 3; ++batch) {
        std::vector<json> creates;
        for (int i = 0; i < 500; ++i)
            creates.push_back(other.create("customer", test::customer_fields("Book " + std::to_string(batch * 500 + i))));
        other.push(creates);
    }
}

}  // namespace

TEST_CASE("crm-sync killed with SIGKILL at random points of its syncs loses no edit", "[server][faults]") {
    test::Company company;
    seed_book(company);
    TempDir dir;
    const std::string replica = (dir.path / "rep1.sqlite").string();
    sign_in(replica, company);

    const auto seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    std::set<std::string> created;
    int killed = 0;
    for (int round = 0; round < 16; ++round) {
        for (int i = 0; i < 3; ++i) created.insert(create_customer(replica, "Offline " + std::to_string(round * 3 + i)));
        // Every other round early (start-up, replica open, the first request): a small sync now
        // takes tens of milliseconds, and late points alone could all miss it.
        const int latest = round % 2 == 0 ? 40 : 400;
        const auto delay = std::chrono::milliseconds(std::uniform_int_distribution<int>(1, latest)(random));
        if (sync_killed_after({"--replica", replica, "sync"}, delay)) ++killed;
        // the replica opens after every kill, and the edits are still there or acknowledged
        auto status = test::run_sync({"--replica", replica, "status", "--json"});
        INFO("round " << round << ": " << status.err);
        REQUIRE(status.exit_code == 0);
    }
    CHECK(killed > 0);

    auto finished = test::run_sync({"--replica", replica, "sync"});
    INFO(finished.err);
    REQUIRE(finished.exit_code == 0);
    auto status = json::parse(test::run_sync({"--replica", replica, "status", "--json"}).out);
    CHECK(status["pending"] == 0);
    CHECK(status["issues"].empty());

    // every offline customer reached the server exactly once, and the device has the whole book
    for (const auto& id : created) CHECK(company.query("SELECT count(*) FROM customer WHERE id = '" + id + "'") == "1");
    const json replica_dump = json::parse(test::run_sync({"--replica", replica, "dump"}).out);
    CHECK(replica_dump == company.dump_as("rep1"));
    CHECK(ids_of(replica_dump, "customer").size() == 1500 + created.size());
}

TEST_CASE("a damaged or foreign replica: a clear error, then reset, login and sync start afresh", "[server][faults]") {
    test::Company company;
    TempDir dir;
    const std::string replica = (dir.path / "rep1.sqlite").string();
    sign_in(replica, company);
    const std::string mine = create_customer(replica, "Before the damage");
    REQUIRE(test::run_sync({"--replica", replica, "sync"}).exit_code == 0);

    // How many of status, dump and sync must see the damage: a file that is no database at all
    // fails every command; garbage in the middle may spare pages a command does not read, but
    // not all of them (else the test would check nothing).
    int must_refuse = 1;
    SECTION("a file of another kind") {
        must_refuse = 3;
        std::ofstream(replica, std::ios::trunc) << "holiday photos, not a database at all ......................................";
    }
    SECTION("garbage over the middle of the file") {
        const auto size = fs::file_size(replica);
        std::fstream file(replica, std::ios::in | std::ios::out | std::ios::binary);
        file.seekp(static_cast<std::streamoff>(size / 4));
        const std::string junk(size / 2, '\x5a');
        file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    int refused = 0;
    for (const auto& verb : {std::vector<std::string>{"status"}, {"dump"}, {"sync"}}) {
        std::vector<std::string> args{"--replica", replica};
        args.insert(args.end(), verb.begin(), verb.end());
        auto r = test::run_sync(args);
        INFO(verb[0] << ": " << r.out << r.err);
        if (r.exit_code == 0) continue;  // damage the command did not touch
        ++refused;
        CHECK(r.exit_code == 1);          // not a crash (a signal gives another code)
        CHECK(r.err.find("reset") != std::string::npos);
    }
    CHECK(refused >= must_refuse);

    auto reset = test::run_sync({"--replica", replica, "reset", "--force"});
    INFO(reset.err);
    REQUIRE(reset.exit_code == 0);
    CHECK(reset.out.find(".broken-") != std::string::npos);
    std::size_t kept = 0;
    for (const auto& entry : fs::directory_iterator(dir.path))
        if (entry.path().filename().string().find("rep1.sqlite.broken-") == 0) ++kept;
    CHECK(kept >= 1);  // set aside, not deleted

    sign_in(replica, company);
    REQUIRE(test::run_sync({"--replica", replica, "sync"}).exit_code == 0);
    const json dump = json::parse(test::run_sync({"--replica", replica, "dump"}).out);
    CHECK(ids_of(dump, "customer").count(mine) == 1);
    CHECK(dump == company.dump_as("rep1"));
}

TEST_CASE("crm-sync reset keeps a healthy replica's unsynced changes unless forced", "[server][faults]") {
    test::Company company;
    TempDir dir;
    const std::string replica = (dir.path / "rep1.sqlite").string();
    sign_in(replica, company);
    create_customer(replica, "Not yet synced");
    auto refused = test::run_sync({"--replica", replica, "reset"});
    CHECK(refused.exit_code == 1);
    CHECK(refused.err.find("1 change(s) not yet synced") != std::string::npos);
    CHECK(fs::exists(replica));
    CHECK(test::run_sync({"--replica", (dir.path / "none.sqlite").string(), "reset"}).exit_code == 1);
}

#ifdef CRM_MOBILE_BIN
TEST_CASE("crm-mobile killed with SIGKILL during its sign-in sync leaves a replica that syncs on", "[server][faults]") {
    test::Company company;
    seed_book(company);
    TempDir dir;
    const std::string replica = (dir.path / "app.sqlite").string();
    sign_in(replica, company);
    std::set<std::string> created;  // edits in the app's outbox (made with crm-sync on the same file)

    const auto seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 random(seed);
    int killed = 0;
    for (int round = 0; round < 6; ++round) {
        created.insert(create_customer(replica, "App offline " + std::to_string(round)));
        const auto delay = std::chrono::milliseconds(std::uniform_int_distribution<int>(100, 2500)(random));
        if (test::run_killed_after(CRM_MOBILE_BIN,
                                   {"--replica", replica, "--server", company.server->url(), "--user", "rep1",
                                    "--password-stdin"},
                                   delay, "pw\n", {"QT_QPA_PLATFORM=offscreen"}))
            ++killed;
        auto status = test::run_sync({"--replica", replica, "status", "--json"});
        INFO("round " << round << ": " << status.err);
        REQUIRE(status.exit_code == 0);
    }
    CHECK(killed == 6);  // the app keeps running until killed

    auto finished = test::run_sync({"--replica", replica, "sync"});
    INFO(finished.err);
    REQUIRE(finished.exit_code == 0);
    for (const auto& id : created) CHECK(company.query("SELECT count(*) FROM customer WHERE id = '" + id + "'") == "1");
    CHECK(json::parse(test::run_sync({"--replica", replica, "dump"}).out) == company.dump_as("rep1"));
}
#endif
