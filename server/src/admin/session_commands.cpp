#include "session_commands.h"

#include "admin_commands.h"
#include "crm/server/auth/devices.h"
#include "crm/server/auth/password.h"
#include "crm/server/auth/sign_in_limits.h"
#include "crm/server/auth/tokens.h"
#include "crm/server/org/directory.h"
#include "crm/server/sync/sync_service.h"

#include <iomanip>
#include <ostream>

namespace crm::server::admin {

void device_list_cmd(const std::string& db, const std::string& login, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    auto devices = list_devices(conn, kDefaultCompany, login);
    if (!devices) throw AdminError(devices.error().message);
    out << std::left << std::setw(37) << "DEVICE" << std::setw(16) << "USER" << std::setw(21) << "CREATED"
        << std::setw(21) << "LAST SEEN" << std::setw(21) << "EXPIRES" << "REVOKED\n";
    for (const auto& d : *devices)
        out << std::setw(37) << d.device_id << std::setw(16) << d.login << std::setw(21) << d.created << std::setw(21)
            << d.last_seen << std::setw(21) << d.expires << (d.revoked ? "yes" : "no") << '\n';
}

void device_revoke_cmd(const std::string& db, const std::string& device_id, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    auto revoked = revoke_device(conn, kDefaultCompany, device_id);
    if (!revoked) throw AdminError(revoked.error().message);
    out << "device " << device_id << " revoked; " << *revoked << " tokens revoked\n";
}

void user_set_password_cmd(const std::string& db, const std::string& login, std::istream& password_in,
                           std::ostream& out) {
    const std::string password = read_password(password_in);
    PgConnection conn(db);
    require_schema(conn);
    auto user = find_user_by_login(conn, kDefaultCompany, login);
    if (!user) throw AdminError("unknown login '" + login + "'");
    if (auto violation = password_rule_violation(login, password)) throw AdminError(*violation);
    const std::string hash = hash_password(password);
    long revoked = 0;
    {
        PgTransaction tx(conn);
        tx.exec("UPDATE app_user SET password_hash = $3 WHERE company_id = $1 AND id = $2::uuid",
                {std::to_string(kDefaultCompany), user->id, hash});
        revoked = revoke_user_tokens(tx.connection(), kDefaultCompany, user->id);
        clear_sign_in_failures(tx.connection(), kDefaultCompany, login);
        tx.commit();
    }
    notify_sessions_changed(conn, kDefaultCompany);
    out << "password of '" << login << "' set; " << revoked << " tokens revoked (sign in again)\n";
}

}  // namespace crm::server::admin
