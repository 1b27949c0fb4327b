#pragma once
// The HTTP API as a function from request to response; it never sees a socket.

#include "crm/server/auth/sign_in_limits.h"
#include "crm/server/auth/tokens.h"
#include "crm/server/db/pool.h"
#include "crm/server/sync/sync_service.h"

#include <cstdint>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace crm::server {

/// An HTTP request as the handler needs it. Header names are lower-case.
struct ApiRequest {
    std::string method;
    std::string target;
    std::map<std::string, std::string> headers;
    std::string body;
    std::string remote_address;  ///< the client's IP address (sign-in rate limiting)
};

/// An HTTP response: status, a body (JSON unless content_type says otherwise) and any extra
/// headers (e.g. Retry-After).
struct ApiResponse {
    int status = 200;
    std::string body;
    std::string content_type = "application/json";
    std::string user;  ///< login of the authenticated caller, for the request log ("" if none)
    std::vector<std::pair<std::string, std::string>> headers;
};

/// Sign-in and token settings of crm-server.
struct AuthOptions {
    int token_lifetime_days = kDefaultTokenLifetimeDays;  ///< --token-ttl-days
    SignInLimits sign_in;
};

/// The largest request body the server reads (larger ones get 413).
inline constexpr std::size_t kMaxBodyBytes = 1024 * 1024;

class Metrics;

/// Answers one management request (management_api.h) for an authenticated caller. Runs inside
/// answer_errors: a thrown PgError becomes 503/500.
using ManagementEndpoint = ApiResponse (*)(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request);

/// Routes the requests of routes.h (but /v1/live, a WebSocket). Thread-safe; blocking
/// (database work): call it off the network threads. With `metrics`, counts push verdicts and
/// serves /metrics.
class RequestHandler {
public:
    explicit RequestHandler(PgPool& pool, std::function<std::int64_t()> clock_ms = {}, PushOptions push_options = {},
                            Metrics* metrics = nullptr, AuthOptions auth_options = {});
    ApiResponse handle(const ApiRequest& request);

private:
    ApiResponse route(const ApiRequest& request);
    ApiResponse health();
    ApiResponse login(const ApiRequest& request);          // auth_routes.cpp
    ApiResponse change_password(const ApiRequest& request);  // auth_routes.cpp
    ApiResponse push(const ApiRequest& request);
    ApiResponse pull(const ApiRequest& request);
    ApiResponse management(const ApiRequest& request, ManagementEndpoint endpoint);  // management_api.h

    PgPool& pool_;
    std::function<std::int64_t()> clock_ms_;
    PushOptions push_options_;
    Metrics* metrics_;
    AuthOptions auth_options_;
};

/// The JSON error response {"error": {"code", "message"}} with this status.
ApiResponse error_response(int status, const std::string& code, const std::string& message);

/// A 400 protocol_mismatch response when the request's X-CRM-Protocol is not ours.
std::optional<ApiResponse> check_protocol(const ApiRequest& request);

/// The bearer token of the request, or "" when there is none.
std::string bearer_token(const ApiRequest& request);

/// The signed-in caller of the request's bearer token, or a 401 response: account_deactivated
/// for a deactivated user's token, token_expired, token_revoked, unauthorized for any other bad
/// or missing token. (auth_routes.cpp)
std::variant<AuthContext, ApiResponse> authenticate(PgConnection& conn, const ApiRequest& request);

/// Seconds a client should wait (Retry-After) before retrying a request the database could not serve.
inline constexpr int kDatabaseRetryAfterSeconds = 2;

/// 503 database_unavailable with Retry-After, for a database fault: unreachable, lost connection,
/// or a COMMIT whose outcome is unknown (the message tells which).
ApiResponse database_unavailable(const PgError& error);

/// Runs `work`; a database fault becomes 503 database_unavailable (see above), another database
/// error 500, any other exception 500, each logged on stderr. The result type must be
/// constructible from an ApiResponse.
template <typename Work>
auto answer_errors(Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const PgError& e) {
        std::cerr << "crm-server: database error: " << e.what() << '\n';
        if (e.database_fault()) return database_unavailable(e);
        return error_response(500, "internal", "the server hit a database error; try again later");
    } catch (const std::exception& e) {
        std::cerr << "crm-server: internal error: " << e.what() << '\n';
        return error_response(500, "internal", "the server hit an internal error");
    }
}

}  // namespace crm::server
