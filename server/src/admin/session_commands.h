#pragma once
// The crm-admin verbs about sign-ins: device list / revoke and user set-password.

#include <iosfwd>
#include <string>

namespace crm::server::admin {

/// Prints one line per signed-in device (all, or `login`'s): id, user, created, last seen, expires, revoked.
void device_list_cmd(const std::string& db, const std::string& login, std::ostream& out);

/// Revokes every token of a device; its requests get 401 token_revoked and its live sessions close.
void device_revoke_cmd(const std::string& db, const std::string& device_id, std::ostream& out);

/// Sets a user's password (first line of `password_in`, same rules as POST /v1/password),
/// revokes all their tokens and clears their failed sign-ins.
void user_set_password_cmd(const std::string& db, const std::string& login, std::istream& password_in,
                           std::ostream& out);

}  // namespace crm::server::admin
