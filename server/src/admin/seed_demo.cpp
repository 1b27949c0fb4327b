#include "admin_commands.h"
#include "demo_data.h"
#include "demo_day.h"

#include "crm/server/db/ids.h"
#include "crm/server/db/migrations.h"
#include "crm/server/org/directory.h"
#include "crm/server/reports/customer_value.h"
#include "crm/server/sync/sync_service.h"
#include "crm/shared/formats.h"

#include <algorithm>
#include <array>
#include <ostream>
#include <utility>
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
        return add(entity, new_uuid(), sync::MutationOp::create, fields);
    }

    void update(const std::string& entity, const std::string& id, const json& fields) {
        add(entity, id, sync::MutationOp::update, fields);
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
    std::string add(const std::string& entity, const std::string& id, sync::MutationOp op, const json& fields) {
        sync::Mutation m;
        m.seq = static_cast<std::int64_t>(request_.mutations.size()) + 1;
        m.entity = entity;
        m.id = id;
        m.op = op;
        m.fields = fields;
        m.hlc = server_hlc(now_);
        request_.mutations.push_back(m);
        return m.id;
    }

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

/// A customer of the rep being seeded: its fields and id.
struct SeededCustomer {
    json fields;
    std::string id;
};

/// One customer with contacts, an opportunity with its stage history and past visits; the past
/// visits are added to `past` as (check-in time, id).
SeededCustomer seed_customer(DemoPusher& pusher, int rep_index, int c, const SeedOptions& options, std::mt19937& rng,
                             std::int64_t now, std::vector<std::pair<std::string, std::string>>& past) {
    // A few customers (the 4th of every 5) have no stored position yet.
    const json customer = demo_customer(rng, rep_index * options.customers_per_rep + c, c % 5 != 3);
    const std::string customer_id = pusher.create("customer", customer);
    const int contacts = options.contacts_per_customer > 0 ? options.contacts_per_customer : 1 + (c % 2);
    for (int k = 0; k < contacts; ++k) {
        json contact = demo_contact(rng, customer);
        contact["customer_id"] = customer_id;
        pusher.create("contact", contact);
    }
    json opportunity = demo_opportunity(rng, customer, now, rep_index + c);
    opportunity["customer_id"] = customer_id;
    const std::string opportunity_id = pusher.create("opportunity", opportunity);
    for (json change : demo_stage_history(rng, opportunity, now)) {
        change["opportunity_id"] = opportunity_id;
        pusher.create("opportunity_stage", change);
    }
    for (int v = 0; v < options.visits_per_customer; ++v) {
        json visit = demo_visit(rng, customer, 1 + v * 3 + c % 3, now);
        visit["customer_id"] = customer_id;
        if (c == 2 && v == 1)  // checked in some 900 m away: outside the radius
            visit["check_in_latitude"] = visit["check_in_latitude"].get<double>() + 0.008;
        add_device_judgement(visit, customer);
        past.emplace_back(visit["check_in_at"], pusher.create("visit", visit));
    }
    return {customer, customer_id};
}

/// Today's plan: visits at 09:30 (done: checked in and out), 11:00, 14:30 and 16:00 local time
/// (the last on a customer without a position when there is one), yesterday's visit not made
/// (overdue). The visit done today is added to `made` as (check-in time, id).
void seed_today(DemoPusher& pusher, const std::vector<SeededCustomer>& customers, std::mt19937& rng, std::int64_t now,
                std::vector<std::pair<std::string, std::string>>& made) {
    if (customers.empty()) return;
    const std::array<std::pair<int, int>, 4> slots = {{{9, 30}, {11, 0}, {14, 30}, {16, 0}}};
    for (std::size_t i = 0; i < slots.size(); ++i) {
        const SeededCustomer& customer = customers[i % customers.size()];
        const std::int64_t planned = local_time(now, 0, slots[i].first, slots[i].second);
        json visit = demo_planned_visit(rng, planned);
        visit["customer_id"] = customer.id;
        if (i == 0) {  // checked in and out, as the device records it
            json made = demo_visit(rng, customer.fields, 0, planned + 4 * 60'000 + 1);
            made.erase("planned_at");
            visit.update(made);
            visit["check_in_at"] = format_timestamp_ms(planned + 4 * 60'000);
            visit["check_out_at"] = format_timestamp_ms(planned + 52 * 60'000);
            visit["check_out_accuracy"] = 15.0;
            add_device_judgement(visit, customer.fields);
        }
        const std::string id = pusher.create("visit", visit);
        if (i == 0) made.emplace_back(visit["check_in_at"], id);
    }
    json overdue = demo_planned_visit(rng, local_time(now, -1, 15, 0));
    overdue["customer_id"] = customers[1 % customers.size()].id;
    pusher.create("visit", overdue);
}

/// One rep's book and day; returns the ids of their two most recent visits made (newest first),
/// for the manager's comments.
std::vector<std::string> seed_book(PgConnection& conn, const UserRecord& rep, int rep_index, const SeedOptions& options,
                                   std::mt19937& rng, std::int64_t now) {
    DemoPusher pusher(conn, rep, now);
    std::vector<std::pair<std::string, std::string>> made;  // (check-in time, visit id)
    std::vector<SeededCustomer> customers;
    for (int c = 0; c < options.customers_per_rep; ++c)
        customers.push_back(seed_customer(pusher, rep_index, c, options, rng, now, made));
    seed_today(pusher, customers, rng, now, made);
    for (json task : demo_tasks(now)) {
        if (!customers.empty()) {
            task["related_entity"] = "customer";
            task["related_id"] = customers[0].id;
        }
        pusher.create("task", task);
    }
    for (int l = 0; l < 3; ++l) {
        // The last lead has the phone of the rep's first customer: a duplicate to warn about.
        const std::string phone = l == 2 && !customers.empty() ? customers[0].fields["phone"].get<std::string>() : "";
        pusher.create("lead", demo_lead(rng, rep_index * 3 + l, phone));
    }
    pusher.flush();
    std::sort(made.begin(), made.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<std::string> recent;
    for (std::size_t i = 0; i < made.size() && i < 2; ++i) recent.push_back(made[i].second);
    return recent;
}

/// The leaders' comments (批示) on each rep's recent visits: the manager for North Team, hq for
/// South Team; each rep has read the older of the two.
void seed_comments(PgConnection& conn, const std::vector<UserRecord>& users,
                   const std::vector<std::vector<std::string>>& recent, std::int64_t now) {
    DemoPusher hq(conn, users[0], now), manager(conn, users[1], now);
    std::vector<std::string> read;  // per rep: the comment they read ("" for none)
    for (std::size_t i = 0; i < recent.size(); ++i) {
        DemoPusher& leader = i % 2 == 0 ? manager : hq;
        read.emplace_back();
        for (std::size_t k = 0; k < recent[i].size(); ++k) {
            const std::string id = leader.create(
                "comment", {{"visit_id", recent[i][k]}, {"body", demo_comment(static_cast<int>(i + k))}});
            if (k == 1 || recent[i].size() == 1) read.back() = id;
        }
    }
    manager.flush();
    hq.flush();
    for (std::size_t i = 0; i < read.size(); ++i) {
        if (read[i].empty()) continue;
        DemoPusher rep(conn, users[2 + i], now);
        rep.update("comment", read[i], {{"read_at", format_timestamp_ms(now - 3'600'000 - now % 1000)}});
        rep.flush();
    }
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
    std::vector<std::vector<std::string>> recent;
    for (int i = 0; i < options.reps; ++i) recent.push_back(seed_book(conn, users[2 + i], i, options, rng, now));
    seed_comments(conn, users, recent, now);
    rescore_customers(conn, kDefaultCompany, AuditEntry{});  // value scores and ABC segments
    print_logins(users, demo_users(options.reps), options.password, out);
}

}  // namespace crm::server::admin
