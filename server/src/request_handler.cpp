#include "crm/server/request_handler.h"

#include "crm/server/ids.h"
#include "crm/server/request_parsing.h"
#include "crm/server/sync_service.h"
#include "crm/sync/protocol.h"

#include <iostream>
#include <variant>

namespace crm::server {
namespace {

using nlohmann::json;

ApiResponse ok_json(const json& body) { return ApiResponse{200, body.dump()}; }

ApiResponse bad_request(const Error& error) { return error_response(400, error.code, error.message); }

std::string header(const ApiRequest& request, const std::string& name) {
    auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string() : it->second;
}

}  // namespace

ApiResponse error_response(int status, const std::string& code, const std::string& message) {
    return ApiResponse{status, sync::error_body(Error{code, message}).dump()};
}

RequestHandler::RequestHandler(PgPool& pool, std::function<std::int64_t()> clock_ms, PushOptions push_options,
                               AuthOptions auth_options)
    : pool_(pool),
      clock_ms_(clock_ms ? std::move(clock_ms) : std::function<std::int64_t()>(now_ms)),
      push_options_(push_options),
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
    if (auto mismatch = check_protocol(request)) return *mismatch;
    const bool known = path == "/v1/auth/login" || path == "/v1/password" || path == "/v1/sync/push" ||
                       path == "/v1/sync/pull";
    if (!known) return error_response(404, "not_found", "no such endpoint: " + path);
    const std::string method = path == "/v1/sync/pull" ? "GET" : "POST";
    if (request.method != method) return error_response(405, "method_not_allowed", "use " + method + " for " + path);
    if (path == "/v1/auth/login") return login(request);
    if (path == "/v1/password") return change_password(request);
    if (path == "/v1/sync/push") return push(request);
    return pull(request);
}

ApiResponse RequestHandler::health() {
    try {
        auto conn = pool_.acquire();
        conn->exec("SELECT 1");
    } catch (const PgError&) {
        return error_response(503, "unavailable", "the database is unreachable");
    }
    return ok_json({{"status", "ok"}, {"protocol", sync::kProtocolVersion}});
}

ApiResponse RequestHandler::push(const ApiRequest& request) {
    auto conn = pool_.acquire();
    auto auth = authenticate(*conn, request);
    if (auto* denied = std::get_if<ApiResponse>(&auth)) return *denied;
    auto parsed = parse_push_body(request.body);
    if (!parsed) return bad_request(parsed.error());
    const auto& ctx = std::get<AuthContext>(auth);
    if (parsed->device_id != ctx.device_id)
        return error_response(400, "device_mismatch",
                              "push.device_id " + parsed->device_id + " is not the device this token was issued to");
    return ok_json(sync::to_json(crm::server::push(*conn, ctx, *parsed, clock_ms_(), push_options_)));
}

ApiResponse RequestHandler::pull(const ApiRequest& request) {
    auto conn = pool_.acquire();
    auto auth = authenticate(*conn, request);
    if (auto* denied = std::get_if<ApiResponse>(&auth)) return *denied;
    auto query = parse_pull_query(request.target);
    if (!query) return bad_request(query.error());
    return ApiResponse{200, crm::server::pull_body(*conn, std::get<AuthContext>(auth), query->cursor, query->limit,
                                                   query->scope_epoch)};
}

}  // namespace crm::server
