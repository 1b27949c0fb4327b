#include "admin_commands.h"

#include "crm/server/db/migrations.h"
#include "crm/server/org/directory.h"
#include "crm/server/sync/sync_service.h"

#include <istream>
#include <ostream>

namespace crm::server::admin {
namespace {

template <typename T>
T value_or_throw(Result<T> result) {
    if (!result) throw AdminError(result.error().message);
    return std::move(result.value());
}

}  // namespace

void require_schema(PgConnection& conn) {
    if (!pending_migrations(conn).empty())
        throw AdminError("the database schema is not up to date; run: crm-admin --db CONNINFO migrate");
}

std::string read_password(std::istream& in) {
    std::string line;
    std::getline(in, line);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) throw AdminError("no password on stdin (give it as the first line)");
    if (line.size() > 1000) throw AdminError("the password is longer than 1000 bytes");
    return line;
}

void migrate_cmd(const std::string& db, std::ostream& out) {
    PgConnection conn(db);
    const auto applied = migrate(conn);
    if (applied.empty()) out << "schema is up to date\n";
    for (const auto& name : applied) out << "applied " << name << '\n';
}

void unit_add_cmd(const std::string& db, const std::string& name, const std::string& parent, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    const auto id = value_or_throw(add_unit(conn, kDefaultCompany, name, parent));
    out << "unit '" << name << "' added (" << id << ")\n";
}

void user_add_cmd(const std::string& db, const std::string& login, const std::string& role, const std::string& unit,
                  const std::string& display_name, std::istream& password_in, std::ostream& out) {
    const std::string password = read_password(password_in);
    PgConnection conn(db);
    require_schema(conn);
    NewUser user{login, role, unit, display_name.empty() ? login : display_name, password};
    const auto added = value_or_throw(add_user(conn, kDefaultCompany, user));
    out << "user '" << login << "' added (" << added.id << ")\n";
}

void user_deactivate_cmd(const std::string& db, const std::string& login, const std::string& reassign_to,
                         std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    const auto report = value_or_throw(deactivate_user(conn, kDefaultCompany, login, reassign_to));
    out << "user '" << login << "' deactivated; " << report.tokens_revoked << " tokens revoked";
    if (!reassign_to.empty()) out << "; " << report.records_reassigned << " records reassigned to '" << reassign_to << "'";
    out << '\n';
}

void user_reactivate_cmd(const std::string& db, const std::string& login, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    const long deleted = value_or_throw(reactivate_user(conn, kDefaultCompany, login));
    out << "user '" << login << "' reactivated; " << deleted << " old tokens deleted (sign in again)\n";
}

void user_move_cmd(const std::string& db, const std::string& login, const std::string& unit, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    const bool moved = value_or_throw(move_user(conn, kDefaultCompany, login, unit));
    out << "user '" << login << (moved ? "' moved to unit '" : "' is already in unit '") << unit << "'\n";
}

void user_set_role_cmd(const std::string& db, const std::string& login, const std::string& role, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    const bool changed = value_or_throw(set_user_role(conn, kDefaultCompany, login, role));
    out << "user '" << login << (changed ? "' is now " : "' already is ") << role << '\n';
}

void unit_move_cmd(const std::string& db, const std::string& name, const std::string& parent, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    const bool moved = value_or_throw(move_unit(conn, kDefaultCompany, name, parent));
    out << "unit '" << name << (moved ? "' moved under '" : "' already is under '") << parent << "'\n";
}

void dump_cmd(const std::string& db, const std::string& login, std::ostream& out) {
    PgConnection conn(db);
    require_schema(conn);
    out << value_or_throw(dump_as(conn, kDefaultCompany, login)).dump() << '\n';
}

}  // namespace crm::server::admin
