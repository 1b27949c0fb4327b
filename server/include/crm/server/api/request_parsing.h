#pragma once
// Strict parsing of request bodies and query strings: shapes, types and no unknown members.

#include "crm/shared/result.h"
#include "crm/sync/protocol.h"

#include <cstdint>
#include <string>

namespace crm::server {

/// A login body per sync::LoginRequest; Error "bad_request" otherwise.
Result<sync::LoginRequest> parse_login_body(const std::string& body);

/// The body of POST /v1/password.
struct PasswordChange {
    std::string current_password;
    std::string new_password;
};

/// {"current_password": "...", "new_password": "..."}, nothing else; Error "bad_request" otherwise.
Result<PasswordChange> parse_password_change_body(const std::string& body);

/// A push body per sync::PushRequest, rejecting members the protocol does not define.
Result<sync::PushRequest> parse_push_body(const std::string& body);

/// ?cursor=N&limit=M&scope=E of a pull.
struct PullQuery {
    std::int64_t cursor = 0;
    int limit = sync::kDefaultPullLimit;
    std::int64_t scope_epoch = 0;  ///< the device's scope epoch (0: none yet)
};

/// The pull query of a request target ("/v1/sync/pull?cursor=5"); Error "bad_request" otherwise.
Result<PullQuery> parse_pull_query(const std::string& target);

}  // namespace crm::server
