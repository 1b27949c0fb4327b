#pragma once
// Cross-process change notices: a NOTIFY on channel crm_change, delivered when the
// transaction commits, that every crm-server process turns into live pokes.

#include "crm/server/db/pg.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm::server {

inline constexpr const char* kChangeChannel = "crm_change";

/// One change notice: the company, the newest change sequence, and the scope owners whose
/// books changed (empty: the whole company, e.g. after an org change).
struct ChangeNotice {
    std::int64_t company = 0;
    std::int64_t seq = 0;
    std::vector<std::string> scope_owner_ids;
};

/// Queues the notice on `tx`; PostgreSQL delivers it to listeners only if `tx` commits.
void notify_change(PgTransaction& tx, const ChangeNotice& notice);

/// Parses a notice payload; nullopt when malformed.
std::optional<ChangeNotice> parse_change_notice(const std::string& payload);

}  // namespace crm::server
