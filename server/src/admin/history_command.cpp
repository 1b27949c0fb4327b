#include "history_command.h"

#include "admin_commands.h"
#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "crm/shared/formats.h"

#include <iomanip>
#include <iostream>
#include <map>
#include <set>

namespace crm::server::admin {
namespace {

constexpr const char* kFields[] = {"name", "tax_id", "credit_level"};

std::string quoted(const PgResult& rows, int row, int col) {
    return rows.is_null(row, col) ? "(empty)" : "'" + rows.text(row, col) + "'";
}

}  // namespace

void customer_history_cmd(const std::string& db, const std::string& customer_id, std::ostream& out) {
    if (!is_uuid(customer_id)) throw AdminError("'" + customer_id + "' is not a customer id (a UUID)");
    PgConnection conn(db);
    require_schema(conn);
    const std::string company = std::to_string(kDefaultCompany);
    auto customer = conn.exec(
        "SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), name, tax_id, credit_level "
        "FROM customer WHERE company_id = $1 AND id = $2::uuid",
        {company, customer_id});
    if (customer.rows() == 0) throw AdminError("no customer with id " + customer_id);
    auto revisions = conn.exec(
        "SELECT to_char(r.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), r.field, r.status, "
        "coalesce(u.login, r.requested_by::text), coalesce(r.requested_device, '-'), r.old_value, r.new_value, "
        "coalesce(d.login, r.decided_by::text), "
        "to_char(r.decided_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), r.decision_note "
        "FROM revision r LEFT JOIN app_user u ON u.company_id = r.company_id AND u.id = r.requested_by "
        "LEFT JOIN app_user d ON d.company_id = r.company_id AND d.id = r.decided_by "
        "WHERE r.company_id = $1 AND r.customer_id = $2::uuid AND NOT r.deleted ORDER BY r.requested_at, r.seq",
        {company, customer_id});
    // The value at creation: the first revision's old value, else today's value.
    std::map<std::string, std::string> initial;
    for (int c = 0; c < 3; ++c) initial[kFields[c]] = quoted(customer, 0, c + 1);
    std::set<std::string> seen;
    for (int r = 0; r < revisions.rows(); ++r)
        if (seen.insert(revisions.text(r, 1)).second) initial[revisions.text(r, 1)] = quoted(revisions, r, 5);

    out << std::left << std::setw(22) << "AT" << std::setw(14) << "FIELD" << std::setw(11) << "STATUS"
        << std::setw(14) << "BY" << std::setw(38) << "DEVICE" << "VALUE\n";
    for (const char* field : kFields)
        out << std::setw(22) << customer.text(0, 0) << std::setw(14) << field << std::setw(11) << "created"
            << std::setw(14) << "-" << std::setw(38) << "-" << initial[field] << '\n';
    for (int r = 0; r < revisions.rows(); ++r) {
        out << std::setw(22) << revisions.text(r, 0) << std::setw(14) << revisions.text(r, 1) << std::setw(11)
            << revisions.text(r, 2) << std::setw(14) << revisions.text(r, 3) << std::setw(38) << revisions.text(r, 4)
            << quoted(revisions, r, 5) << " -> " << quoted(revisions, r, 6);
        const std::string status = revisions.text(r, 2);
        if (status != "pending" && status != "direct" && !revisions.is_null(r, 7))
            out << " (" << status << " by " << revisions.text(r, 7) << " at " << revisions.text(r, 8)
                << (revisions.is_null(r, 9) ? "" : ": " + revisions.text(r, 9)) << ")";
        out << '\n';
    }
}

void add_customer_verbs(CLI::App& app, std::string& db, std::function<void()>& action) {
    static std::string customer_id;
    auto* customer = app.add_subcommand("customer", "customer records")->require_subcommand(1);
    auto* history = customer->add_subcommand("history", "every value of the customer's key fields, oldest first");
    history->add_option("customer_id", customer_id, "the customer's id (UUID)")->required();
    history->callback([&db, &action] { action = [&db] { customer_history_cmd(db, customer_id, std::cout); }; });
}

}  // namespace crm::server::admin
