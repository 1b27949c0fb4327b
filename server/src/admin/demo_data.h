#pragma once
// Realistic demo records (Chinese and English names, Shanghai addresses and coordinates).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <random>
#include <string>

namespace crm::server::admin {

/// Field values of the index-th demo customer (no ids or owners); without latitude/longitude
/// unless `placed`.
nlohmann::json demo_customer(std::mt19937& rng, int index, bool placed = true);

/// Field values of a contact at the customer `customer` (as from demo_customer).
nlohmann::json demo_contact(std::mt19937& rng, const nlohmann::json& customer);

/// Field values of an opportunity with the customer `customer` in the stage-th stage (discovery
/// .. closing, cyclic); dates relative to `now_ms`.
nlohmann::json demo_opportunity(std::mt19937& rng, const nlohmann::json& customer, std::int64_t now_ms, int stage);

/// Field values of a past visit to `customer`, `days_ago` days before `now_ms`, with check-in/out.
nlohmann::json demo_visit(std::mt19937& rng, const nlohmann::json& customer, int days_ago, std::int64_t now_ms);

}  // namespace crm::server::admin
