// sync_bench: prints the sync figures of issue 3 (a command, not a timed test). Needs a running
// PostgreSQL named by CRM_TEST_PG; starts its own crm-server on a fresh database.
#include "bench_util.h"
#include "initial_sync_bench.h"
#include "live_bench.h"
#include "push_throughput_bench.h"

#include "crm/test/processes.h"
#include "crm/test/test_database.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <thread>

namespace {

struct Options {
    int customers = 10000;
    int contacts_per_customer = 2;
    int visits_per_customer = 5;
    int devices = 50;
    int batches = 20;
    int batch = 50;
    int tries = 1000;
    int idle = 1000;
    std::string db;  ///< an already seeded database to reuse instead of a fresh one
    std::string only;  ///< run one part: initial, latency, push or idle
};

void seed(const std::string& conninfo, const Options& o) {
    crm::bench::Stopwatch watch;
    auto result = crm::test::run_admin({"--db", conninfo, "seed-demo", "--reps", "1", "--customers-per-rep",
                                        std::to_string(o.customers), "--contacts-per-customer",
                                        std::to_string(o.contacts_per_customer), "--visits-per-customer",
                                        std::to_string(o.visits_per_customer)});
    if (result.exit_code != 0) throw std::runtime_error("seed-demo failed: " + result.err);
    crm::bench::report("seed-demo through the push path", watch.ms(), "ms");
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"sync_bench: initial sync, push-to-peer latency, push throughput, idle live connections"};
    Options o;
    app.add_option("--customers", o.customers, "customers of the one rep")->capture_default_str();
    app.add_option("--contacts-per-customer", o.contacts_per_customer)->capture_default_str();
    app.add_option("--visits-per-customer", o.visits_per_customer)->capture_default_str();
    app.add_option("--devices", o.devices, "concurrent pushing devices")->capture_default_str();
    app.add_option("--batches", o.batches, "batches per device")->capture_default_str();
    app.add_option("--batch", o.batch, "mutations per batch")->capture_default_str();
    app.add_option("--tries", o.tries, "push-to-manager latency samples")->capture_default_str();
    app.add_option("--idle", o.idle, "idle live connections held open")->capture_default_str();
    app.add_option("--db", o.db, "reuse this seeded database (conninfo) instead of seeding a fresh one");
    app.add_option("--only", o.only, "run one part only")->check(CLI::IsMember({"initial", "latency", "push", "idle"}));
    CLI11_PARSE(app, argc, argv);

    try {
        std::unique_ptr<crm::test::TestDatabase> fresh;
        std::string conninfo = o.db;
        if (conninfo.empty()) {
            fresh = std::make_unique<crm::test::TestDatabase>();
            conninfo = fresh->conninfo();
        }
        const auto dir = std::filesystem::temp_directory_path() / ("crm-bench-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        std::cout << "Field CRM sync benchmark: " << o.customers << " customers, " << o.contacts_per_customer
                  << " contacts and " << o.visits_per_customer << " visits each; " << std::thread::hardware_concurrency()
                  << " cores; PostgreSQL and crm-server on this machine, loopback\n";
        if (fresh) seed(conninfo, o);
        crm::test::ServerProcess server(conninfo);
        auto wanted = [&](const char* part) { return o.only.empty() || o.only == part; };
        if (wanted("initial")) crm::bench::run_initial_sync_bench(conninfo, server.url(), "rep1", dir.string());
        if (wanted("latency")) crm::bench::run_live_latency_bench(server.url(), "rep1", "manager", o.tries, dir.string());
        if (wanted("push"))
            crm::bench::run_push_throughput_bench(conninfo, server.url(), "rep1", o.devices, o.batches, o.batch);
        if (wanted("idle")) crm::bench::run_idle_connections_bench(server.url(), server.pid(), "rep1", o.idle);
        std::filesystem::remove_all(dir);
    } catch (const std::exception& e) {
        std::cerr << "sync_bench: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
