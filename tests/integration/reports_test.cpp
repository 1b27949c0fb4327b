// Reports (funnel, visits, lifecycle), targets and customer value against a FIXED data set
// written straight into PostgreSQL (explicit times), every figure checked against hand-computed
// expectations. Period P = October 2026 = [2026-10-01, 2026-11-01), 31 days; the previous
// period Q = [2026-08-31, 2026-10-01).
#include "scenario.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

namespace {

constexpr const char* kOctober = "from=2026-10-01&to=2026-11-01";

/// The fixed data set: customers C1..C10, opportunities with stage histories, leads, visits.
struct DataSet {
    explicit DataSet(test::Company& company) : company_(company) {
        rep1 = company.user_id("rep1");
        rep2 = company.user_id("rep2");
        rep3 = company.user_id("rep3");
        // Customers (all created 2026-01-01 but C10) and what the lifecycle makes of them:
        customer("C1", rep1);  // purchases 09-10 (Q) and 10-05 (P): retained
        customer("C2", rep1);  // purchases 05-01 and 10-20 (P), none in Q: won back
        customer("C3", rep1);  // purchase 09-20 (Q) only: lost
        customer("C4", rep3);  // first purchases 10-03 and 10-25: new, bought again
        customer("C5", rep3);  // first purchase 10-15 (won time from updated_at): new
        customer("C6", rep2);  // no purchase: potential
        customer("C7", rep2);  // purchase 03-01 only: old, neither in P nor Q (dormant)
        customer("C8", rep1);  // open deals only: potential
        customer("C9", rep2);  // first purchase 10-10: new
        customer("C10", rep1, "2026-11-15T00:00:00Z");  // created after P: not counted

        // Purchases (won opportunities created long before P, so outside the funnel).
        // W1: the stage record that set won is in Q; its updated_at (in P) must not count.
        won("W1", "C1", rep1, 100, "2026-09-10T10:00:00Z", "2026-10-30T10:00:00Z");
        won("W2", "C1", rep1, 200, "2026-10-05T10:00:00Z");
        won("W3", "C2", rep1, 300, "2026-05-01T10:00:00Z");
        won("W4", "C2", rep1, 400, "2026-10-20T10:00:00Z");
        won("W5", "C3", rep1, 500, "2026-09-20T10:00:00Z");
        // a later stage record that keeps status won (won -> won) is not a new purchase
        stage("W5", "closing", "closing", "won", "won", "2026-10-02T10:00:00Z", rep1);
        won("W6", "C3", rep1, 600, "2026-10-12T10:00:00Z", "", true);  // deleted: ignored
        won("W7", "C4", rep3, 700, "2026-10-25T10:00:00Z");
        opportunity("W8", "C5", rep3, "800", "closing", "won", "2026-02-01T00:00:00Z", "2026-10-15T10:00:00Z");
        won("W9", "C7", rep2, 900, "2026-03-01T10:00:00Z");
        won("W10", "C9", rep2, 1000, "2026-10-10T10:00:00Z");
        won("W11", "C10", rep1, 1100, "2026-11-20T10:00:00Z");

        // The funnel: opportunities created in P, their furthest stage ("reach") from history.
        opportunity("F1", "C8", rep1, "1000", "discovery", "following", "2026-10-02T00:00:00Z");  // reach 1
        opportunity("F2", "C8", rep1, "2000", "proposal", "following", "2026-10-03T00:00:00Z");  // reach 3
        stage("F2", "", "discovery", "", "following", "2026-10-03T00:00:00Z", rep1);
        stage("F2", "discovery", "qualification", "following", "following", "2026-10-04T00:00:00Z", rep1);
        stage("F2", "qualification", "proposal", "following", "following", "2026-10-05T00:00:00Z", rep1);
        opportunity("F3", "C5", rep3, "3000", "negotiation", "lost", "2026-10-04T00:00:00Z");  // reach 4 (skipped stages)
        stage("F3", "", "discovery", "", "following", "2026-10-04T00:00:00Z", rep3);
        stage("F3", "discovery", "negotiation", "following", "following", "2026-10-06T00:00:00Z", rep3);
        stage("F3", "negotiation", "negotiation", "following", "lost", "2026-10-07T00:00:00Z", rep3);
        // F4 is also C4's first purchase (won 10-03)
        opportunity("F4", "C4", rep3, "4000", "closing", "won", "2026-10-01T00:00:00Z", "2026-10-31T00:00:00Z");  // reach 5
        stage("F4", "", "discovery", "", "following", "2026-10-01T00:00:00Z", rep3);
        stage("F4", "discovery", "closing", "following", "following", "2026-10-02T00:00:00Z", rep3);
        stage("F4", "closing", "closing", "following", "won", "2026-10-03T10:00:00Z", rep3);
        // F5 went back to discovery: it still reached qualification
        opportunity("F5", "C6", rep2, "500", "discovery", "following", "2026-10-05T00:00:00Z");  // reach 2
        stage("F5", "discovery", "qualification", "following", "following", "2026-10-06T00:00:00Z", rep2);
        stage("F5", "qualification", "discovery", "following", "following", "2026-10-07T00:00:00Z", rep2);
        opportunity("F6", "C1", rep1, "800", "closing", "following", "2026-10-08T00:00:00Z", "", true);  // deleted
        opportunity("F7", "C8", rep1, "", "discovery", "following", "2026-11-02T00:00:00Z");  // after P

        // Leads created in P (L7 before, L8 deleted; L6 in the pool: hq only).
        lead(rep1, "new", "2026-10-02T00:00:00Z");
        lead(rep1, "qualified", "2026-10-03T00:00:00Z");
        lead(rep1, "converted", "2026-10-04T00:00:00Z");
        lead(rep3, "converted", "2026-10-05T00:00:00Z");
        lead(rep2, "contacted", "2026-10-06T00:00:00Z");
        lead("", "new", "2026-10-07T00:00:00Z");
        lead(rep1, "converted", "2026-09-15T00:00:00Z");
        lead(rep1, "qualified", "2026-10-08T00:00:00Z", true);

        // Check-ins. ISO weeks: W40 = 09-28..10-04, W41 = 10-05..10-11, W42 = 10-12..10-18, W44 = 10-26..11-01.
        visit(rep1, "C1", "2026-10-01T09:00:00Z", "verified");        // W40
        visit(rep1, "C1", "2026-10-02T09:00:00Z", "outside_radius");  // W40 flagged
        visit(rep1, "C2", "2026-10-06T09:00:00Z", "verified");        // W41
        visit(rep1, "C2", "2026-10-07T09:00:00Z", "no_reference");    // W41 neither
        visit(rep3, "C4", "2026-10-06T09:00:00Z", "manual");          // W41 flagged
        visit(rep2, "C6", "2026-10-13T09:00:00Z", "verified");        // W42
        visit(rep2, "C6", "2026-10-14T09:00:00Z", "no_fix");          // W42 flagged
        visit(rep1, "C1", "2026-09-30T09:00:00Z", "verified");        // before P
        visit(rep1, "C1", "2026-10-31T23:59:59Z", "verified");        // W44, last second of P
        visit(rep1, "C1", "2026-11-01T00:00:00Z", "verified");        // P is half-open: not counted
        visit(rep3, "C4", "2026-10-08T09:00:00Z", "verified", true);  // deleted
        visit(rep1, "C1", "", "");                                    // planned, no check-in
    }

    std::string rep1, rep2, rep3;
    std::map<std::string, std::string> ids;  ///< name -> uuid

private:
    std::string id_of(const std::string& name) {
        auto& id = ids[name];
        if (id.empty()) id = test::uuid();
        return id;
    }
    void exec(const std::string& sql) { company_.query(sql); }
    static std::string quoted(const std::string& text) { return text.empty() ? "NULL" : "'" + text + "'"; }

    void customer(const std::string& name, const std::string& owner, const std::string& created = "2026-01-01T00:00:00Z") {
        exec("INSERT INTO customer (company_id, id, name, kind, lifecycle, owner_id, created_at, updated_at, seq,"
             " scope_owner_id) VALUES (1, '" + id_of(name) + "', '" + name + "', 'company', 'active', '" + owner +
             "', '" + created + "', '" + created + "', nextval('change_seq'), '" + owner + "')");
    }
    void opportunity(const std::string& name, const std::string& customer, const std::string& owner,
                     const std::string& amount, const std::string& stage, const std::string& status,
                     const std::string& created, const std::string& updated = "", bool deleted = false) {
        exec("INSERT INTO opportunity (company_id, id, customer_id, title, amount, stage, status, owner_id, created_at,"
             " updated_at, deleted, seq, scope_owner_id) VALUES (1, '" + id_of(name) + "', '" + id_of(customer) + "', '" +
             name + "', " + (amount.empty() ? "NULL" : amount) + ", '" + stage + "', '" + status + "', '" + owner +
             "', '" + created + "', '" + (updated.empty() ? created : updated) + "', " + (deleted ? "true" : "false") +
             ", nextval('change_seq'), '" + owner + "')");
    }
    void stage(const std::string& opp, const std::string& from_stage, const std::string& to_stage,
               const std::string& from_status, const std::string& to_status, const std::string& at,
               const std::string& by) {
        exec("INSERT INTO opportunity_stage (company_id, id, opportunity_id, from_stage, to_stage, from_status,"
             " to_status, changed_at, changed_by, created_at, updated_at, seq, scope_owner_id) VALUES (1, '" +
             test::uuid() + "', '" + id_of(opp) + "', " + quoted(from_stage) + ", '" + to_stage + "', " +
             quoted(from_status) + ", '" + to_status + "', '" + at + "', '" + by + "', '" + at + "', '" + at +
             "', nextval('change_seq'), '" + by + "')");
    }
    /// A won opportunity created 2026-02-01 whose stage history sets won at `won_at`.
    void won(const std::string& name, const std::string& customer, const std::string& owner, int amount,
             const std::string& won_at, const std::string& updated = "", bool deleted = false) {
        opportunity(name, customer, owner, std::to_string(amount), "closing", "won", "2026-02-01T00:00:00Z",
                    updated.empty() ? won_at : updated, deleted);
        stage(name, "closing", "closing", "following", "won", won_at, owner);
    }
    void lead(const std::string& owner, const std::string& status, const std::string& created, bool deleted = false) {
        exec("INSERT INTO lead (company_id, id, person_name, status, owner_id, created_at, updated_at, deleted, seq,"
             " scope_owner_id) VALUES (1, '" + test::uuid() + "', 'lead', '" + status + "', " + quoted(owner) + ", '" +
             created + "', '" + created + "', " + (deleted ? "true" : "false") + ", nextval('change_seq'), " +
             quoted(owner) + ")");
    }
    void visit(const std::string& rep, const std::string& customer, const std::string& at, const std::string& status,
               bool deleted = false) {
        exec("INSERT INTO visit (company_id, id, customer_id, rep_id, check_in_at, server_check_in_status, created_at,"
             " updated_at, deleted, seq, scope_owner_id) VALUES (1, '" + test::uuid() + "', '" + id_of(customer) +
             "', '" + rep + "', " + quoted(at) + ", " + quoted(status) + ", '2026-09-01T00:00:00Z',"
             " '2026-09-01T00:00:00Z', " + (deleted ? "true" : "false") + ", nextval('change_seq'), '" + rep + "')");
    }

    test::Company& company_;
};

json get_ok(const test::Company& company, const test::Device& as, const std::string& target) {
    auto r = test::api_request(company.server->port(), "GET", target, "", as.token());
    INFO(target << " -> " << r.status << " " << r.body);
    REQUIRE(r.status == 200);
    return json::parse(r.body);
}

int status_of(const test::Company& company, const test::Device& as, const std::string& method,
              const std::string& target, const std::string& body = "") {
    return test::api_request(company.server->port(), method, target, body, as.token()).status;
}

/// counts and amounts of the funnel's stages, in order
std::vector<long> stage_counts(const json& funnel) {
    std::vector<long> out;
    for (const auto& s : funnel["stages"]) out.push_back(s["count"].get<long>());
    return out;
}

std::vector<double> stage_amounts(const json& funnel) {
    std::vector<double> out;
    for (const auto& s : funnel["stages"]) out.push_back(s["amount"].get<double>());
    return out;
}

test::ProcessResult admin(const test::TestDatabase& db, std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db.conninfo()});
    return test::run_admin(args, "");
}

}  // namespace

TEST_CASE("the funnel report over a fixed data set, per scope", "[server][reports]") {
    test::Company company;
    DataSet data(company);
    test::Device hq(company, "hq"), manager(company, "manager"), rep2(company, "rep2");

    const auto all = get_ok(company, hq, std::string("/v1/reports/funnel?") + kOctober);
    // Leads created in P: L1..L6 = 6 (L7 before P, L8 deleted); reached qualified: L2, L3, L4 = 3;
    // converted: L3, L4 = 2.
    CHECK(all["leads"][0]["count"] == 6);
    CHECK(all["leads"][1]["count"] == 3);
    CHECK(all["leads"][1]["rate_from_previous"].get<double>() == Approx(3.0 / 6));
    CHECK(all["leads"][2]["count"] == 2);
    CHECK(all["leads"][2]["rate_from_previous"].get<double>() == Approx(2.0 / 3));
    CHECK(all["lead_to_opportunity"].get<double>() == Approx(2.0 / 6));
    // Opportunities created in P: F1..F5 (F6 deleted, F7 after P). Reach: F1 1, F2 3, F3 4, F4 5, F5 2.
    // >= discovery: all 5 = 1000+2000+3000+4000+500 = 10500; >= qualification: F2..F5 = 9500;
    // >= proposal: F2, F3, F4 = 9000; >= negotiation: F3, F4 = 7000; closing: F4 = 4000.
    CHECK(all["opportunities"] == 5);
    CHECK(stage_counts(all) == std::vector<long>{5, 4, 3, 2, 1});
    CHECK(stage_amounts(all) == std::vector<double>{10500, 9500, 9000, 7000, 4000});
    CHECK(all["stages"][0]["rate_from_previous"].is_null());
    CHECK(all["stages"][1]["rate_from_previous"].get<double>() == Approx(4.0 / 5));
    CHECK(all["stages"][2]["rate_from_previous"].get<double>() == Approx(3.0 / 4));
    CHECK(all["stages"][3]["rate_from_previous"].get<double>() == Approx(2.0 / 3));
    CHECK(all["stages"][4]["rate_from_previous"].get<double>() == Approx(1.0 / 2));
    CHECK(all["won"] == json{{"count", 1}, {"amount", 4000.0}});   // F4
    CHECK(all["lost"] == json{{"count", 1}, {"amount", 3000.0}});  // F3
    CHECK(all["opportunity_to_won"].get<double>() == Approx(1.0 / 5));

    // The manager's subtree (rep1, rep3): leads L1..L4, qualified 3, converted 2; deals F1..F4.
    const auto north = get_ok(company, manager, std::string("/v1/reports/funnel?") + kOctober);
    CHECK(north["leads"][0]["count"] == 4);
    CHECK(north["leads"][1]["count"] == 3);
    CHECK(north["leads"][2]["count"] == 2);
    CHECK(north["lead_to_opportunity"].get<double>() == Approx(0.5));
    CHECK(stage_counts(north) == std::vector<long>{4, 3, 3, 2, 1});
    CHECK(stage_amounts(north) == std::vector<double>{10000, 9000, 9000, 7000, 4000});
    CHECK(north["stages"][2]["rate_from_previous"].get<double>() == Approx(1.0));
    CHECK(north["opportunity_to_won"].get<double>() == Approx(1.0 / 4));

    // A rep: their own book (L5; F5 reached qualification).
    const auto own = get_ok(company, rep2, std::string("/v1/reports/funnel?") + kOctober);
    CHECK(own["leads"][0]["count"] == 1);
    CHECK(own["leads"][1]["rate_from_previous"].get<double>() == Approx(0.0));
    CHECK(own["lead_to_opportunity"].get<double>() == Approx(0.0));
    CHECK(stage_counts(own) == std::vector<long>{1, 1, 0, 0, 0});
    CHECK(own["stages"][2]["rate_from_previous"].get<double>() == Approx(0.0));
    CHECK(own["stages"][3]["rate_from_previous"].is_null());  // 0 / 0
    CHECK(own["won"]["count"] == 0);

    // Filters: hq narrowed to rep3 (L4; F3, F4); the manager to the North Team unit = their scope.
    const auto rep3 = get_ok(company, hq, std::string("/v1/reports/funnel?") + kOctober + "&user=" + data.rep3);
    CHECK(rep3["leads"][0]["count"] == 1);
    CHECK(stage_counts(rep3) == std::vector<long>{2, 2, 2, 2, 1});
    const auto north_unit = company.query("SELECT id::text FROM org_unit WHERE name = 'North Team'");
    CHECK(get_ok(company, manager, std::string("/v1/reports/funnel?") + kOctober + "&unit=" + north_unit) == north);
    // A month without data: zero counts and null rates.
    const auto empty = get_ok(company, hq, "/v1/reports/funnel?from=2030-01-01&to=2030-02-01");
    CHECK(empty["leads"][0]["count"] == 0);
    CHECK(empty["lead_to_opportunity"].is_null());
    CHECK(empty["opportunity_to_won"].is_null());

    // crm-admin prints the same figures as hq's API.
    auto cli = admin(company.db, {"report", "funnel", "--from", "2026-10-01", "--to", "2026-11-01", "--json"});
    INFO(cli.err);
    REQUIRE(cli.exit_code == 0);
    CHECK(json::parse(cli.out) == all);
    auto table = admin(company.db, {"report", "funnel", "--from", "2026-10-01", "--to", "2026-11-01"});
    REQUIRE(table.exit_code == 0);
    CHECK(table.out.find("negotiation") != std::string::npos);
    CHECK(admin(company.db, {"report", "funnel", "--unit", "Nowhere"}).exit_code != 0);
    CHECK(admin(company.db, {"report", "funnel", "--from", "2026-10-01", "--to", "2026-09-01"}).exit_code != 0);
}

TEST_CASE("the visits report counts check-ins per rep per ISO week with verified and flagged", "[server][reports]") {
    test::Company company;
    DataSet data(company);
    test::Device hq(company, "hq"), manager(company, "manager"), rep1(company, "rep1");

    const auto all = get_ok(company, hq, std::string("/v1/reports/visits?") + kOctober);
    REQUIRE(all["reps"].size() == 3);
    // rep1: W40 10-01 verified + 10-02 outside_radius; W41 10-06 verified + 10-07 no_reference;
    // W44 10-31 23:59:59 verified. (09-30 and 11-01 00:00 are outside P.)
    const auto& r1 = all["reps"][0];
    CHECK(r1["login"] == "rep1");
    CHECK(r1["user_id"] == data.rep1);
    CHECK(r1["check_ins"] == 5);
    CHECK(r1["weeks"] == json::parse(R"([
        {"week": "2026-W40", "check_ins": 2, "verified": 1, "flagged": 1},
        {"week": "2026-W41", "check_ins": 2, "verified": 1, "flagged": 0},
        {"week": "2026-W44", "check_ins": 1, "verified": 1, "flagged": 0}])"));
    // rep2: W42 verified + no_fix; rep3: W41 manual (the deleted 10-08 visit is ignored).
    CHECK(all["reps"][1]["login"] == "rep2");
    CHECK(all["reps"][1]["weeks"] == json::parse(R"([{"week": "2026-W42", "check_ins": 2, "verified": 1, "flagged": 1}])"));
    CHECK(all["reps"][2]["login"] == "rep3");
    CHECK(all["reps"][2]["weeks"] == json::parse(R"([{"week": "2026-W41", "check_ins": 1, "verified": 0, "flagged": 1}])"));

    const auto north = get_ok(company, manager, std::string("/v1/reports/visits?") + kOctober);
    REQUIRE(north["reps"].size() == 2);
    CHECK(north["reps"][0] == r1);
    CHECK(north["reps"][1]["login"] == "rep3");
    const auto own = get_ok(company, rep1, std::string("/v1/reports/visits?") + kOctober);
    REQUIRE(own["reps"].size() == 1);
    CHECK(own["reps"][0] == r1);
    // September: only the 09-30 check-in (W40).
    const auto september = get_ok(company, rep1, "/v1/reports/visits?from=2026-09-01&to=2026-10-01");
    CHECK(september["reps"][0]["weeks"] == json::parse(R"([{"week": "2026-W40", "check_ins": 1, "verified": 1, "flagged": 0}])"));
}

TEST_CASE("the lifecycle report: potential, new, retained, won back, lost and the rates", "[server][reports]") {
    test::Company company;
    DataSet data(company);
    test::Device hq(company, "hq"), manager(company, "manager"), rep2(company, "rep2");

    const auto all = get_ok(company, hq, std::string("/v1/reports/lifecycle?") + kOctober);
    CHECK(all["previous_from"] == "2026-08-31");
    // C1..C9 (C10 created after P). No purchase before 10-01: C4, C5, C6, C8, C9 = 5 potential;
    // first purchase in P: C4, C5, C9 = 3 new; C1 retained, C2 won back, C3 lost (W5's won->won
    // record and the deleted W6 are no purchases), C7 dormant; with a purchase before 11-01:
    // C1, C2, C3, C4, C5, C7, C9 = 7; C4 bought twice in P.
    CHECK(all["counts"] == json{{"potential", 5}, {"new", 3}, {"retained", 1}, {"won_back", 1}, {"active", 5},
                                {"lost", 1}, {"dormant", 1}, {"all_customers", 7}, {"new_repurchased", 1}});
    CHECK(all["rates"]["conversion"].get<double>() == Approx(3.0 / 5));
    CHECK(all["rates"]["retention"].get<double>() == Approx(1.0 / 7));
    CHECK(all["rates"]["churn"].get<double>() == Approx(1.0 / 7));
    CHECK(all["rates"]["new_repurchase"].get<double>() == Approx(1.0 / 3));

    // North (rep1, rep3): C1..C5, C8: potential C4, C5, C8; new C4, C5; all C1..C5 = 5.
    const auto north = get_ok(company, manager, std::string("/v1/reports/lifecycle?") + kOctober);
    CHECK(north["counts"] == json{{"potential", 3}, {"new", 2}, {"retained", 1}, {"won_back", 1}, {"active", 4},
                                  {"lost", 1}, {"dormant", 0}, {"all_customers", 5}, {"new_repurchased", 1}});
    CHECK(north["rates"]["conversion"].get<double>() == Approx(2.0 / 3));
    CHECK(north["rates"]["retention"].get<double>() == Approx(1.0 / 5));
    CHECK(north["rates"]["churn"].get<double>() == Approx(1.0 / 5));
    CHECK(north["rates"]["new_repurchase"].get<double>() == Approx(1.0 / 2));

    // rep2: C6 potential, C7 dormant, C9 new: conversion 1/2, retention 0/2, repurchase 0/1.
    const auto own = get_ok(company, rep2, std::string("/v1/reports/lifecycle?") + kOctober);
    CHECK(own["counts"]["potential"] == 2);
    CHECK(own["counts"]["new"] == 1);
    CHECK(own["counts"]["all_customers"] == 2);
    CHECK(own["rates"]["conversion"].get<double>() == Approx(0.5));
    CHECK(own["rates"]["retention"].get<double>() == Approx(0.0));
    CHECK(own["rates"]["new_repurchase"].get<double>() == Approx(0.0));

    // The manager narrowed to rep3: C4, C5 both new.
    const auto rep3 = get_ok(company, manager, std::string("/v1/reports/lifecycle?") + kOctober + "&user=" + data.rep3);
    CHECK(rep3["counts"]["potential"] == 2);
    CHECK(rep3["counts"]["new"] == 2);
    CHECK(rep3["rates"]["conversion"].get<double>() == Approx(1.0));
    CHECK(rep3["rates"]["new_repurchase"].get<double>() == Approx(0.5));
    // September (30 days, Q = 08-02..09-01): C1 and C3 new (first purchases 09-10 and 09-20), C2 dormant.
    const auto september = get_ok(company, hq, "/v1/reports/lifecycle?from=2026-09-01&to=2026-10-01");
    CHECK(september["counts"]["new"] == 2);
    CHECK(september["counts"]["lost"] == 0);
    // Nobody in scope: null rates.
    const auto none = get_ok(company, hq, "/v1/reports/lifecycle?from=2020-01-01&to=2020-02-01");
    CHECK(none["counts"]["potential"] == 0);
    CHECK(none["rates"]["conversion"].is_null());
    CHECK(none["rates"]["churn"].is_null());

    auto cli = admin(company.db, {"report", "lifecycle", "--from", "2026-10-01", "--to", "2026-11-01", "--unit",
                                  "North Team", "--json"});
    INFO(cli.err);
    REQUIRE(cli.exit_code == 0);
    CHECK(json::parse(cli.out)["counts"] == north["counts"]);
}

TEST_CASE("report scope filters outside the caller's scope are 403, bad queries 400", "[server][reports]") {
    test::Company company;
    DataSet data(company);
    test::Device hq(company, "hq"), manager(company, "manager"), rep1(company, "rep1");
    const auto south = company.query("SELECT id::text FROM org_unit WHERE name = 'South Team'");
    const auto north = company.query("SELECT id::text FROM org_unit WHERE name = 'North Team'");
    const std::string unknown = test::uuid();
    const auto before = company.fingerprint();
    for (const std::string report : {"funnel", "visits", "lifecycle"}) {
        const std::string base = "/v1/reports/" + report + "?";
        INFO(report);
        CHECK(status_of(company, manager, "GET", base + "unit=" + south) == 403);
        CHECK(status_of(company, manager, "GET", base + "unit=" + unknown) == 403);
        CHECK(status_of(company, manager, "GET", base + "user=" + data.rep2) == 403);
        CHECK(status_of(company, manager, "GET", base + "user=" + unknown) == 403);
        CHECK(status_of(company, rep1, "GET", base + "unit=" + north) == 403);
        CHECK(status_of(company, rep1, "GET", base + "user=" + data.rep3) == 403);
        CHECK(status_of(company, hq, "GET", base + "user=" + unknown) == 403);
        CHECK(status_of(company, rep1, "GET", base + "user=" + data.rep1) == 200);
        CHECK(status_of(company, hq, "GET", base + "unit=" + south) == 200);
        for (const std::string bad : {"from=2026-13-01", "from=yesterday", "from=2026-10-01&to=2026-10-01",
                                      "from=2026-10-01&to=2026-09-01", "from=2020-01-01&to=2025-01-02",
                                      "colour=red", "unit=north", "user=%zz"})
            CHECK(status_of(company, hq, "GET", base + bad) == 400);
        CHECK(test::api_request(company.server->port(), "GET", base, "").status == 401);
        CHECK(status_of(company, hq, "POST", base) == 405);
    }
    // exactly five years is allowed; the default period is the current month
    CHECK(status_of(company, hq, "GET", "/v1/reports/funnel?from=2020-01-01&to=2025-01-01") == 200);
    const auto current = get_ok(company, hq, "/v1/reports/funnel");
    CHECK(current["from"].get<std::string>().substr(8) == "01");
    // the same answer for a unit out of scope and an unknown one: nothing leaks
    auto a = test::api_request(company.server->port(), "GET", "/v1/reports/funnel?unit=" + south, "", manager.token());
    auto b = test::api_request(company.server->port(), "GET", "/v1/reports/funnel?unit=" + unknown, "", manager.token());
    CHECK(a.body == b.body);
    CHECK(company.fingerprint() == before);
}

TEST_CASE("targets: managers set them for their subtree, reps never, audited, actuals from the reports' data",
          "[server][reports][targets]") {
    test::Company company;
    DataSet data(company);
    test::Device hq(company, "hq"), manager(company, "manager"), rep1(company, "rep1"), rep2(company, "rep2");
    const auto north = company.query("SELECT id::text FROM org_unit WHERE name = 'North Team'");
    const auto south = company.query("SELECT id::text FROM org_unit WHERE name = 'South Team'");
    auto set = [&](const test::Device& as, json body) {
        return test::api_request(company.server->port(), "POST", "/v1/targets/set", body.dump(), as.token());
    };
    auto r = set(manager, {{"month", "2026-10"}, {"unit_id", north}, {"metric", "won_amount"}, {"value", 10000}});
    INFO(r.body);
    CHECK(r.status == 200);
    CHECK(json::parse(r.body)["old"].is_null());
    CHECK(set(manager, {{"month", "2026-10"}, {"user_id", data.rep1}, {"metric", "visits"}, {"value", 8}}).status == 200);
    CHECK(set(manager, {{"month", "2026-10"}, {"unit_id", north}, {"metric", "won_amount"}, {"value", 12000}}).status == 200);
    CHECK(set(hq, {{"month", "2026-10"}, {"user_id", data.rep2}, {"metric", "new_customers"}, {"value", 2}}).status == 200);
    CHECK(set(hq, {{"month", "2026-10"}, {"unit_id", north}, {"metric", "won_deals"}, {"value", 4}}).status == 200);

    const auto audit_before = company.count("audit_log");
    const auto targets_before = company.count("target");
    // out of scope, reps, bad input: refused, nothing written
    CHECK(set(manager, {{"month", "2026-10"}, {"unit_id", south}, {"metric", "visits"}, {"value", 1}}).status == 403);
    CHECK(set(manager, {{"month", "2026-10"}, {"user_id", data.rep2}, {"metric", "visits"}, {"value", 1}}).status == 403);
    CHECK(set(manager, {{"month", "2026-10"}, {"user_id", test::uuid()}, {"metric", "visits"}, {"value", 1}}).status == 403);
    CHECK(set(rep1, {{"month", "2026-10"}, {"user_id", data.rep1}, {"metric", "visits"}, {"value", 100}}).status == 403);
    for (const json& bad : {json{{"month", "2026-13"}, {"unit_id", north}, {"metric", "visits"}, {"value", 1}},
                           json{{"month", "2026-10"}, {"unit_id", north}, {"metric", "visits"}, {"value", -1}},
                           json{{"month", "2026-10"}, {"unit_id", north}, {"metric", "visits"}, {"value", "5"}},
                           json{{"month", "2026-10"}, {"unit_id", north}, {"metric", "calls"}, {"value", 1}},
                           json{{"month", "2026-10"}, {"metric", "visits"}, {"value", 1}},
                           json{{"month", "2026-10"}, {"unit_id", north}, {"user_id", data.rep1}, {"metric", "visits"}, {"value", 1}},
                           json{{"month", "2026-10"}, {"unit_id", "North Team"}, {"metric", "visits"}, {"value", 1}},
                           json{{"month", "2026-10"}, {"unit_id", north}, {"metric", "visits"}, {"value", 1}, {"x", 1}}}) {
        INFO(bad.dump());
        CHECK(set(hq, bad).status == 400);
    }
    CHECK(test::api_request(company.server->port(), "POST", "/v1/targets/set", "[1]", hq.token()).status == 400);
    CHECK(company.count("audit_log") == audit_before);
    CHECK(company.count("target") == targets_before);

    // one audit row per change, with the old and the new value
    auto audit = get_ok(company, hq, "/v1/audit?action=target.set");
    REQUIRE(audit["entries"].size() == 5);
    const auto& update = audit["entries"][2];  // newest first: won_deals, new_customers, the update
    CHECK(update["actor_login"] == "manager");
    CHECK(update["details"]["old"] == 10000.0);
    CHECK(update["details"]["new"] == 12000.0);
    CHECK(update["details"]["subject"] == "North Team");
    CHECK(update["record_id"] == north);

    // Actuals for October: North won_amount = rep1 W2 200 + W4 400, rep3 F4 4000 + W7 700 + W8 800
    // = 6100 (W1's won time is in September); won_deals 5; rep1's check-ins 5; rep2's new customers: C9.
    auto by_metric = [](const json& report) {
        std::map<std::string, json> out;
        for (const auto& t : report["targets"]) out[t["subject_name"].get<std::string>() + "/" + t["metric"].get<std::string>()] = t;
        return out;
    };
    const auto hq_view = by_metric(get_ok(company, hq, "/v1/reports/targets?month=2026-10"));
    REQUIRE(hq_view.size() == 4);
    CHECK(hq_view.at("North Team/won_amount")["target"] == 12000.0);
    CHECK(hq_view.at("North Team/won_amount")["actual"] == 6100.0);
    CHECK(hq_view.at("North Team/won_amount")["progress"].get<double>() == Approx(6100.0 / 12000));
    CHECK(hq_view.at("North Team/won_deals")["actual"] == 5.0);
    CHECK(hq_view.at("rep1/visits")["actual"] == 5.0);
    CHECK(hq_view.at("rep2/new_customers")["actual"] == 1.0);
    CHECK(hq_view.at("rep2/new_customers")["progress"].get<double>() == Approx(0.5));

    const auto manager_view = by_metric(get_ok(company, manager, "/v1/reports/targets?month=2026-10"));
    CHECK(manager_view.size() == 3);  // not rep2's
    CHECK(manager_view.count("rep2/new_customers") == 0);
    const auto rep1_view = by_metric(get_ok(company, rep1, "/v1/reports/targets?month=2026-10"));
    CHECK(rep1_view.size() == 1);
    CHECK(rep1_view.count("rep1/visits") == 1);
    CHECK(by_metric(get_ok(company, rep2, "/v1/reports/targets?month=2026-10")).size() == 1);
    CHECK(by_metric(get_ok(company, hq, "/v1/reports/targets?month=2026-10&unit=" + south)).size() == 1);
    CHECK(get_ok(company, hq, "/v1/reports/targets?month=2026-11")["targets"].empty());
    CHECK(status_of(company, manager, "GET", "/v1/reports/targets?month=2026-10&unit=" + south) == 403);
    CHECK(status_of(company, hq, "GET", "/v1/reports/targets?month=October") == 400);
    CHECK(status_of(company, hq, "GET", "/v1/reports/targets?from=2026-10-01") == 400);

    // crm-admin: same rules' result, audited as crm-admin
    auto cli = admin(company.db, {"target", "set", "--month", "2026-10", "--user", "rep3", "--metric", "won_deals",
                                  "--value", "3"});
    INFO(cli.err);
    CHECK(cli.exit_code == 0);
    CHECK(cli.out.find("(none) -> 3") != std::string::npos);
    CHECK(admin(company.db, {"target", "set", "--month", "2026-10", "--user", "nobody", "--metric", "visits",
                             "--value", "3"}).exit_code != 0);
    CHECK(admin(company.db, {"target", "set", "--month", "2026-10", "--unit", "North Team", "--user", "rep1",
                             "--metric", "visits", "--value", "3"}).exit_code != 0);
    CHECK(admin(company.db, {"target", "set", "--month", "2026-10", "--user", "rep1", "--metric", "visits",
                             "--value", "-3"}).exit_code != 0);
    auto listed = admin(company.db, {"report", "targets", "--month", "2026-10", "--json"});
    REQUIRE(listed.exit_code == 0);
    const auto cli_view = by_metric(json::parse(listed.out));
    CHECK(cli_view.at("rep3/won_deals")["actual"] == 3.0);  // F4, W7, W8
    auto last = get_ok(company, hq, "/v1/audit?action=target.set&limit=1")["entries"][0];
    CHECK(last["actor_login"] == "crm-admin");
    CHECK(last["details"]["new"] == 3.0);
}

TEST_CASE("customer value: rescore writes score and segment once, devices pull them and may not write them",
          "[server][reports][value]") {
    test::Company company;
    test::Device rep1(company, "rep1"), hq(company, "hq");
    const std::string x = test::uuid(), y = test::uuid(), z = test::uuid();
    auto x_fields = test::customer_fields("X Steel");
    x_fields["industry"] = "steel";
    x_fields["credit_level"] = "A";
    auto y_fields = test::customer_fields("Y Person");
    y_fields["kind"] = "person";
    auto r = rep1.push({rep1.create("customer", x_fields, x), rep1.create("customer", y_fields, y),
                        rep1.create("customer", test::customer_fields("Z Trading"), z)});
    for (int i = 0; i < 3; ++i) REQUIRE(r["verdicts"][i]["status"] == "applied");
    company.query("INSERT INTO opportunity (company_id, id, customer_id, title, amount, stage, status, owner_id,"
                  " created_at, updated_at, seq, scope_owner_id) VALUES (1, '" + test::uuid() + "', '" + x +
                  "', 'deal', 999999, 'closing', 'won', '" + company.user_id("rep1") + "', now(), now(),"
                  " nextval('change_seq'), '" + company.user_id("rep1") + "')");
    // a device may not write the server's fields
    auto forged_segment = test::customer_fields("Forged");
    forged_segment["value_segment"] = "A";
    auto forged_score = test::customer_fields("Forged 2");
    forged_score["value_score"] = 99;
    auto forged = rep1.push({rep1.create("customer", forged_segment), rep1.create("customer", forged_score)});
    CHECK(forged["verdicts"][0]["status"] == "rejected");
    CHECK(forged["verdicts"][1]["status"] == "rejected");

    rep1.pull_all();
    const auto cursor = rep1.last_cursor;
    CHECK(test::api_request(company.server->port(), "POST", "/v1/reports/rescore", "", rep1.token()).status == 403);
    CHECK(test::api_request(company.server->port(), "POST", "/v1/reports/rescore", "{\"all\":1}", hq.token()).status == 400);
    auto first = test::api_request(company.server->port(), "POST", "/v1/reports/rescore", "", hq.token());
    INFO(first.body);
    REQUIRE(first.status == 200);
    CHECK(json::parse(first.body) == json{{"customers", 3}, {"changed", 3}});
    // X: company 8 + industry 4 + credit A 8 + won 999,999 -> 25 + one won deal 5 = 50;
    // Y: person 4; Z: company 8. Total 62: X (before 0) A; Z (before 50 >= 49.6) B; Y (before 58 < 58.9) B.
    auto stored = [&](const std::string& id) {
        return company.query("SELECT value_score || ' ' || value_segment FROM customer WHERE id = '" + id + "'");
    };
    CHECK(stored(x) == "50 A");
    CHECK(stored(y) == "4 B");
    CHECK(stored(z) == "8 B");
    // the device pulls the three changed customers with their score and segment
    const auto changes = rep1.pull_all(cursor);
    std::map<std::string, json> pulled;
    for (const auto& c : changes) pulled[c["id"].get<std::string>()] = c;
    REQUIRE(pulled.count(x) == 1);
    CHECK(pulled[x]["record"]["value_segment"] == "A");
    CHECK(pulled[x]["record"]["value_score"] == 50.0);
    CHECK(pulled[y]["record"]["value_segment"] == "B");
    // nothing changed: nothing written, no new seq
    const auto seq = company.query("SELECT last_value FROM change_seq");
    auto again = test::api_request(company.server->port(), "POST", "/v1/reports/rescore", "{}", hq.token());
    CHECK(json::parse(again.body) == json{{"customers", 3}, {"changed", 0}});
    CHECK(company.query("SELECT last_value FROM change_seq") == seq);
    auto cli = admin(company.db, {"customers", "score"});
    CHECK(cli.exit_code == 0);
    CHECK(cli.out == "scored 3 customers, 0 changed\n");
    auto audit = get_ok(company, hq, "/v1/audit?action=customer.rescore");
    REQUIRE(audit["entries"].size() == 3);
    CHECK(audit["entries"][2]["details"] == json{{"changed", 3}, {"customers", 3}});
    CHECK(audit["entries"][2]["actor_login"] == "hq");
}
