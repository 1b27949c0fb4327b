// crm-admin: schema, org tree, users, demo data and dumps (see server/README.md).
#include "admin_commands.h"
#include "admin_database.h"
#include "audit_command.h"
#include "history_command.h"
#include "leads_commands.h"
#include "report_commands.h"
#include "session_commands.h"

#include "crm/server/db/pg.h"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <functional>
#include <iostream>

namespace {

using namespace crm::server::admin;

/// One line for stderr: newlines and tabs of libpq messages folded.
std::string one_line(std::string text) {
    for (auto& c : text)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    while (text.find("  ") != std::string::npos) text.erase(text.find("  "), 1);
    return text;
}

struct Args {
    std::string db, config_file, name, parent, login, role, unit, display_name, reassign_to, as, device_id;
    bool password_stdin = false;
    SeedOptions seed;
};

void add_user_verbs(CLI::App& app, Args& a, std::function<void()>& action) {
    auto* user = app.add_subcommand("user", "manage users")->require_subcommand(1);
    auto* add = user->add_subcommand("add", "add a user (password from stdin)");
    add->add_option("login", a.login, "login name")->required();
    add->add_option("--role", a.role, "rep, manager or hq")->required();
    add->add_option("--unit", a.unit, "name of the user's org unit")->required();
    add->add_flag("--password-stdin", a.password_stdin, "read the password from the first line of stdin")->required();
    add->add_option("--name", a.display_name, "display name (default: the login)");
    add->callback([&] { action = [&] { user_add_cmd(a.db, a.login, a.role, a.unit, a.display_name, std::cin, std::cout); }; });
    auto* deactivate = user->add_subcommand("deactivate", "deactivate a user, revoke their tokens, hand over their book");
    deactivate->add_option("login", a.login, "login name")->required();
    deactivate->add_option("--reassign-to", a.reassign_to, "login that takes over the user's records");
    deactivate->callback([&] { action = [&] { user_deactivate_cmd(a.db, a.login, a.reassign_to, std::cout); }; });
    auto* reactivate = user->add_subcommand("reactivate", "reactivate a deactivated user (they sign in again)");
    reactivate->add_option("login", a.login, "login name")->required();
    reactivate->callback([&] { action = [&] { user_reactivate_cmd(a.db, a.login, std::cout); }; });
    auto* set_password = user->add_subcommand("set-password", "set a user's password; revokes all their sign-ins");
    set_password->add_option("login", a.login, "login name")->required();
    set_password->add_flag("--password-stdin", a.password_stdin, "read the password from the first line of stdin")
        ->required();
    set_password->callback([&] { action = [&] { user_set_password_cmd(a.db, a.login, std::cin, std::cout); }; });
    auto* move = user->add_subcommand("move", "move a user to another org unit");
    move->add_option("login", a.login, "login name")->required();
    move->add_option("--unit", a.unit, "name of the new org unit")->required();
    move->callback([&] { action = [&] { user_move_cmd(a.db, a.login, a.unit, std::cout); }; });
    auto* set_role = user->add_subcommand("set-role", "change a user's role");
    set_role->add_option("login", a.login, "login name")->required();
    set_role->add_option("--role", a.role, "rep, manager or hq")->required();
    set_role->callback([&] { action = [&] { user_set_role_cmd(a.db, a.login, a.role, std::cout); }; });
}

void add_unit_verbs(CLI::App& app, Args& a, std::function<void()>& action) {
    auto* unit = app.add_subcommand("unit", "manage org units")->require_subcommand(1);
    auto* unit_add = unit->add_subcommand("add", "add an org unit");
    unit_add->add_option("name", a.name, "unit name")->required();
    unit_add->add_option("--parent", a.parent, "name of the parent unit (default: a root unit)");
    unit_add->callback([&] { action = [&] { unit_add_cmd(a.db, a.name, a.parent, std::cout); }; });
    auto* unit_move = unit->add_subcommand("move", "move an org unit (with its subtree) under another parent");
    unit_move->add_option("name", a.name, "unit name")->required();
    unit_move->add_option("--parent", a.parent, "name of the new parent unit")->required();
    unit_move->callback([&] { action = [&] { unit_move_cmd(a.db, a.name, a.parent, std::cout); }; });
}

void add_device_verbs(CLI::App& app, Args& a, std::function<void()>& action) {
    auto* device = app.add_subcommand("device", "signed-in devices")->require_subcommand(1);
    auto* list = device->add_subcommand("list", "list devices: id, user, created, last seen, expires, revoked");
    list->add_option("--user", a.login, "only this login's devices");
    list->callback([&] { action = [&] { device_list_cmd(a.db, a.login, std::cout); }; });
    auto* revoke = device->add_subcommand("revoke", "revoke a device's sign-ins at once (its live sessions close)");
    revoke->add_option("device_id", a.device_id, "device id (from device list)")->required();
    revoke->callback([&] { action = [&] { device_revoke_cmd(a.db, a.device_id, std::cout); }; });
}

void add_verbs(CLI::App& app, Args& a, std::function<void()>& action) {
    app.add_subcommand("migrate", "apply pending schema migrations")->callback([&] {
        action = [&] { migrate_cmd(a.db, std::cout); };
    });
    add_unit_verbs(app, a, action);
    add_user_verbs(app, a, action);
    add_device_verbs(app, a, action);
    add_audit_verb(app, a.db, action);
    add_customer_verbs(app, a.db, action);
    add_report_verbs(app, a.db, action);
    add_leads_verbs(app, a.db, action);
    auto* seed = app.add_subcommand("seed-demo", "create a demo company: hq, manager, rep1..repN with their books");
    seed->add_option("--reps", a.seed.reps, "number of reps")->capture_default_str()->check(CLI::Range(1, 100));
    seed->add_option("--customers-per-rep", a.seed.customers_per_rep, "customers per rep")
        ->capture_default_str()->check(CLI::Range(0, 100000));
    seed->add_option("--contacts-per-customer", a.seed.contacts_per_customer,
                     "contacts per customer (default: one or two, alternating)")
        ->check(CLI::Range(1, 20));
    seed->add_option("--visits-per-customer", a.seed.visits_per_customer, "visits per customer")
        ->capture_default_str()->check(CLI::Range(0, 100));
    seed->add_flag("--password-stdin", a.password_stdin, "read the demo password from stdin (default: demo)");
    seed->callback([&] {
        action = [&] {
            if (a.password_stdin) a.seed.password = read_password(std::cin);
            seed_demo_cmd(a.db, a.seed, std::cout);
        };
    });
    auto* dump = app.add_subcommand("dump", "print every record a user may see as JSON");
    dump->add_option("--as", a.as, "login whose view to dump")->required();
    dump->callback([&] { action = [&] { dump_cmd(a.db, a.as, std::cout); }; });
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"crm-admin: administer a Field CRM database"};
    Args args;
    std::function<void()> action;
    app.add_option("--db", args.db, "libpq connection string of the database (else CRM_SERVER_DB, else --config)");
    app.add_option("--config", args.config_file, "take the database from 'db' in this crm-server config file");
    app.require_subcommand(1);
    add_verbs(app, args, action);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "crm-admin: " << one_line(e.what()) << " (see --help)\n";
        return 2;
    }
    try {
        if (!action) return 0;
        const char* env_db = std::getenv("CRM_SERVER_DB");
        args.db = resolve_admin_db(args.db, env_db ? std::optional<std::string>(env_db) : std::nullopt, args.config_file);
        action();
        return 0;
    } catch (const AdminError& e) {
        std::cerr << "crm-admin: " << one_line(e.what()) << '\n';
    } catch (const crm::server::PgError& e) {
        std::cerr << "crm-admin: " << one_line(e.what()) << '\n';
    } catch (const std::exception& e) {
        std::cerr << "crm-admin: unexpected error: " << one_line(e.what()) << '\n';
    }
    return 1;
}
