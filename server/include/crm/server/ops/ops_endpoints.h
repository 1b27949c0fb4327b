#pragma once
// The operator endpoints: GET /v1/ready, /metrics and /v1/openapi.json. None needs the
// X-CRM-Protocol header or a token (keep /metrics behind the reverse proxy if it must be private).

#include "crm/server/api/request_handler.h"
#include "crm/server/db/pool.h"
#include "crm/server/ops/metrics.h"

#include <optional>
#include <string>

namespace crm::server {

/// server/openapi.json, embedded at build time.
const std::string& openapi_document();

/// The answer when `path` is an operator endpoint, else nullopt. `metrics` may be null (then
/// /metrics answers 404).
std::optional<ApiResponse> answer_ops_endpoint(const ApiRequest& request, const std::string& path, PgPool& pool,
                                               Metrics* metrics);

}  // namespace crm::server
