#pragma once
// One scenario: devices, random steps (sim_steps.cpp), quiescence, invariant checks
// (sim_invariants.cpp).

#include "faulty_transport.h"
#include "sim_company.h"
#include "sim_options.h"
#include "sim_server.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace crm::sim {

using nlohmann::json;
namespace fs = std::filesystem;

struct Failure {
    std::string invariant;
    std::string detail;
};

class Scenario {
public:
    Scenario(const Company& company, SimServer& server, const Options& options, std::uint64_t seed, const fs::path& dir)
        : company_(company), server_(server), options_(options), seed_(seed), rng_(seed), dir_(dir) {}

    std::vector<Failure> run();
    FaultCounts faults;
    int kills = 0;
    int syncs = 0, sync_errors = 0;
    std::vector<std::string> anomalies;
    /// How many mutations got each verdict ("applied", "rejected:not_found", ...): coverage.
    std::map<std::string, long> verdict_tally;
    /// Wall time of the phases: setup, random steps, quiescence, invariant checks.
    double t_setup = 0, t_steps = 0, t_quiesce = 0, t_check = 0;

private:
    // setup
    void make_devices();
    // steps
    void step(int n);
    void create_customer(Device& d);
    void create_child(Device& d, const std::string& entity);
    void update_fields(Device& d);
    void contended_edit(Device& a);
    void key_field_attempt(Device& d);
    void delete_record(Device& d);
    void reassign(Device& d, bool cross_team);
    void sync_device(Device& d, const std::string& why);
    void kill_server(bool restart_now);
    void kill_during_sync(Device& d);
    // helpers
    template <class T> const T& pick(const std::vector<T>& items) { return items[rng_() % items.size()]; }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    int between(int lo, int hi) { return lo + static_cast<int>(rng_() % static_cast<std::uint64_t>(hi - lo + 1)); }
    std::string word();
    json value_for(const std::string& entity, const std::string& field);
    void track(Device& d, const std::string& what, std::set<std::string> must_reject_with = {});
    void log(const std::string& line) {
        if (options_.verbose) std::cout << "  [" << seed_ << "] " << line << "\n";
    }
    Device& device_of(const std::string& login);
    // end of scenario
    void quiesce();
    void check(std::vector<Failure>& failures);

    const Company& company_;
    SimServer& server_;
    const Options& options_;
    std::uint64_t seed_;
    std::mt19937_64 rng_;
    fs::path dir_;
    std::vector<std::unique_ptr<Device>> devices_;
    bool server_down_ = false;
    std::vector<Failure> early_failures_;
};

}  // namespace crm::sim
