#pragma once
// Headquarters' lead endpoints: pools and assignment, duplicates, merge and undo.

#include "crm/server/api/request_handler.h"

namespace crm::server {

/// GET /v1/leads/pools (hq): pool_counts.
ApiResponse lead_pools_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/leads/assign (hq) {"lead_ids": [...], "owner": USER_ID} -> {"assigned": N}.
ApiResponse lead_assign_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// GET /v1/duplicates?entity=lead|customer (hq: the company; a manager: their scope).
ApiResponse duplicates_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/merge (hq) {"entity", "survivor_id", "duplicate_ids"} -> {merge_id, filled_fields, moved}.
ApiResponse merge_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/merge/undo (hq) {"merge_id": N} -> the undo report.
ApiResponse unmerge_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// GET /v1/merges (hq): {"merges": [...]}, newest first.
ApiResponse merges_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

}  // namespace crm::server
