#include "sim_options.h"

#include <cstdlib>
#include <random>

namespace crm::sim {

std::string env_or(const char* name, const std::string& fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::string(v) : fallback;
}

Options read_options() {
    Options o;
    o.scenarios = std::stol(env_or("CRM_SIM_SCENARIOS", std::to_string(o.scenarios)));
    if (auto s = env_or("CRM_SIM_SEED", ""); !s.empty()) {
        o.replay_seed = std::stoull(s);
        o.scenarios = 1;
    }
    o.base_seed = std::stoull(env_or("CRM_SIM_BASE_SEED", std::to_string(std::random_device{}() ^ (std::uint64_t(std::random_device{}()) << 32))));
    o.verbose = env_or("CRM_SIM_VERBOSE", "0") != "0";
    o.min_steps = std::stoi(env_or("CRM_SIM_MIN_STEPS", std::to_string(o.min_steps)));
    o.max_steps = std::stoi(env_or("CRM_SIM_MAX_STEPS", std::to_string(o.max_steps)));
    o.rates = parse_fault_rates(env_or("CRM_SIM_FAULTS", ""));
    o.stop_on_failure = env_or("CRM_SIM_STOP_ON_FAILURE", "0") != "0";
    return o;
}

std::uint64_t splitmix(std::uint64_t x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

}  // namespace crm::sim
