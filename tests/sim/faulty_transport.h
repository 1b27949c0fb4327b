#pragma once
// A Transport that wraps a real one (HttpTransport to a real crm-server) and, decided per
// request by a seeded RNG, drops the request, drops the response, sends it twice or delays it.
// Fault injection over the real server: nothing here imitates the server.

#include "crm/sync/transport.h"

#include <cstdint>
#include <functional>
#include <random>
#include <string>

namespace crm::sim {

/// Probability of each fault per request (they are drawn in this order; the rest pass).
struct FaultRates {
    double drop_request = 0.08;   ///< not sent at all: Error "unreachable"
    double drop_response = 0.08;  ///< sent, the answer is thrown away: Error "unreachable"
    double duplicate = 0.08;      ///< sent twice, the second answer is returned
    double delay = 0.10;          ///< sent after a pause of 1..max_delay_ms
    int max_delay_ms = 5;
};

/// Parses "drop_request=0.1,drop_response=0.1,duplicate=0.1,delay=0.1,max_delay_ms=5"; keys left
/// out keep their defaults. Throws std::invalid_argument on anything else.
FaultRates parse_fault_rates(const std::string& text);

struct FaultCounts {
    long passed = 0, dropped_requests = 0, dropped_responses = 0, duplicated = 0, delayed = 0;
};

class FaultyTransport : public sync::Transport {
public:
    FaultyTransport(sync::Transport& inner, std::uint64_t seed, FaultRates rates);
    Result<sync::HttpResponse> send(const sync::HttpRequest& request) override;

    /// With faults off every request passes straight through.
    void set_faults(bool on) { faults_ = on; }
    const FaultCounts& counts() const { return counts_; }
    /// Called with a short line for each injected fault (verbose runs).
    std::function<void(const std::string&)> log;

private:
    sync::Transport& inner_;
    std::mt19937_64 rng_;
    FaultRates rates_;
    bool faults_ = true;
    FaultCounts counts_;
};

}  // namespace crm::sim
