// The sign-in side of the API: bearer-token checks, POST /v1/auth/login (rate limited) and
// POST /v1/password.
#include "crm/server/api/request_handler.h"
#include "crm/server/api/request_parsing.h"
#include "crm/server/auth/devices.h"
#include "crm/server/auth/password.h"
#include "crm/server/auth/tokens.h"
#include "crm/sync/protocol.h"

namespace crm::server {

std::string bearer_token(const ApiRequest& request) {
    const std::string prefix = "Bearer ";
    auto it = request.headers.find("authorization");
    if (it == request.headers.end() || it->second.size() <= prefix.size() || it->second.compare(0, prefix.size(), prefix) != 0)
        return "";
    return it->second.substr(prefix.size());
}

namespace {

/// 429 with Retry-After for a sign-in refused by the rate limit.
ApiResponse too_many_failures(const SignInBlock& block) {
    const std::string who = block.reason == "login" ? "for this login" : "from this address";
    auto response = error_response(429, "too_many_attempts",
                                   "too many failed sign-ins " + who + "; try again in " +
                                       std::to_string(block.retry_after_seconds) + " seconds");
    response.headers.emplace_back("Retry-After", std::to_string(block.retry_after_seconds));
    return response;
}

}  // namespace

std::variant<AuthContext, ApiResponse> authenticate(PgConnection& conn, const ApiRequest& request) {
    const ApiResponse denied = error_response(401, "unauthorized", "sign in again: the token is missing or unknown");
    const std::string token = bearer_token(request);
    if (token.empty()) return denied;
    auto found = lookup_token(conn, kDefaultCompany, token);
    if (!found) return denied;
    auto user = find_user_by_id(conn, kDefaultCompany, found->owner.user_id);
    if (!user) return denied;
    // Deactivation first: it tells the device to wipe its replica, whatever the token's state.
    if (!user->active)
        return error_response(401, sync::kDeactivatedCode,
                              "this account has been deactivated: the data on this device must be removed; "
                              "ask your administrator");
    if (found->state == TokenState::revoked)
        return error_response(401, "token_revoked",
                              "this device's sign-in was revoked (by an administrator or a password change); "
                              "sign in again");
    if (found->state == TokenState::expired)
        return error_response(401, "token_expired",
                              "this device's sign-in expired after " + std::to_string(found->lifetime_days) +
                                  " days without use; sign in again");
    return AuthContext{kDefaultCompany, *user, found->owner.device_id};
}

ApiResponse RequestHandler::login(const ApiRequest& request) {
    auto parsed = parse_login_body(request.body);
    if (!parsed) return error_response(400, parsed.error().code, parsed.error().message);
    auto conn = pool_.acquire();
    const auto& limits = auth_options_.sign_in;
    std::int64_t attempt = 0;
    if (auto block = claim_sign_in_attempt(*conn, kDefaultCompany, limits, parsed->login, request.remote_address, attempt))
        return too_many_failures(*block);
    auto user = find_user_by_login(*conn, kDefaultCompany, parsed->login);
    const bool valid = user ? verify_password(user->password_hash, parsed->password)
                            : (verify_password_dummy(parsed->password), false);
    if (!valid || !user->active) return error_response(401, "invalid_credentials", "wrong login or password");
    forget_sign_in_attempt(*conn, attempt);
    clear_sign_in_failures(*conn, kDefaultCompany, user->login);
    // Checked after the password: only a signed-in user learns that an id is taken, never by whom.
    if (!claim_device(*conn, kDefaultCompany, parsed->device_id, user->id))
        return error_response(409, sync::kDeviceTakenCode,
                              "this device id belongs to another user's sign-in: sign in with a new device id");
    sync::LoginResponse response;
    response.token = issue_token(*conn, kDefaultCompany, user->id, parsed->device_id, auth_options_.token_lifetime_days);
    response.user = sync::UserInfo{user->id, user->login, std::string(to_string(user->role)), user->unit_id,
                                   user->display_name};
    ApiResponse answer{200, sync::to_json(response).dump()};
    answer.user = user->login;  // for the request log
    return answer;
}

ApiResponse RequestHandler::change_password(const ApiRequest& request) {
    auto conn = pool_.acquire();
    auto auth = authenticate(*conn, request);
    if (auto* denied = std::get_if<ApiResponse>(&auth)) return *denied;
    const UserRecord& user = std::get<AuthContext>(auth).user;
    auto parsed = parse_password_change_body(request.body);
    if (!parsed) return error_response(400, parsed.error().code, parsed.error().message);
    if (auto violation = password_rule_violation(user.login, parsed->new_password))
        return error_response(400, "weak_password", *violation);
    if (parsed->new_password == parsed->current_password)
        return error_response(400, "weak_password", "the new password must differ from the current one");
    const auto& limits = auth_options_.sign_in;
    std::int64_t attempt = 0;
    if (auto block = claim_sign_in_attempt(*conn, kDefaultCompany, limits, user.login, request.remote_address, attempt))
        return too_many_failures(*block);
    if (!verify_password(user.password_hash, parsed->current_password))
        return error_response(403, "wrong_password", "the current password is wrong");
    const std::string new_hash = hash_password(parsed->new_password);
    long revoked = 0;
    {
        PgTransaction tx(*conn);
        tx.exec("UPDATE app_user SET password_hash = $3 WHERE company_id = $1 AND id = $2::uuid",
                {std::to_string(kDefaultCompany), user.id, new_hash});
        revoked = revoke_user_tokens(tx.connection(), kDefaultCompany, user.id, token_hash(bearer_token(request)));
        forget_sign_in_attempt(tx.connection(), attempt);
        clear_sign_in_failures(tx.connection(), kDefaultCompany, user.login);
        tx.commit();
    }
    notify_sessions_changed(*conn, kDefaultCompany);  // other devices' live sessions end
    return ApiResponse{200, nlohmann::json({{"status", "changed"}, {"tokens_revoked", revoked}}).dump()};
}

}  // namespace crm::server
