#include "crm/server/ops/ops_endpoints.h"

#include "crm/server/ops/ready_check.h"

#include <nlohmann/json.hpp>

namespace crm::server {

std::optional<ApiResponse> answer_ops_endpoint(const ApiRequest& request, const std::string& path, PgPool& pool,
                                               Metrics* metrics) {
    const bool ready = path == "/v1/ready", openapi = path == "/v1/openapi.json", prometheus = path == "/metrics";
    if (!ready && !openapi && !(prometheus && metrics)) return std::nullopt;
    if (request.method != "GET") return error_response(405, "method_not_allowed", "use GET for " + path);
    if (openapi) return ApiResponse{200, openapi_document()};
    if (prometheus) {
        ApiResponse response{200, metrics->render()};
        response.content_type = "text/plain; version=0.0.4; charset=utf-8";
        return response;
    }
    if (auto reason = check_database_ready(pool.conninfo()); !reason.empty()) {
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) reason.pop_back();
        return error_response(503, "unavailable", "the database does not answer: " + reason);
    }
    return ApiResponse{200, nlohmann::json{{"status", "ready"}}.dump()};
}

}  // namespace crm::server
