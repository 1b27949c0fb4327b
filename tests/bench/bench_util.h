#pragma once
// Small helpers for the benchmarks: a stopwatch, percentiles, process memory, printing.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace crm::bench {

/// Milliseconds since construction or the last reset().
class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    void reset() { start_ = std::chrono::steady_clock::now(); }
    double ms() const {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_).count();
    }

private:
    std::chrono::steady_clock::time_point start_;
};

/// The q-quantile (0..1) of samples (sorted in place).
inline double percentile(std::vector<double>& samples, double q) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[std::min(index, samples.size() - 1)];
}

/// Resident set size of a process in MB (VmRSS of /proc/PID/status), 0 if unreadable.
inline double rss_mb(int pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    return 0;
}

/// One result line: name, measured value, unit, target (empty when none) and the verdict.
inline void report(const std::string& name, double value, const std::string& unit, const std::string& target = "",
                   bool met = true) {
    std::printf("  %-58s %10.1f %-6s %s%s\n", name.c_str(), value, unit.c_str(),
                target.empty() ? "" : ("target " + target).c_str(), target.empty() ? "" : (met ? "  ok" : "  MISSED"));
    std::fflush(stdout);
}

}  // namespace crm::bench
