#pragma once
// Authenticated JSON endpoints beyond sync: audit, revisions, conflicts, merges, reports, ...
// Each feature adds its rows to kManagementEndpoints (management_api.cpp) and its route to
// routes.h; the request handler authenticates the caller and answers errors.

#include "crm/server/api/request_handler.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>

namespace crm::server {

/// The endpoint serving `path`, or nullptr.
ManagementEndpoint find_management_endpoint(std::string_view path);

/// 200 with this JSON body.
ApiResponse json_response(const nlohmann::json& body, int status = 200);

/// 403 forbidden with a message for a person.
ApiResponse forbidden_response(const std::string& message);

/// The query parameters of a target ("/v1/audit?since=2026-01-01&limit=5"), percent-decoded;
/// Error "bad_request" for a malformed one or one not in `allowed`.
Result<std::map<std::string, std::string>> parse_query(const std::string& target,
                                                       std::initializer_list<std::string_view> allowed);

/// A `limit` query parameter: 100 when empty, else a whole number from 1 to 1000; Error "bad_request" otherwise.
Result<int> parse_limit_param(const std::string& text);

/// A JSON object body (depth-limited parser); Error "bad_request" otherwise.
Result<nlohmann::json> parse_object_body(const std::string& body);

/// GET /v1/audit?since=&until=&actor=&action=&record=&limit= (hq only): {"entries": [...]}, newest first.
ApiResponse audit_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

/// GET /v1/directory: {"units": [{id, name, parent_id}], "users": [{id, login, display_name, role,
/// unit_id, active}]} — hq: all; a manager: their subtree; a rep: themselves and their unit.
ApiResponse directory_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

}  // namespace crm::server
