#pragma once
// Review of the conflict log (sync_conflict): list, re-apply a losing value, dismiss.

#include "crm/server/api/request_handler.h"

namespace crm::server {

/// GET /v1/conflicts?status=open|resolved|all&entity=&from=&to=&limit= (manager: records in
/// their subtree's books; hq: all; reps 403): {"conflicts": [...]}, newest first.
ApiResponse conflicts_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

/// POST /v1/conflicts/reapply {"conflict_id": N}: writes the losing value onto the record as a
/// change by the caller (the push rules apply), marks the conflict resolved, audits it.
ApiResponse conflict_reapply_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

/// POST /v1/conflicts/dismiss {"conflict_id": N}: marks it resolved without a change, audits it.
ApiResponse conflict_dismiss_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

}  // namespace crm::server
