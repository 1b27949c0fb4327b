#include "crm/server/org/directory.h"

#include "crm/server/auth/password.h"
#include "crm/server/db/ids.h"
#include "crm/server/db/change_notice.h"
#include "crm/server/org/reassign.h"

namespace crm::server {
namespace {

/// The audit entry of an action by `by` on a user (or another entity) of the directory.
AuditEntry audited(const AuditEntry& by, std::string action, std::string record_id, nlohmann::json details,
                   std::string entity = "user") {
    AuditEntry entry = by;
    entry.action = std::move(action);
    entry.entity = std::move(entity);
    entry.record_id = std::move(record_id);
    entry.details = std::move(details);
    return entry;
}

constexpr const char* kUserColumns =
    "SELECT id::text, login, role, unit_id::text, display_name, active, password_hash FROM app_user ";

std::optional<UserRecord> user_from(const PgResult& rows) {
    if (rows.rows() == 0) return std::nullopt;
    UserRecord u;
    u.id = rows.text(0, 0);
    u.login = rows.text(0, 1);
    u.role = parse_role(rows.text(0, 2)).value_or(Role::rep);
    u.unit_id = rows.text(0, 3);
    u.display_name = rows.text(0, 4);
    u.active = rows.text(0, 5) == "t";
    u.password_hash = rows.text(0, 6);
    return u;
}

/// Takes the company lock: org changes, pushes and hand-overs are serialized, so seq order is
/// commit order and two unit moves cannot build a cycle together.
void lock_company(PgTransaction& tx, std::int64_t company) {
    tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(company)});
}

std::optional<std::string> unit_id_by_name(PgConnection& conn, std::int64_t company, const std::string& name) {
    auto rows = conn.exec("SELECT id::text FROM org_unit WHERE company_id = $1 AND name = $2",
                          {std::to_string(company), name});
    if (rows.rows() == 0) return std::nullopt;
    return rows.text(0, 0);
}

}  // namespace

std::optional<UserRecord> find_user_by_login(PgConnection& conn, std::int64_t company, const std::string& login) {
    return user_from(conn.exec(std::string(kUserColumns) + "WHERE company_id = $1 AND login = $2",
                               {std::to_string(company), login}));
}

std::optional<UserRecord> find_user_by_id(PgConnection& conn, std::int64_t company, const std::string& id) {
    return user_from(conn.exec(std::string(kUserColumns) + "WHERE company_id = $1 AND id = $2::uuid",
                               {std::to_string(company), id}));
}

Result<std::string> add_unit(PgConnection& conn, std::int64_t company, const std::string& name,
                             const std::string& parent_name) {
    if (name.empty() || name.size() > 200) return Error{"invalid", "a unit name must be 1 to 200 characters"};
    PgParam parent_id;
    if (!parent_name.empty()) {
        parent_id = unit_id_by_name(conn, company, parent_name);
        if (!parent_id) return Error{"not_found", "unknown unit '" + parent_name + "'"};
    }
    const std::string id = new_uuid();
    try {
        conn.exec("INSERT INTO org_unit (company_id, id, name, parent_id) VALUES ($1, $2::uuid, $3, $4::uuid)",
                  {std::to_string(company), id, name, parent_id});
    } catch (const PgError& e) {
        if (e.kind() == PgErrorKind::unique_violation) return Error{"conflict", "unit '" + name + "' already exists"};
        throw;
    }
    return id;
}

Result<UserRecord> add_user(PgConnection& conn, std::int64_t company, const NewUser& user) {
    if (user.login.empty() || user.login.size() > 100) return Error{"invalid", "a login must be 1 to 100 characters"};
    const auto role = parse_role(user.role);
    if (!role) return Error{"invalid", "unknown role '" + user.role + "' (use rep, manager or hq)"};
    const auto unit = unit_id_by_name(conn, company, user.unit_name);
    if (!unit) return Error{"not_found", "unknown unit '" + user.unit_name + "'"};
    UserRecord u{new_uuid(), user.login, *role, *unit, user.display_name, true, hash_password(user.password)};
    try {
        conn.exec(
            "INSERT INTO app_user (company_id, id, login, role, unit_id, display_name, password_hash) "
            "VALUES ($1, $2::uuid, $3, $4, $5::uuid, $6, $7)",
            {std::to_string(company), u.id, u.login, user.role, u.unit_id, u.display_name, u.password_hash});
    } catch (const PgError& e) {
        if (e.kind() == PgErrorKind::unique_violation)
            return Error{"conflict", "login '" + user.login + "' is already taken"};
        throw;
    }
    return u;
}

Result<DeactivateReport> deactivate_user(PgConnection& conn, std::int64_t company, const std::string& login,
                                         const std::string& reassign_to, const AuditEntry& by) {
    auto user = find_user_by_login(conn, company, login);
    if (!user) return Error{"not_found", "unknown login '" + login + "'"};
    std::optional<UserRecord> heir;
    if (!reassign_to.empty()) {
        heir = find_user_by_login(conn, company, reassign_to);
        if (!heir) return Error{"not_found", "unknown login '" + reassign_to + "'"};
        if (!heir->active) return Error{"invalid", "cannot reassign to inactive user '" + reassign_to + "'"};
        if (heir->id == user->id) return Error{"invalid", "cannot reassign a user's book to themselves"};
    }
    DeactivateReport report;
    PgTransaction tx(conn);
    const std::string c = std::to_string(company);
    lock_company(tx, company);
    tx.exec("UPDATE app_user SET active = false WHERE company_id = $1 AND id = $2::uuid", {c, user->id});
    report.tokens_revoked = std::stol(
        tx.exec("SELECT count(*) FROM auth_token WHERE company_id = $1 AND user_id = $2::uuid AND expires_at > now() "
                "AND revoked_at IS NULL",
                {c, user->id})
            .text(0, 0));
    if (heir) report.records_reassigned = reassign_book(tx, company, user->id, heir->id, server_hlc(now_ms())).count;
    record_audit(tx.connection(), company,
                 audited(by, heir ? "user.hand_over" : "user.deactivate", user->id,
                         {{"login", login},
                          {"reassign_to", reassign_to},
                          {"records_reassigned", report.records_reassigned},
                          {"tokens_revoked", report.tokens_revoked}}));
    bump_scope_epoch(tx, company);
    tx.commit();
    return report;
}

Result<long> reactivate_user(PgConnection& conn, std::int64_t company, const std::string& login,
                             const AuditEntry& by) {
    auto user = find_user_by_login(conn, company, login);
    if (!user) return Error{"not_found", "unknown login '" + login + "'"};
    if (user->active) return Error{"invalid", "user '" + login + "' is active"};
    PgTransaction tx(conn);
    const std::string c = std::to_string(company);
    lock_company(tx, company);
    tx.exec("UPDATE app_user SET active = true WHERE company_id = $1 AND id = $2::uuid", {c, user->id});
    const long deleted =
        tx.exec("DELETE FROM auth_token WHERE company_id = $1 AND user_id = $2::uuid", {c, user->id}).affected();
    record_audit(tx.connection(), company, audited(by, "user.reactivate", user->id, {{"login", login}}));
    bump_scope_epoch(tx, company);
    tx.commit();
    return deleted;
}

Result<bool> move_user(PgConnection& conn, std::int64_t company, const std::string& login,
                       const std::string& unit_name, const AuditEntry& by) {
    auto user = find_user_by_login(conn, company, login);
    if (!user) return Error{"not_found", "unknown login '" + login + "'"};
    const auto unit = unit_id_by_name(conn, company, unit_name);
    if (!unit) return Error{"not_found", "unknown unit '" + unit_name + "'"};
    if (*unit == user->unit_id) return false;
    PgTransaction tx(conn);
    lock_company(tx, company);
    tx.exec("UPDATE app_user SET unit_id = $3::uuid WHERE company_id = $1 AND id = $2::uuid",
            {std::to_string(company), user->id, *unit});
    record_audit(tx.connection(), company, audited(by, "user.move", user->id, {{"login", login}, {"unit", unit_name}}));
    bump_scope_epoch(tx, company);
    tx.commit();
    return true;
}

Result<bool> set_user_role(PgConnection& conn, std::int64_t company, const std::string& login,
                           const std::string& role, const AuditEntry& by) {
    const auto parsed = parse_role(role);
    if (!parsed) return Error{"invalid", "unknown role '" + role + "' (use rep, manager or hq)"};
    auto user = find_user_by_login(conn, company, login);
    if (!user) return Error{"not_found", "unknown login '" + login + "'"};
    if (user->role == *parsed) return false;
    PgTransaction tx(conn);
    lock_company(tx, company);
    tx.exec("UPDATE app_user SET role = $3 WHERE company_id = $1 AND id = $2::uuid",
            {std::to_string(company), user->id, role});
    record_audit(tx.connection(), company, audited(by, "user.set_role", user->id, {{"login", login}, {"role", role}}));
    bump_scope_epoch(tx, company);
    tx.commit();
    return true;
}

Result<bool> move_unit(PgConnection& conn, std::int64_t company, const std::string& name,
                       const std::string& parent_name, const AuditEntry& by) {
    const auto unit = unit_id_by_name(conn, company, name);
    if (!unit) return Error{"not_found", "unknown unit '" + name + "'"};
    const auto parent = unit_id_by_name(conn, company, parent_name);
    if (!parent) return Error{"not_found", "unknown unit '" + parent_name + "'"};
    PgTransaction tx(conn);
    lock_company(tx, company);  // before reading the tree: concurrent moves cannot make a cycle
    const OrgTree tree = load_org_tree(conn, company);
    if (tree.is_within(*parent, *unit))
        return Error{"invalid", "cannot move unit '" + name + "' under '" + parent_name +
                                    "': that is the unit itself or inside it (the org tree would have a cycle)"};
    auto current = tx.exec("SELECT coalesce(parent_id::text, '') FROM org_unit WHERE company_id = $1 AND id = $2::uuid",
                           {std::to_string(company), *unit});
    if (current.text(0, 0) == *parent) return false;
    tx.exec("UPDATE org_unit SET parent_id = $3::uuid WHERE company_id = $1 AND id = $2::uuid",
            {std::to_string(company), *unit, *parent});
    record_audit(tx.connection(), company,
                 audited(by, "unit.move", *unit, {{"unit", name}, {"parent", parent_name}}, "org_unit"));
    bump_scope_epoch(tx, company);
    tx.commit();
    return true;
}

std::int64_t bump_scope_epoch(PgTransaction& tx, std::int64_t company) {
    const std::int64_t epoch = std::stoll(
        tx.exec("UPDATE company SET scope_epoch = nextval('change_seq') WHERE id = $1 RETURNING scope_epoch",
                {std::to_string(company)})
            .text(0, 0));
    notify_change(tx, ChangeNotice{company, epoch, {}});  // empty owners: every device of the company
    return epoch;
}

OrgTree load_org_tree(PgConnection& conn, std::int64_t company) {
    OrgTree tree;
    auto rows = conn.exec("SELECT id::text, coalesce(parent_id::text, '') FROM org_unit WHERE company_id = $1",
                          {std::to_string(company)});
    for (int r = 0; r < rows.rows(); ++r) tree.add_unit(rows.text(r, 0), rows.text(r, 1));
    return tree;
}

std::map<std::string, std::string> load_user_units(PgConnection& conn, std::int64_t company) {
    std::map<std::string, std::string> units;
    auto rows = conn.exec("SELECT id::text, unit_id::text FROM app_user WHERE company_id = $1", {std::to_string(company)});
    for (int r = 0; r < rows.rows(); ++r) units[rows.text(r, 0)] = rows.text(r, 1);
    return units;
}

std::optional<std::vector<std::string>> visible_user_ids(PgConnection& conn, std::int64_t company,
                                                         const Actor& actor) {
    if (actor.role == Role::hq) return std::nullopt;
    if (actor.role == Role::rep) return std::vector<std::string>{actor.user_id};
    auto rows = conn.exec(
        "WITH RECURSIVE subtree AS ("
        "  SELECT id FROM org_unit WHERE company_id = $1 AND id = $2::uuid"
        "  UNION SELECT o.id FROM org_unit o JOIN subtree s ON o.parent_id = s.id WHERE o.company_id = $1)"
        " SELECT id::text FROM app_user WHERE company_id = $1 AND (unit_id IN (SELECT id FROM subtree) OR id = $3::uuid)",
        {std::to_string(company), actor.unit_id, actor.user_id});
    std::vector<std::string> ids;
    for (int r = 0; r < rows.rows(); ++r) ids.push_back(rows.text(r, 0));
    return ids;
}

}  // namespace crm::server
