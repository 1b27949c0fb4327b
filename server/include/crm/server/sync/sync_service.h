#pragma once
// The sync service (ARCHITECTURE §4): push, pull and the admin's dump of one user's view.

#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "crm/shared/geo.h"
#include "crm/shared/result.h"
#include "crm/sync/protocol.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace crm::server {

/// Who is pushing or pulling: the signed-in user and the device their token belongs to.
struct AuthContext {
    std::int64_t company = kDefaultCompany;
    UserRecord user;
    std::string device_id;
};

/// How far ahead of the server's clock a device's HLC may run before it is clamped.
inline constexpr std::int64_t kMaxHlcAheadMs = 5 * 60 * 1000;

/// How the server rules on pushed data beyond the permission rules.
struct PushOptions {
    /// Judges visit check-ins into server_check_in_status (crm-server --check-in-radius).
    CheckInPolicy check_in{};
};

/// Applies a batch in one transaction and returns one verdict per mutation, in order.
/// Replayed (device, seq) pairs get their first verdict back as `duplicate`.
sync::PushResponse push(PgConnection& conn, const AuthContext& auth, const sync::PushRequest& request,
                        std::int64_t now_ms, const PushOptions& options = {});

/// The changes and evictions after `cursor` for the user, at most `limit`, ordered by seq.
/// `scope_epoch` is the device's (0: none); when it is not the company's and cursor > 0, the
/// page restarts from cursor 0 with reset = true. Returns the response body as JSON text:
/// the records come as JSON from PostgreSQL and are spliced in without re-parsing.
std::string pull_body(PgConnection& conn, const AuthContext& auth, std::int64_t cursor, int limit,
                      std::int64_t scope_epoch = 0);

/// {"<entity>": [records sorted by id], ...}: every live record `login` may see, rendered as
/// pull renders them. Error "not_found" for an unknown login.
Result<nlohmann::json> dump_as(PgConnection& conn, std::int64_t company, const std::string& login);

}  // namespace crm::server
