#pragma once
// Counters and gauges of one crm-server process, rendered in the Prometheus text format at
// GET /metrics. Thread-safe.

#include "crm/server/db/pool.h"

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <utility>

namespace crm::server {

class Metrics {
public:
    /// Upper bounds (seconds) of the latency histogram's buckets (+Inf is added).
    static constexpr std::array<double, 11> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25,
                                                        0.5,   1,    2.5,   5,    10};

    /// One answered request: its route name (see routes.h), status and duration.
    void record_request(const std::string& route, int status, double seconds);
    /// One push verdict ("applied", "merged", "rejected", "duplicate").
    void record_verdict(const std::string& verdict);
    /// Where the gauges come from (set once at startup).
    void set_live_devices(std::function<std::size_t()> count);
    void set_pool_stats(std::function<PoolStats()> stats);
    /// The whole exposition, text format 0.0.4.
    std::string render() const;

private:
    struct Histogram {
        std::array<std::uint64_t, kBuckets.size()> buckets{};  ///< not cumulative
        std::uint64_t count = 0;
        double sum = 0;
    };
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, int>, std::uint64_t> requests_;
    std::map<std::string, Histogram> latency_;
    std::map<std::string, std::uint64_t> verdicts_;
    std::function<std::size_t()> live_devices_;
    std::function<PoolStats()> pool_stats_;
};

}  // namespace crm::server
