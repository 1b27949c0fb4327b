#pragma once
// The knobs of sim_test (environment variables, see README.md) and the seed mixer.

#include "faulty_transport.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm::sim {

std::string env_or(const char* name, const std::string& fallback);

struct Options {
    long scenarios = 100;
    std::optional<std::uint64_t> replay_seed;
    std::uint64_t base_seed = 0;
    bool verbose = false;
    int min_steps = 40, max_steps = 80;
    FaultRates rates;
    bool stop_on_failure = false;
};

Options read_options();

std::uint64_t splitmix(std::uint64_t x);

}  // namespace crm::sim
