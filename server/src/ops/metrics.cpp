#include "crm/server/ops/metrics.h"

#include <sstream>

namespace crm::server {

void Metrics::record_request(const std::string& route, int status, double seconds) {
    std::lock_guard lock(mutex_);
    ++requests_[{route, status}];
    auto& h = latency_[route];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i]) {
            ++h.buckets[i];
            break;
        }
    ++h.count;
    h.sum += seconds;
}

void Metrics::record_verdict(const std::string& verdict) {
    std::lock_guard lock(mutex_);
    ++verdicts_[verdict];
}

void Metrics::set_live_devices(std::function<std::size_t()> count) {
    std::lock_guard lock(mutex_);
    live_devices_ = std::move(count);
}

void Metrics::set_pool_stats(std::function<PoolStats()> stats) {
    std::lock_guard lock(mutex_);
    pool_stats_ = std::move(stats);
}

std::string Metrics::render() const {
    std::ostringstream out;
    std::lock_guard lock(mutex_);
    out << "# HELP crm_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE crm_http_requests_total counter\n";
    for (const auto& [key, n] : requests_)
        out << "crm_http_requests_total{route=\"" << key.first << "\",status=\"" << key.second << "\"} " << n << '\n';
    out << "# HELP crm_http_request_duration_seconds Time from a request read to its answer, by route.\n"
           "# TYPE crm_http_request_duration_seconds histogram\n";
    for (const auto& [route, h] : latency_) {
        std::uint64_t cumulative = 0;
        for (std::size_t i = 0; i < kBuckets.size(); ++i) {
            cumulative += h.buckets[i];
            out << "crm_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"" << kBuckets[i] << "\"} "
                << cumulative << '\n';
        }
        out << "crm_http_request_duration_seconds_bucket{route=\"" << route << "\",le=\"+Inf\"} " << h.count << '\n'
            << "crm_http_request_duration_seconds_sum{route=\"" << route << "\"} " << h.sum << '\n'
            << "crm_http_request_duration_seconds_count{route=\"" << route << "\"} " << h.count << '\n';
    }
    out << "# HELP crm_push_verdicts_total Push verdicts given, by verdict.\n"
           "# TYPE crm_push_verdicts_total counter\n";
    for (const auto& [verdict, n] : verdicts_) out << "crm_push_verdicts_total{verdict=\"" << verdict << "\"} " << n << '\n';
    out << "# HELP crm_live_devices Devices connected to /v1/live.\n# TYPE crm_live_devices gauge\n"
        << "crm_live_devices " << (live_devices_ ? live_devices_() : 0) << '\n';
    const PoolStats pool = pool_stats_ ? pool_stats_() : PoolStats{};
    out << "# HELP crm_db_pool_size Most database connections the pool may open.\n# TYPE crm_db_pool_size gauge\n"
        << "crm_db_pool_size " << pool.size << '\n'
        << "# HELP crm_db_pool_open Database connections open.\n# TYPE crm_db_pool_open gauge\n"
        << "crm_db_pool_open " << pool.open << '\n'
        << "# HELP crm_db_pool_in_use Database connections lent out.\n# TYPE crm_db_pool_in_use gauge\n"
        << "crm_db_pool_in_use " << pool.in_use << '\n'
        << "# HELP crm_db_pool_waiting Requests waiting for a database connection.\n# TYPE crm_db_pool_waiting gauge\n"
        << "crm_db_pool_waiting " << pool.waiting << '\n';
    return out.str();
}

}  // namespace crm::server
