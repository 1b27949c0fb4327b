#pragma once
// Org management from the app (hq only): hand-over, users and units. Each calls the directory
// function of directory.h with the caller as the audit actor.

#include "crm/server/api/request_handler.h"

namespace crm::server {

/// POST /v1/users/deactivate {"login", "reassign_to"?}: deactivates (and hands the book over).
ApiResponse user_deactivate_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/users/reactivate {"login"}
ApiResponse user_reactivate_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/users/move {"login", "unit"}
ApiResponse user_move_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/users/add {"login", "role", "unit", "password", "display_name"?}
ApiResponse user_add_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/units/move {"unit", "parent"}
ApiResponse unit_move_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/units/add {"name", "parent"}
ApiResponse unit_add_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// GET /v1/org/devices: {"devices": {login: number of devices signed in}}
ApiResponse org_devices_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

}  // namespace crm::server
