#pragma once
// Who may open /v1/live: the same protocol and bearer-token checks as every API request,
// answered as plain HTTP before the WebSocket upgrade.

#include "crm/server/api/request_handler.h"
#include "crm/server/db/pool.h"
#include "crm/server/live/live_hub.h"

#include <variant>

namespace crm::server {

/// The scope of the signed-in caller of a /v1/live upgrade, or the error response to send
/// instead (400 protocol_mismatch, 401 unauthorized or account_deactivated, 503 unavailable).
/// Blocking (database): call it off the network threads.
std::variant<LiveScope, ApiResponse> admit_live(PgPool& pool, const ApiRequest& request);

}  // namespace crm::server
