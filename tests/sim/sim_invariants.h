#pragma once
// The invariants checked after every scenario (Scenario::check in sim_invariants.cpp).

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace crm::sim {

/// A short description of how two dumps differ (at most `limit` lines).
std::vector<std::string> dump_diff(const nlohmann::json& device, const nlohmann::json& server, std::size_t limit = 8);

}  // namespace crm::sim
