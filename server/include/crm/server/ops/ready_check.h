#pragma once
// GET /v1/ready: does the database answer, quickly?

#include <chrono>
#include <string>

namespace crm::server {

/// Opens a fresh connection (not from the pool, so a busy pool does not make the server look
/// down) with connect and statement timeouts of `timeout` and runs SELECT 1. Returns "" when
/// it answered, else libpq's reason.
std::string check_database_ready(const std::string& conninfo, std::chrono::seconds timeout = std::chrono::seconds(2));

}  // namespace crm::server
