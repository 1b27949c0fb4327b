#include "crm/server/auth/devices.h"

#include "crm/server/auth/tokens.h"

#include "crm/server/db/change_notice.h"
#include "crm/shared/formats.h"

namespace crm::server {

Result<std::vector<DeviceSession>> list_devices(PgConnection& conn, std::int64_t company_id, const std::string& login) {
    const std::string c = std::to_string(company_id);
    if (!login.empty() &&
        conn.exec("SELECT 1 FROM app_user WHERE company_id = $1 AND login = $2", {c, login}).rows() == 0)
        return Error{"not_found", "unknown login '" + login + "'"};
    auto rows = conn.exec(
        "SELECT t.device_id::text, u.login, "
        "       to_char(min(t.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "       to_char(max(coalesce(t.last_seen_at, t.created_at)) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "       to_char(max(t.expires_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), "
        "       bool_and(t.revoked_at IS NOT NULL) "
        "FROM auth_token t JOIN app_user u ON u.company_id = t.company_id AND u.id = t.user_id "
        "WHERE t.company_id = $1 AND ($2 = '' OR u.login = $2) "
        "GROUP BY t.device_id, u.login ORDER BY max(coalesce(t.last_seen_at, t.created_at)) DESC, t.device_id",
        {c, login});
    std::vector<DeviceSession> devices;
    for (int r = 0; r < rows.rows(); ++r)
        devices.push_back({rows.text(r, 0), rows.text(r, 1), rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),
                           rows.text(r, 5) == "t"});
    return devices;
}

Result<long> revoke_device(PgConnection& conn, std::int64_t company_id, const std::string& device_id) {
    if (!is_uuid(device_id)) return Error{"invalid", "device id must be a UUID, not '" + device_id + "'"};
    const std::string c = std::to_string(company_id);
    if (conn.exec("SELECT 1 FROM auth_token WHERE company_id = $1 AND device_id = $2::uuid LIMIT 1", {c, device_id})
            .rows() == 0)
        return Error{"not_found", "no device " + device_id + " has signed in"};
    const long revoked = conn.exec("UPDATE auth_token SET revoked_at = now() "
                                   "WHERE company_id = $1 AND device_id = $2::uuid AND revoked_at IS NULL",
                                   {c, device_id})
                             .affected();
    notify_sessions_changed(conn, company_id);
    return revoked;
}

void notify_sessions_changed(PgConnection& conn, std::int64_t company_id) {
    PgTransaction tx(conn);
    const auto seq = tx.exec("SELECT last_value FROM change_seq").text(0, 0);
    notify_change(tx, ChangeNotice{company_id, std::stoll(seq), {}});
    tx.commit();
}

std::string device_label(const std::string& device_id) {
    return device_id.empty() ? std::string() : "device-" + token_hash(device_id).substr(0, 8);
}

bool claim_device(PgConnection& conn, std::int64_t company_id, const std::string& device_id, const std::string& user_id) {
    // One statement: concurrent first sign-ins of two users with one id cannot both win.
    auto rows = conn.exec(
        "WITH claimed AS (INSERT INTO device (company_id, device_id, user_id) VALUES ($1, $2::uuid, $3::uuid) "
        "                 ON CONFLICT (company_id, device_id) DO NOTHING RETURNING user_id) "
        "SELECT user_id::text FROM claimed UNION ALL "
        "SELECT user_id::text FROM device WHERE company_id = $1 AND device_id = $2::uuid",
        {std::to_string(company_id), device_id, user_id});
    return rows.rows() > 0 && rows.text(0, 0) == user_id;
}

}  // namespace crm::server
