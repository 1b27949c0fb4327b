#include "crm/server/live_admission.h"

#include "crm/server/directory.h"
#include "crm/server/request_handler.h"
#include "crm/server/tokens.h"
#include "crm/sync/protocol.h"

#include <iostream>

namespace crm::server {
namespace {

std::string header(const ApiRequest& request, const std::string& name) {
    auto it = request.headers.find(name);
    return it == request.headers.end() ? std::string() : it->second;
}

// Mirrors the checks and messages of RequestHandler (request_handler.cpp), which keeps them private.
std::variant<LiveScope, ApiResponse> admit(PgPool& pool, const ApiRequest& request) {
    const std::string version = header(request, "x-crm-protocol");
    if (version != std::to_string(sync::kProtocolVersion))
        return error_response(400, "protocol_mismatch",
                              "this server speaks sync protocol " + std::to_string(sync::kProtocolVersion) +
                                  "; the request carries " + sync::kProtocolHeader + ": " +
                                  (version.empty() ? "(none)" : "'" + version + "'") + "; update the app");
    const std::string auth = header(request, "authorization");
    const std::string prefix = "Bearer ";
    const ApiResponse denied =
        error_response(401, "unauthorized", "sign in again: the token is missing, unknown or expired");
    if (auth.size() <= prefix.size() || auth.compare(0, prefix.size(), prefix) != 0) return denied;
    auto conn = pool.acquire();
    auto found = lookup_token(*conn, kDefaultCompany, auth.substr(prefix.size()));
    if (!found) return denied;
    auto user = find_user_by_id(*conn, kDefaultCompany, found->owner.user_id);
    if (!user) return denied;
    if (!user->active)
        return error_response(401, sync::kDeactivatedCode,
                              "this account has been deactivated: the data on this device must be removed; "
                              "ask your administrator");
    return LiveScope{kDefaultCompany, user->id, visible_user_ids(*conn, kDefaultCompany, user->actor())};
}

}  // namespace

std::variant<LiveScope, ApiResponse> admit_live(PgPool& pool, const ApiRequest& request) {
    return answer_errors([&]() -> std::variant<LiveScope, ApiResponse> { return admit(pool, request); });
}

}  // namespace crm::server
