#pragma once
// Fault injection for client processes: start one and SIGKILL it after a delay.

#include <chrono>
#include <string>
#include <vector>

namespace crm::test {

/// Starts `program` with `args` (stdin from `input`, output discarded, `env` added to the
/// environment as NAME=VALUE) and kills it with SIGKILL after `delay`; true when it was still
/// running then.
bool run_killed_after(const std::string& program, const std::vector<std::string>& args, std::chrono::milliseconds delay,
                      const std::string& input = "", const std::vector<std::string>& env = {});

}  // namespace crm::test
