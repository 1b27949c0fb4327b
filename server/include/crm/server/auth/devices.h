#pragma once
// Signed-in devices as crm-admin sees them: one row per device of a user, from its tokens, and
// per-device revocation (the live sessions of a revoked device are closed by every crm-server).

#include "crm/server/db/pg.h"
#include "crm/shared/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace crm::server {

/// A device's sign-ins, summed over its tokens. Times are PostgreSQL timestamptz text.
struct DeviceSession {
    std::string device_id;
    std::string login;
    std::string created;    ///< first sign-in
    std::string last_seen;  ///< last use of any of its tokens
    std::string expires;    ///< the latest expiry of its tokens
    bool revoked = false;   ///< every token of it is revoked
};

/// What other people see of a device: "device-" and 8 hex digits of its id's SHA-256. A device
/// id is a credential's half (a sign-in names it), so it is never shown to another user.
std::string device_label(const std::string& device_id);

/// Binds the device id to the user if it is new; true when it belongs to this user (now or
/// since their first sign-in), false when another user holds it.
bool claim_device(PgConnection& conn, std::int64_t company_id, const std::string& device_id, const std::string& user_id);

/// Every device, newest use first; only `login`'s when not empty (Error not_found for an unknown login).
Result<std::vector<DeviceSession>> list_devices(PgConnection& conn, std::int64_t company_id, const std::string& login);

/// Revokes every token of the device; returns how many were still unrevoked. Error invalid for
/// a malformed id, not_found when the device never signed in.
Result<long> revoke_device(PgConnection& conn, std::int64_t company_id, const std::string& device_id);

/// Tells every crm-server (through a company-wide change notice) to re-check its live sessions,
/// so that those of revoked devices and deactivated users are closed.
void notify_sessions_changed(PgConnection& conn, std::int64_t company_id);

}  // namespace crm::server
