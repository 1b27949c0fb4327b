#pragma once
// Live pokes: push-to-peer latency and the server's memory with many idle live connections.

#include <string>

namespace crm::bench {

/// A rep's device records a visit and syncs; the manager's device, connected live, syncs on the
/// poke. Prints p50/p99 over `tries` of the time from the rep's sync until the manager has it.
void run_live_latency_bench(const std::string& server_url, const std::string& rep, const std::string& manager,
                            int tries, const std::string& dir);

/// Holds `connections` idle live connections of `login` open and prints the server's RSS.
void run_idle_connections_bench(const std::string& server_url, int server_pid, const std::string& login,
                                 int connections);

}  // namespace crm::bench
