#include "crm/server/api/request_handler.h"

#include "crm/server/api/management_api.h"
#include "crm/server/api/request_parsing.h"
#include "crm/server/api/routes.h"
#include "crm/server/db/ids.h"
#include "crm/server/ops/metrics.h"
#include "crm/server/ops/ops_endpoints.h"
#include "crm/server/sync/sync_service.h"
#include "crm/sync/protocol.h"
#include "sync/deactivated_push.h"

#include <iostream>
#include <variant>

namespace crm::server {
namespace {

using nlohmann::json;

/// A response body's text. Strings that echo the request (a path, a query value) may hold invalid
/// UTF-8: those bytes become U+FFFD instead of throwing (which answered 500).
std::string response_body_text(const json& body) { return body.dump(-1, ' ', false, json::error_handler_t::replace); }

ApiResponse ok_json(const json& body) { return ApiResponse{200, response_body_text(body)}; }

ApiResponse bad_request(const Error& error) { return error_response(400, error.code, error.message); }

/// The response marked with the caller's login, for the request log.
ApiResponse as_user(ApiResponse response, const AuthContext& ctx) {
    response.user = ctx.user.login;
    return response;
}

std::string header(const ApiRequest& request, const std::string& name) {
    auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string() : it->second;
}

}  // namespace

ApiResponse error_response(int status, const std::string& code, const std::string& message) {
    return ApiResponse{status, response_body_text(sync::error_body(Error{code, message}))};
}

ApiResponse database_unavailable(const PgError& error) {
    if (error.kind() == PgErrorKind::statement_timeout) {
        ApiResponse busy = error_response(503, "database_unavailable",
                                          "the database did not answer within the server's statement time limit; "
                                          "nothing was changed; try again shortly");
        busy.headers.emplace_back("Retry-After", std::to_string(kDatabaseRetryAfterSeconds));
        return busy;
    }
    const std::string message =
        error.kind() == PgErrorKind::commit_outcome_unknown
            ? "the connection to the database was lost while committing, so whether this request took effect is "
              "unknown; send the same request again (a push is idempotent per device and seq)"
            : "the database is unavailable; try again shortly";
    ApiResponse response = error_response(503, "database_unavailable", message);
    response.headers.emplace_back("Retry-After", std::to_string(kDatabaseRetryAfterSeconds));
    return response;
}

RequestHandler::RequestHandler(PgPool& pool, std::function<std::int64_t()> clock_ms, PushOptions push_options,
                               Metrics* metrics, AuthOptions auth_options)
    : pool_(pool),
      clock_ms_(clock_ms ? std::move(clock_ms) : std::function<std::int64_t()>(now_ms)),
      push_options_(push_options),
      metrics_(metrics),
      auth_options_(auth_options) {}

std::optional<ApiResponse> check_protocol(const ApiRequest& request) {
    const std::string version = header(request, "x-crm-protocol");
    if (version == std::to_string(sync::kProtocolVersion)) return std::nullopt;
    return error_response(400, "protocol_mismatch",
                          "this server speaks sync protocol " + std::to_string(sync::kProtocolVersion) +
                              "; the request carries " + sync::kProtocolHeader + ": " +
                              (version.empty() ? "(none)" : "'" + version + "'") + "; update the app");
}

ApiResponse RequestHandler::handle(const ApiRequest& request) {
    return answer_errors([&] { return route(request); });
}

ApiResponse RequestHandler::route(const ApiRequest& request) {
    const std::string path = request.target.substr(0, request.target.find('?'));
    if (path == "/v1/health") return request.method == "GET" ? health() : error_response(405, "method_not_allowed", "use GET");
    if (auto ops = answer_ops_endpoint(request, path, pool_, metrics_)) return *ops;
    if (auto mismatch = check_protocol(request)) return *mismatch;
    const Route* known = find_route(path);
    if (!known || !known->needs_protocol) return error_response(404, "not_found", "no such endpoint: " + path);
    const std::string method(known->method);
    if (request.method != method) return error_response(405, "method_not_allowed", "use " + method + " for " + path);
    if (path == "/v1/auth/login") return login(request);
    if (path == "/v1/password") return change_password(request);
    if (path == "/v1/sync/push") return push(request);
    if (auto endpoint = find_management_endpoint(path)) return management(request, endpoint);
    return pull(request);
}

/// Liveness: the process serves HTTP. Whether it can reach the database is /v1/ready's answer,
/// so a database outage does not get healthy servers restarted.
ApiResponse RequestHandler::health() {
    return ok_json({{"status", "ok"}, {"protocol", sync::kProtocolVersion}});
}

ApiResponse RequestHandler::push(const ApiRequest& request) {
    auto conn = pool_.acquire();
    auto auth = authenticate(*conn, request);
    if (auto* denied = std::get_if<ApiResponse>(&auth)) {
        if (denied->body.find(sync::kDeactivatedCode) != std::string::npos)
            keep_deactivated_push(*conn, kDefaultCompany, bearer_token(request), request.body);
        return *denied;
    }
    const auto& ctx = std::get<AuthContext>(auth);
    auto parsed = parse_push_body(request.body);
    if (!parsed) return as_user(bad_request(parsed.error()), ctx);
    if (parsed->device_id != ctx.device_id)
        return as_user(error_response(400, "device_mismatch",
                                      "push.device_id " + parsed->device_id + " is not the device this token was issued to"),
                       ctx);
    const auto result = crm::server::push(*conn, ctx, *parsed, clock_ms_(), push_options_);
    if (metrics_)
        for (const auto& verdict : result.verdicts) metrics_->record_verdict(std::string(sync::to_string(verdict.status)));
    return as_user(ok_json(sync::to_json(result)), ctx);
}

ApiResponse RequestHandler::management(const ApiRequest& request, ManagementEndpoint endpoint) {
    auto conn = pool_.acquire();
    auto auth = authenticate(*conn, request);
    if (auto* denied = std::get_if<ApiResponse>(&auth)) return *denied;
    const auto& ctx = std::get<AuthContext>(auth);
    return as_user(endpoint(*conn, ctx, request), ctx);
}

ApiResponse RequestHandler::pull(const ApiRequest& request) {
    auto conn = pool_.acquire();
    auto auth = authenticate(*conn, request);
    if (auto* denied = std::get_if<ApiResponse>(&auth)) return *denied;
    const auto& ctx = std::get<AuthContext>(auth);
    auto query = parse_pull_query(request.target);
    if (!query) return as_user(bad_request(query.error()), ctx);
    return as_user(ApiResponse{200, crm::server::pull_body(*conn, ctx, query->cursor, query->limit, query->scope_epoch)},
                   ctx);
}

}  // namespace crm::server
