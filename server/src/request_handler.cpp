#include "crm/server/request_handler.h"

#include "crm/server/ids.h"
#include "crm/server/password.h"
#include "crm/server/request_parsing.h"
#include "crm/server/sync_service.h"
#include "crm/server/tokens.h"
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

ApiResponse database_unavailable(const PgError& error) {
    const std::string message =
        error.kind() == PgErrorKind::commit_outcome_unknown
            ? "the connection to the database was lost while committing, so whether this request took effect is "
              "unknown; send the same request again (a push is idempotent per device and seq)"
            : "the database is unavailable; try again shortly";
    ApiResponse response = error_response(503, "database_unavailable", message);
    response.headers["Retry-After"] = std::to_string(kDatabaseRetryAfterSeconds);
    return response;
}

RequestHandler::RequestHandler(PgPool& pool, std::function<std::int64_t()> clock_ms, PushOptions push_options)
    : pool_(pool),
      clock_ms_(clock_ms ? std::move(clock_ms) : std::function<std::int64_t()>(now_ms)),
      push_options_(push_options) {}

std::optional<ApiResponse> check_protocol(const ApiRequest& request) {
    const std::string version = header(request, "x-crm-protocol");
    if (version == std::to_string(sync::kProtocolVersion)) return std::nullopt;
    return error_response(400, "protocol_mismatch",
                          "this server speaks sync protocol " + std::to_string(sync::kProtocolVersion) +
                              "; the request carries " + sync::kProtocolHeader + ": " +
                              (version.empty() ? "(none)" : "'" + version + "'") + "; update the app");
}

std::variant<AuthContext, ApiResponse> authenticate(PgConnection& conn, const ApiRequest& request) {
    const std::string auth = header(request, "authorization");
    const std::string prefix = "Bearer ";
    const ApiResponse denied = error_response(401, "unauthorized", "sign in again: the token is missing, unknown or expired");
    if (auth.size() <= prefix.size() || auth.compare(0, prefix.size(), prefix) != 0) return denied;
    auto found = lookup_token(conn, kDefaultCompany, auth.substr(prefix.size()));
    if (!found) return denied;
    auto user = find_user_by_id(conn, kDefaultCompany, found->owner.user_id);
    if (!user) return denied;
    if (!user->active)
        return error_response(401, sync::kDeactivatedCode,
                              "this account has been deactivated: the data on this device must be removed; "
                              "ask your administrator");
    return AuthContext{kDefaultCompany, *user, found->owner.device_id};
}

ApiResponse RequestHandler::handle(const ApiRequest& request) {
    return answer_errors([&] { return route(request); });
}

ApiResponse RequestHandler::route(const ApiRequest& request) {
    const std::string path = request.target.substr(0, request.target.find('?'));
    if (path == "/v1/health") return request.method == "GET" ? health() : error_response(405, "method_not_allowed", "use GET");
    if (auto mismatch = check_protocol(request)) return *mismatch;
    const bool known = path == "/v1/auth/login" || path == "/v1/sync/push" || path == "/v1/sync/pull";
    if (!known) return error_response(404, "not_found", "no such endpoint: " + path);
    const std::string method = path == "/v1/sync/pull" ? "GET" : "POST";
    if (request.method != method) return error_response(405, "method_not_allowed", "use " + method + " for " + path);
    if (path == "/v1/auth/login") return login(request);
    if (path == "/v1/sync/push") return push(request);
    return pull(request);
}

ApiResponse RequestHandler::health() {
    try {
        auto conn = pool_.acquire();
        conn->exec("SELECT 1");
    } catch (const PgError& e) {
        if (!e.database_fault()) throw;
        return database_unavailable(e);
    }
    return ok_json({{"status", "ok"}, {"protocol", sync::kProtocolVersion}});
}

ApiResponse RequestHandler::login(const ApiRequest& request) {
    auto parsed = parse_login_body(request.body);
    if (!parsed) return bad_request(parsed.error());
    auto conn = pool_.acquire();
    auto user = find_user_by_login(*conn, kDefaultCompany, parsed->login);
    const bool valid = user ? verify_password(user->password_hash, parsed->password)
                            : (verify_password_dummy(parsed->password), false);
    if (!valid || !user->active) return error_response(401, "invalid_credentials", "wrong login or password");
    sync::LoginResponse response;
    response.token = issue_token(*conn, kDefaultCompany, user->id, parsed->device_id);
    response.user = sync::UserInfo{user->id, user->login, std::string(to_string(user->role)), user->unit_id,
                                   user->display_name};
    return ok_json(sync::to_json(response));
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
