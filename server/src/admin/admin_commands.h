#pragma once
// The crm-admin verbs. Each throws AdminError (one line for stderr) on an expected failure.

#include <cstdint>
#include <iosfwd>
#include <stdexcept>
#include <string>

namespace crm::server {
class PgConnection;
}

namespace crm::server::admin {

/// An expected failure, worded as the one line crm-admin prints on stderr.
class AdminError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// Throws AdminError when the database has migrations pending.
void require_schema(PgConnection& conn);

/// Applies pending migrations; prints what it applied.
void migrate_cmd(const std::string& db, std::ostream& out);

/// Adds an org unit below `parent` (root when empty).
void unit_add_cmd(const std::string& db, const std::string& name, const std::string& parent, std::ostream& out);

/// Adds a user; the password is the first line of `password_in`.
void user_add_cmd(const std::string& db, const std::string& login, const std::string& role, const std::string& unit,
                  const std::string& display_name, std::istream& password_in, std::ostream& out);

/// Deactivates a user, optionally handing their book to `reassign_to`.
void user_deactivate_cmd(const std::string& db, const std::string& login, const std::string& reassign_to,
                         std::ostream& out);

/// Marks a deactivated user active again (their old tokens are deleted).
void user_reactivate_cmd(const std::string& db, const std::string& login, std::ostream& out);

/// Moves a user to another unit (a full re-scope for every device).
void user_move_cmd(const std::string& db, const std::string& login, const std::string& unit, std::ostream& out);

/// Changes a user's role (a full re-scope for every device).
void user_set_role_cmd(const std::string& db, const std::string& login, const std::string& role, std::ostream& out);

/// Moves a unit under another parent, refusing cycles (a full re-scope for every device).
void unit_move_cmd(const std::string& db, const std::string& name, const std::string& parent, std::ostream& out);

/// Prints every record `login` may see as one JSON line.
void dump_cmd(const std::string& db, const std::string& login, std::ostream& out);

/// Options of seed-demo.
struct SeedOptions {
    int reps = 3;
    int customers_per_rep = 5;
    int visits_per_customer = 2;
    int contacts_per_customer = 0;  ///< 0: one or two, alternating
    std::string password = "demo";
};

/// Creates the demo company (see server/README.md); fails on an already seeded database.
void seed_demo_cmd(const std::string& db, const SeedOptions& options, std::ostream& out);

/// The first line of `in` without its line ending; AdminError when empty.
std::string read_password(std::istream& in);

}  // namespace crm::server::admin
