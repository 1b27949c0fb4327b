#pragma once
// The HTTP endpoints of reports, targets and customer value (rows of kManagementEndpoints).

#include "crm/server/api/request_handler.h"

namespace crm::server {

/// GET /v1/reports/funnel?from&to&unit&user
ApiResponse funnel_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// GET /v1/reports/visits?from&to&unit&user
ApiResponse visits_report_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// GET /v1/reports/lifecycle?from&to&unit&user
ApiResponse lifecycle_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// GET /v1/reports/targets?month&unit
ApiResponse targets_report_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/targets/set {"month","unit_id"|"user_id","metric","value"}
ApiResponse set_target_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);
/// POST /v1/reports/rescore (hq): recomputes every customer's value score and segment.
ApiResponse rescore_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

}  // namespace crm::server
