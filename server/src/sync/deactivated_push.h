#pragma once
// The last push of a deactivated user's device (private to the request handler).

#include "crm/server/db/pg.h"

#include <cstdint>
#include <string>

namespace crm::server {

/// A device of a deactivated user pushes its offline edits once more before it learns (401
/// account_deactivated) that it must wipe its replica. So that nothing is lost silently, each
/// mutation of that push (when its body is valid and names the token's device) is logged in
/// sync_rejection with code account_deactivated, once per (device, seq): headquarters and the
/// new owner can read what the departed rep entered. Returns how many were logged.
long keep_deactivated_push(PgConnection& conn, std::int64_t company, const std::string& token,
                           const std::string& body);

}  // namespace crm::server
