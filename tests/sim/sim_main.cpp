// sim_test: randomized multi-device sync under faults (issue 3, ARCHITECTURE §4).
//
// Real crm-server processes on a real PostgreSQL database, real SQLite replicas driven through
// the real Replica and SyncClient, over a FaultyTransport that drops, duplicates and delays
// requests; the server is SIGKILLed and restarted at random points. After every scenario the
// invariants of tests/sim/README.md are checked. See that README for the knobs.
//
// This file: the runner loop (one scenario per seed), the report and the replay line. The rest:
// sim_options (knobs), sim_company (company, devices, data reset), sim_scenario (the scenario),
// sim_steps (its random steps), sim_invariants (the checks).

#include "sim_company.h"
#include "sim_options.h"
#include "sim_scenario.h"
#include "sim_server.h"

#include "crm/server/db/pg.h"
#include "crm/test/processes.h"
#include "crm/test/test_database.h"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <unistd.h>
#include <vector>

int main() {
    using namespace crm::sim;
    try {
        crm::test::test_pg_conninfo();  // a clear message when CRM_TEST_PG is not set
    } catch (const std::exception& e) {
        std::cerr << "sim_test: " << e.what() << "\n";
        return 1;
    }
    std::cout.setf(std::ios::unitbuf);
    try {
        const Options options = read_options();
        const fs::path dir = fs::temp_directory_path() / ("crm_sim_" + std::to_string(getpid()));
        fs::create_directories(dir);
        const auto t0 = std::chrono::steady_clock::now();
        Company company;
        build_company(company);
        SimServer server(company.db.conninfo(), (dir / "server.log").string());
        const std::string self = fs::canonical("/proc/self/exe").string();
        std::cout << "sim: " << options.scenarios << " scenario(s)"
                  << (options.replay_seed ? ", replaying seed " + std::to_string(*options.replay_seed)
                                          : ", base seed " + std::to_string(options.base_seed))
                  << "; server at " << server.url() << "\n";

        long failed = 0, kills = 0, syncs = 0, sync_errors = 0;
        double t_setup = 0, t_steps = 0, t_quiesce = 0, t_check = 0;
        FaultCounts faults;
        std::map<std::string, long> by_invariant, verdicts;
        std::map<std::string, std::vector<std::uint64_t>> seeds_by_invariant;
        const auto t_start = std::chrono::steady_clock::now();
        long done = 0;
        for (long i = 0; i < options.scenarios; ++i) {
            const std::uint64_t seed = options.replay_seed ? *options.replay_seed : splitmix(options.base_seed + i) % 1000000000000ULL;
            {
                crm::server::PgConnection conn(company.db.conninfo());
                reset_data(conn);
            }
            server.ensure_running();
            Scenario scenario(company, server, options, seed, dir / "replicas");
            std::vector<Failure> failures;
            try {
                failures = scenario.run();
            } catch (const std::exception& e) {
                failures.push_back({"harness", std::string("the scenario stopped: ") + e.what()});
            }
            ++done;
            for (const auto& [k, n] : scenario.verdict_tally) verdicts[k] += n;
            t_setup += scenario.t_setup;
            t_steps += scenario.t_steps;
            t_quiesce += scenario.t_quiesce;
            t_check += scenario.t_check;
            kills += scenario.kills;
            syncs += scenario.syncs;
            sync_errors += scenario.sync_errors;
            faults.passed += scenario.faults.passed;
            faults.dropped_requests += scenario.faults.dropped_requests;
            faults.dropped_responses += scenario.faults.dropped_responses;
            faults.duplicated += scenario.faults.duplicated;
            faults.delayed += scenario.faults.delayed;
            for (const auto& a : scenario.anomalies)
                if (options.verbose) std::cout << "  anomaly: " << a << "\n";
            if (!failures.empty()) {
                ++failed;
                std::cout << "FAIL scenario " << i + 1 << " seed " << seed << " (" << failures.size() << " violation(s))\n";
                std::set<std::string> invariants;
                std::map<std::string, int> shown;
                for (const auto& f : failures) {
                    invariants.insert(f.invariant);
                    if (shown[f.invariant]++ < 6) std::cout << "  [" << f.invariant << "] " << f.detail << "\n";
                }
                for (const auto& [inv, n] : shown)
                    if (n > 6) std::cout << "  [" << inv << "] ... and " << n - 6 << " more\n";
                for (const auto& a : scenario.anomalies) std::cout << "  note: " << a << "\n";
                for (const auto& inv : invariants) {
                    ++by_invariant[inv];
                    seeds_by_invariant[inv].push_back(seed);
                }
                std::cout << "  replay: CRM_SIM_SEED=" << seed << " CRM_SIM_VERBOSE=1 " << self << "\n";
                if (options.stop_on_failure) break;
            } else if (options.verbose || options.replay_seed) {
                std::cout << "ok scenario " << i + 1 << " seed " << seed << "\n";
            }
            if (!options.verbose && (i + 1) % 25 == 0)
                std::cout << "... " << i + 1 << " scenarios, " << failed << " failed\n";
        }
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_start).count();
        const double setup = std::chrono::duration<double>(t_start - t0).count();
        std::cout << "sim: " << done << " scenarios in " << secs << " s (" << (secs > 0 ? done * 60.0 / secs : 0)
                  << " per minute; setup " << setup << " s), " << failed << " failed; " << syncs << " syncs ("
                  << sync_errors << " failed under faults), " << kills << " server SIGKILLs; faults: "
                  << faults.dropped_requests << " requests dropped, " << faults.dropped_responses << " responses dropped, "
                  << faults.duplicated << " duplicated, " << faults.delayed << " delayed, " << faults.passed << " passed; "
                  << server.start_seconds() << " s waiting for " << server.restarts() << " server restarts\n"
                  << "sim: time in setup " << t_setup << " s, random steps " << t_steps << " s, quiescence " << t_quiesce
                  << " s, invariant checks " << t_check << " s\nsim: verdicts:";
        for (const auto& [k, n] : verdicts) std::cout << " " << k << " " << n << ";";
        std::cout << "\n";
        for (const auto& [inv, n] : by_invariant) {
            std::cout << "  invariant [" << inv << "] violated in " << n << " scenario(s); seeds:";
            for (std::size_t k = 0; k < seeds_by_invariant[inv].size() && k < 10; ++k) std::cout << " " << seeds_by_invariant[inv][k];
            std::cout << "\n";
        }
        std::error_code ec;
        fs::remove_all(dir, ec);
        return failed == 0 ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "sim_test: " << e.what() << "\n";
        return 1;
    }
}
