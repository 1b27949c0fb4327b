#pragma once
// The org/user directory: units, users, roles, and who may see whose book.

#include "crm/server/db/pg.h"
#include "crm/server/org/audit.h"
#include "crm/shared/permissions.h"
#include "crm/shared/result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crm::server {

/// The one company every command uses until multi-tenancy arrives (created by 0001_core.sql).
inline constexpr std::int64_t kDefaultCompany = 1;

/// A user as stored in app_user.
struct UserRecord {
    std::string id;
    std::string login;
    Role role = Role::rep;
    std::string unit_id;
    std::string display_name;
    bool active = true;
    std::string password_hash;

    /// The user as the actor of permission checks.
    Actor actor() const { return Actor{id, role, unit_id}; }
};

/// Input of add_user.
struct NewUser {
    std::string login;
    std::string role;
    std::string unit_name;
    std::string display_name;
    std::string password;
};

/// The user with this login, or nullopt.
std::optional<UserRecord> find_user_by_login(PgConnection& conn, std::int64_t company, const std::string& login);

/// The user with this id, or nullopt.
std::optional<UserRecord> find_user_by_id(PgConnection& conn, std::int64_t company, const std::string& id);

/// Adds an org unit below `parent_name` (root when empty); returns its id.
Result<std::string> add_unit(PgConnection& conn, std::int64_t company, const std::string& name,
                             const std::string& parent_name);

/// Adds a user (password hashed here); errors: unknown unit, bad role, login taken.
Result<UserRecord> add_user(PgConnection& conn, std::int64_t company, const NewUser& user);

/// Counts of what deactivate_user did.
struct DeactivateReport {
    long tokens_revoked = 0;  ///< the user's live tokens, which now answer account_deactivated
    long records_reassigned = 0;
};

/// Marks the user inactive (their tokens stay, answering 401 account_deactivated) and, with
/// `reassign_to`, moves their book (owned records and the records in their scope) to that
/// user, logging evictions. Bumps the scope epoch and notifies everyone. One transaction.
/// `by` names who did it for the audit log (default: crm-admin); so for the verbs below.
Result<DeactivateReport> deactivate_user(PgConnection& conn, std::int64_t company, const std::string& login,
                                         const std::string& reassign_to, const AuditEntry& by = {});

/// Marks a deactivated user active again, deletes their old tokens (their devices wiped their
/// replicas and sign in again) and bumps the scope epoch. Returns the number of tokens deleted.
Result<long> reactivate_user(PgConnection& conn, std::int64_t company, const std::string& login,
                             const AuditEntry& by = {});

/// Moves a user to another unit and bumps the scope epoch; false when already there.
Result<bool> move_user(PgConnection& conn, std::int64_t company, const std::string& login,
                       const std::string& unit_name, const AuditEntry& by = {});

/// Changes a user's role and bumps the scope epoch; false when the role is already that.
Result<bool> set_user_role(PgConnection& conn, std::int64_t company, const std::string& login,
                           const std::string& role, const AuditEntry& by = {});

/// Moves a unit (with its subtree) under another parent and bumps the scope epoch; refuses a
/// parent inside the unit's own subtree. False when already there.
Result<bool> move_unit(PgConnection& conn, std::int64_t company, const std::string& name,
                       const std::string& parent_name, const AuditEntry& by = {});

/// Sets the company's scope epoch to a fresh change_seq value and queues a change notice for
/// the whole company. The caller holds pg_advisory_xact_lock(company) in `tx`. Returns it.
std::int64_t bump_scope_epoch(PgTransaction& tx, std::int64_t company);

/// The whole org tree of a company.
OrgTree load_org_tree(PgConnection& conn, std::int64_t company);

/// user id -> unit id of every user of a company (active or not).
std::map<std::string, std::string> load_user_units(PgConnection& conn, std::int64_t company);

/// Ids of the users whose books `actor` sees; nullopt means everyone (hq).
std::optional<std::vector<std::string>> visible_user_ids(PgConnection& conn, std::int64_t company,
                                                         const Actor& actor);

}  // namespace crm::server
