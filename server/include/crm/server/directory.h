#pragma once
// The org/user directory: units, users, roles, and who may see whose book.

#include "crm/server/pg.h"
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
    long tokens_deleted = 0;
    long records_reassigned = 0;
};

/// Marks the user inactive, deletes their tokens and, with `reassign_to`, moves their book
/// (owned records and the records in their scope) to that user. One transaction.
Result<DeactivateReport> deactivate_user(PgConnection& conn, std::int64_t company, const std::string& login,
                                         const std::string& reassign_to);

/// The whole org tree of a company.
OrgTree load_org_tree(PgConnection& conn, std::int64_t company);

/// user id -> unit id of every user of a company (active or not).
std::map<std::string, std::string> load_user_units(PgConnection& conn, std::int64_t company);

/// Ids of the users whose books `actor` sees; nullopt means everyone (hq).
std::optional<std::vector<std::string>> visible_user_ids(PgConnection& conn, std::int64_t company,
                                                         const Actor& actor);

}  // namespace crm::server
