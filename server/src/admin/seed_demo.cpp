#include "admin_commands.h"
#include "demo_data.h"

#include "crm/server/directory.h"
#include "crm/server/ids.h"
#include "crm/server/migrations.h"
#include "crm/server/sync_service.h"

#include <ostream>
#include <vector>

namespace crm::server::admin {
namespace {

using nlohmann::json;

struct DemoUser {
    std::string login, role, unit, display_name;
};

std::vector<DemoUser> demo_users(int reps) {
    std::vector<DemoUser> users = {{"hq", "hq", "Headquarters", "总部 Headquarters"},
                                   {"manager", "manager", "North Team", "李经理 Manager Li"}};
    for (int i = 1; i <= reps; ++i) {
        const std::string unit = i % 2 ? "North Team" : "South Team";
        users.push_back({"rep" + std::to_string(i), "rep", unit, "销售代表 Rep " + std::to_string(i)});
    }
    return users;
}

/// Collects mutations for one device and pushes them as the given user.
class DemoPusher {
public:
    DemoPusher(PgConnection& conn, UserRecord user, std::int64_t now) : conn_(conn), user_(std::move(user)), now_(now) {}

    std::string create(const std::string& entity, const json& fields) {
        sync::Mutation m;
        m.seq = static_cast<std::int64_t>(request_.mutations.size()) + 1;
        m.entity = entity;
        m.id = new_uuid();
        m.op = sync::MutationOp::create;
        m.fields = fields;
        m.hlc = server_hlc(now_);
        request_.mutations.push_back(m);
        return m.id;
    }

    void flush() {
        request_.device_id = new_uuid();
        AuthContext auth{kDefaultCompany, user_, request_.device_id};
        const auto response = push(conn_, auth, request_, now_);
        for (const auto& v : response.verdicts)
            if (v.status != sync::VerdictStatus::applied)
                throw AdminError("seeding " + user_.login + "'s records failed: " + v.code + ": " + v.message);
        request_.mutations.clear();
    }

private:
    PgConnection& conn_;
    UserRecord user_;
    std::int64_t now_;
    sync::PushRequest request_;
};

std::vector<UserRecord> create_org(PgConnection& conn, const SeedOptions& options) {
    PgTransaction tx(conn);
    auto unit = [&](const std::string& name, const std::string& parent) {
        if (auto r = add_unit(conn, kDefaultCompany, name, parent); !r) throw AdminError(r.error().message);
    };
    unit("Headquarters", "");
    unit("North Team", "Headquarters");
    unit("South Team", "Headquarters");
    std::vector<UserRecord> users;
    for (const auto& u : demo_users(options.reps)) {
        auto added = add_user(conn, kDefaultCompany, {u.login, u.role, u.unit, u.display_name, options.password});
        if (!added) throw AdminError(added.error().message);
        users.push_back(*added);
    }
    tx.commit();
    return users;
}

/// One rep's book; returns the id of the first visit (for the manager's comment).
std::string seed_book(PgConnection& conn, const UserRecord& rep, int rep_index, const SeedOptions& options,
                      std::mt19937& rng, std::int64_t now) {
    DemoPusher pusher(conn, rep, now);
    std::string first_visit;
    for (int c = 0; c < options.customers_per_rep; ++c) {
        const json customer = demo_customer(rng, rep_index * options.customers_per_rep + c);
        const std::string customer_id = pusher.create("customer", customer);
        const int contacts = options.contacts_per_customer > 0 ? options.contacts_per_customer : 1 + (c % 2);
        for (int k = 0; k < contacts; ++k) {
            json contact = demo_contact(rng, customer);
            contact["customer_id"] = customer_id;
            pusher.create("contact", contact);
        }
        json opportunity = demo_opportunity(rng, customer, now);
        opportunity["customer_id"] = customer_id;
        pusher.create("opportunity", opportunity);
        for (int v = 0; v < options.visits_per_customer; ++v) {
            json visit = demo_visit(rng, customer, 1 + v * 3 + c % 3, now);
            visit["customer_id"] = customer_id;
            const std::string id = pusher.create("visit", visit);
            if (first_visit.empty()) first_visit = id;
        }
    }
    pusher.flush();
    return first_visit;
}

void print_logins(const std::vector<UserRecord>& users, const std::vector<DemoUser>& demo, const std::string& password,
                  std::ostream& out) {
    out << "demo company created: Headquarters -> North Team, South Team\n";
    out << "logins (password: " << password << "):\n";
    for (std::size_t i = 0; i < users.size(); ++i)
        out << "  " << users[i].login << "  " << demo[i].role << ", " << demo[i].unit << '\n';
}

}  // namespace

void seed_demo_cmd(const std::string& db, const SeedOptions& options, std::ostream& out) {
    PgConnection conn(db);
    if (!pending_migrations(conn).empty())
        throw AdminError("the database schema is not up to date; run: crm-admin --db CONNINFO migrate");
    if (find_user_by_login(conn, kDefaultCompany, "hq") || find_user_by_login(conn, kDefaultCompany, "manager"))
        throw AdminError("the database is already seeded (user 'hq' or 'manager' exists); seed-demo needs an empty company");
    const auto users = create_org(conn, options);
    std::mt19937 rng(20240601);
    const std::int64_t now = now_ms();
    std::vector<std::string> north_visits;
    for (int i = 0; i < options.reps; ++i) {
        auto visit = seed_book(conn, users[2 + i], i, options, rng, now);
        if (i % 2 == 0 && !visit.empty()) north_visits.push_back(visit);
    }
    DemoPusher manager(conn, users[1], now);
    for (const auto& visit : north_visits)
        manager.create("comment", {{"visit_id", visit}, {"body", "跟进得很好，下周把报价发给客户。Good visit — send the quote next week."}});
    manager.flush();
    print_logins(users, demo_users(options.reps), options.password, out);
}

}  // namespace crm::server::admin
