// crm-sync: the headless sync client. Every verb but login, sync, watch and passwd works offline.
#include "crm/shared/entity_schema.h"
#include "crm/sync/http_transport.h"
#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"
#include "crm/sync/sync_client.h"
#include "field_values.h"
#include "passwd_command.h"
#include "reset_command.h"
#include "session_url.h"
#include "watch_command.h"

#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

using crm::Error;
using namespace crm::sync;

int fail(const Error& error) {
    std::cerr << "crm-sync: " << error.message << " (" << error.code << ")\n";
    return error.code == "unreachable" ? 3 : 1;
}

std::string read_password() {
    std::string password;
    std::getline(std::cin, password);
    if (!password.empty() && password.back() == '\r') password.pop_back();
    return password;
}

const crm::EntitySpec* entity_or_fail(const std::string& name) {
    const crm::EntitySpec* spec = crm::find_entity(name);
    if (!spec) std::cerr << "crm-sync: unknown entity '" << name << "'\n";
    return spec;
}

void print_status(Replica& replica, bool as_json) {
    const auto status = replica.status();
    const auto session = replica.session();
    if (as_json) {
        nlohmann::json issues = nlohmann::json::array();
        for (const auto& i : status.issues)
            issues.push_back({{"id", i.id}, {"seq", i.seq}, {"entity", i.entity}, {"record_id", i.record_id},
                              {"op", i.op}, {"status", i.status}, {"code", i.code}, {"message", i.message},
                              {"lost_fields", i.lost_fields}, {"fields", i.fields}, {"created_at", i.created_at}});
        std::cout << nlohmann::json{{"user", session ? session->user.login : ""},
                                    {"server", session ? session->server_url : ""},
                                    {"device_id", replica.device_id()},
                                    {"pending", status.pending},
                                    {"cursor", status.cursor},
                                    {"last_sync_at", status.last_sync_at},
                                    {"last_sync_result", status.last_sync_result},
                                    {"issues", issues}}
                         .dump(2)
                  << "\n";
        return;
    }
    std::cout << "user:        " << (session ? session->user.login + " (" + session->user.role + ")" : "signed out")
              << "\nserver:      " << (session ? session->server_url : "-") << "\ndevice:      " << replica.device_id()
              << "\npending:     " << status.pending << "\ncursor:      " << status.cursor
              << "\nlast sync:   " << (status.last_sync_at.empty() ? "never" : status.last_sync_at + " " + status.last_sync_result)
              << "\nsync issues: " << status.issues.size() << "\n";
    for (const auto& i : status.issues) {
        std::cout << "  #" << i.id << " " << i.status << " " << i.op << " " << i.entity << " " << i.record_id << ": "
                  << i.code << ": " << i.message;
        if (!i.lost_fields.empty()) std::cout << " (lost: " << nlohmann::json(i.lost_fields).dump() << ")";
        std::cout << "\n";
    }
}

}  // namespace

/// How to start afresh when the replica file cannot be used.
void print_reset_hint(const std::string& replica_path) {
    std::cerr << "crm-sync: to start afresh: crm-sync --replica " << replica_path
              << " reset  (sets the file aside), then login and sync\n";
}

/// The command line's verb; replica_path is filled as soon as it is parsed.
int run(int argc, char** argv, std::string& replica_path) {
    CLI::App app{"crm-sync: the Field CRM headless client over a local replica file"};
    app.require_subcommand(1);
    app.add_option("--replica", replica_path, "replica file (SQLite); created if missing")->required();
    std::string ca_file;
    app.add_option("--ca", ca_file,
                   "PEM CA that verifies an https:// server (default: the system store); kept with the session")
        ->check(CLI::ExistingFile);

    std::string server, user, entity, id;
    bool password_stdin = false, status_json = false;
    std::vector<std::string> sets;
    std::int64_t issue_id = 0;

    auto* login = app.add_subcommand("login", "sign in (the only verb besides sync that needs the server)");
    login->add_option("--server", server, "server base URL, e.g. http://127.0.0.1:8080")->required();
    login->add_option("--user", user, "login name")->required();
    login->add_flag("--password-stdin", password_stdin, "read the password from the first line of stdin")->required();
    auto* sync = app.add_subcommand("sync", "push pending changes, then pull until caught up");
    auto* create = app.add_subcommand("create", "create a record offline; prints its id");
    std::string entity_names;
    for (const auto& spec : crm::all_entities()) entity_names += (entity_names.empty() ? "" : ", ") + spec.name;
    create->add_option("entity", entity, "one of " + entity_names)->required();
    create->add_option("--set", sets, "FIELD=VALUE (repeatable)");
    auto* update = app.add_subcommand("update", "change fields of a record offline");
    update->add_option("entity", entity)->required();
    update->add_option("id", id)->required();
    update->add_option("--set", sets, "FIELD=VALUE (repeatable; empty VALUE clears)")->required();
    auto* remove = app.add_subcommand("delete", "delete a record offline");
    remove->add_option("entity", entity)->required();
    remove->add_option("id", id)->required();
    auto* dump = app.add_subcommand("dump", "print every record as JSON, same shape as crm-admin dump");
    auto* status = app.add_subcommand("status", "pending changes, cursor, last sync and sync issues");
    status->add_flag("--json", status_json, "machine-readable output");
    auto* dismiss = app.add_subcommand("dismiss", "dismiss a sync issue after reading it");
    dismiss->add_option("issue", issue_id, "issue number from status")->required();
    WatchOptions watch_options;
    auto* watch = add_watch_command(app, watch_options);
    auto* passwd = add_passwd_command(app);
    ResetOptions reset_options;
    auto* reset = add_reset_command(app, reset_options);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    if (*reset) return run_reset_command(replica_path, reset_options);
    auto opened = Replica::open(replica_path);
    if (!opened) {
        fail(opened.error());
        print_reset_hint(replica_path);
        return 1;
    }
    Replica& replica = **opened;
    if (!ca_file.empty()) ca_file = std::filesystem::absolute(ca_file).string();
    watch_options.ca_file = ca_file;

    // The verbs that talk to the server; a failure returns its exit code.
    auto run_online = [&]() -> std::optional<int> {
        if (*login) {
            auto url = parse_server_url(server);
            if (!url) return fail(url.error());
            url->ca_file = ca_file;
            HttpTransport transport(*url);
            SyncClient client(replica, transport);
            auto signed_in = client.login(server, user, read_password());
            if (!signed_in && signed_in.error().code == "too_many_attempts" && client.retry_after())
                return fail(Error{signed_in.error().code, "too many attempts; try again in " +
                                                              std::to_string(client.retry_after()->count()) + " s"});
            if (!signed_in) return fail(signed_in.error());
            auto session = replica.session();
            session->ca_file = ca_file;
            replica.set_session(*session);
            std::cout << "signed in as " << signed_in->login << " (" << signed_in->role << ")\n";
            return 0;
        }
        if (*passwd) return run_passwd(replica, std::cin, ca_file);
        if (*watch) return run_watch(replica, watch_options);
        if (*sync) {
            auto session = replica.session();
            if (!session) return fail(Error{"signed_out", "not signed in: run login first"});
            auto url = session_server_url(*session, ca_file);
            if (!url) return fail(url.error());
            HttpTransport transport(*url);
            SyncClient client(replica, transport);
            auto report = client.sync();
            if (!report) return fail(report.error());
            std::cout << "pushed " << report->pushed << " (applied " << report->applied << ", merged "
                      << report->merged << ", rejected " << report->rejected << ", moved " << report->moved
                      << "), pulled " << report->pulled << ", evicted " << report->evicted << "\n";
            if (report->rejected || report->merged || report->moved)
                std::cout << "see `crm-sync status` for the sync issues\n";
            return 0;
        }
        return std::nullopt;
    };
    if (auto online = run_online()) {
        // A new CA is kept with the session only once a command verified by it succeeded.
        if (*online == 0 && !ca_file.empty() && !*login) {
            if (auto session = replica.session()) {
                session->ca_file = ca_file;
                replica.set_session(*session);
            }
        }
        return *online;
    }

    if (*create || *update) {
        const auto* spec = entity_or_fail(entity);
        if (!spec) return 1;
        auto fields = parse_field_assignments(*spec, sets);
        if (!fields) return fail(fields.error());
        if (*create) {
            auto created = replica.create(entity, *fields);
            if (!created) return fail(created.error());
            std::cout << *created << "\n";
        } else if (auto done = replica.update(entity, id, *fields); !done) {
            return fail(done.error());
        }
    } else if (*remove) {
        if (!entity_or_fail(entity)) return 1;
        if (auto done = replica.remove(entity, id); !done) return fail(done.error());
    } else if (*dump) {
        std::cout << replica.dump().dump() << "\n";
    } else if (*status) {
        print_status(replica, status_json);
    } else if (*dismiss) {
        if (auto done = replica.dismiss_issue(issue_id); !done) return fail(done.error());
    }
    return 0;
}

int main(int argc, char** argv) {
    std::string replica_path;
    try {
        return run(argc, argv, replica_path);
    } catch (const SqliteError& e) {
        // A replica that opened but is damaged further in (a bad page, a broken index).
        std::cerr << "crm-sync: the replica file " << replica_path << " is damaged: " << e.what() << '\n';
        print_reset_hint(replica_path);
    } catch (const std::exception& e) {
        std::cerr << "crm-sync: " << e.what() << '\n';
    }
    return 1;
}
