// The permission matrix of ARCHITECTURE §3 against the real server, on pull and on push:
// roles x record relations x operations, every cell an expected verdict.
//
// Org: Headquarters -> North Team -> North Sub; Headquarters -> South Team.
//   rep1, rep3, manager: North Team;  manager2, rep4, rep5: North Sub;  rep2: South Team; hq.
#include "scenario.h"

#include "crm/server/db/ids.h"

#include <catch2/catch.hpp>

#include <array>
#include <map>
#include <set>

using namespace crm;
using nlohmann::json;

namespace {

enum Op { kRead, kCreate, kUpdate, kKeyField, kRemove, kReassign, kComment, kApprove, kOps };
constexpr std::array<const char*, kOps> kOpNames = {"read",     "create",   "update",  "key-field update",
                                                    "delete",   "reassign", "comment", "approve"};

/// One row: `actor` acting on records owned by `owner` ("" = a pool lead, owner_id null).
/// Expectations per op: read "yes"/"no" (pull and dump); pushes "applied", "applied:CODE" or
/// "rejected:CODE"; "-" where the operation does not apply. Reassign moves the record to `to`.
struct Row {
    const char* actor;
    const char* relation;
    const char* owner;
    const char* to;
    std::array<const char*, kOps> expect;
};

constexpr const char* A = "applied";
constexpr const char* P = "applied:revision_pending";
constexpr const char* F = "rejected:forbidden";
constexpr const char* N = "rejected:not_found";

// clang-format off
const Row kMatrix[] = {
//   actor       relation        owner       to           read   create update key   delete reassign comment approve
    {"rep1",     "own",          "rep1",     "rep3",     {"yes", A,     A,     P,    A,     F,       F,      F}},
    {"rep1",     "peer's",       "rep3",     "rep1",     {"no",  F,     N,     N,    N,     N,       F,      N}},
    {"rep1",     "other branch", "rep2",     "rep1",     {"no",  F,     N,     N,    N,     N,       F,      N}},
    {"rep1",     "pool",         "",         "rep1",     {"no",  F,     N,     "-",  N,     N,       F,      "-"}},
    {"manager",  "own",          "manager",  "rep3",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"manager",  "subordinate's","rep4",     "rep3",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"manager",  "peer's",       "rep1",     "rep3",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"manager",  "other branch", "rep2",     "rep3",     {"no",  F,     N,     N,    N,     N,       N,      N}},
    {"manager",  "pool",         "",         "rep3",     {"no",  F,     N,     "-",  N,     N,       N,      "-"}},
    {"manager2", "own",          "manager2", "rep4",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"manager2", "subordinate's","rep4",     "rep5",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"manager2", "peer's",       "rep5",     "rep4",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"manager2", "other branch", "rep1",     "rep4",     {"no",  F,     N,     N,    N,     N,       N,      N}},
    {"manager2", "pool",         "",         "rep4",     {"no",  F,     N,     "-",  N,     N,       N,      "-"}},
    {"hq",       "own",          "hq",       "rep1",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"hq",       "subordinate's","rep4",     "rep1",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"hq",       "other branch", "rep2",     "rep1",     {"yes", A,     A,     A,    A,     A,       A,      A}},
    {"hq",       "pool",         "",         "rep1",     {"yes", A,     A,     "-",  A,     A,       A,      "-"}},
};
// clang-format on

bool is_rep(const std::string& login) { return login.rfind("rep", 0) == 0; }

/// The records of one row, made before any operation runs.
struct Fixture {
    std::string record;    ///< the customer (or pool lead) the operations act on
    std::string entity;    ///< customer | lead
    std::string doomed;    ///< a contact (or second pool lead) to delete
    std::string visit;     ///< to comment on
    std::string revision;  ///< pending, on `record`
};

std::string outcome(const json& response) {
    const json& v = response["verdicts"][0];
    const std::string code = v.value("code", "");
    return v["status"].get<std::string>() + (code.empty() ? "" : ":" + code);
}

std::set<std::string> visible_ids(const json& dump) {
    std::set<std::string> ids;
    for (const auto& [entity, records] : dump.items())
        for (const auto& r : records) ids.insert(r["id"].get<std::string>());
    return ids;
}

class Matrix {
public:
    Matrix() {
        admin({"unit", "add", "North Sub", "--parent", "North Team"});
        admin({"user", "add", "manager2", "--role", "manager", "--unit", "North Sub", "--password-stdin"}, "pw\n");
        admin({"user", "add", "rep4", "--role", "rep", "--unit", "North Sub", "--password-stdin"}, "pw\n");
        admin({"user", "add", "rep5", "--role", "rep", "--unit", "North Sub", "--password-stdin"}, "pw\n");
        for (const char* login : {"hq", "manager", "manager2", "rep1", "rep2", "rep3", "rep4", "rep5"})
            devices_.emplace(login, std::make_unique<test::Device>(company, login));
    }

    test::Company company;

    test::Device& device(const std::string& login) { return *devices_.at(login); }
    std::string id(const std::string& login) { return company.user_id(login); }

    /// A customer owned by `owner` with a pending key-field revision (requested by a rep, then
    /// the customer handed to `owner` by hq when the owner is no rep), a contact and a visit.
    Fixture customer_of(const std::string& owner) {
        Fixture f{test::uuid(), "customer", test::uuid(), test::uuid(), ""};
        const std::string requester = is_rep(owner) ? owner : "rep1";
        auto& hq = device("hq");
        json fields = test::customer_fields("Cell Co.");
        fields["owner_id"] = id(requester);
        expect_applied(hq.push({hq.create("customer", fields, f.record)}));
        auto& rep = device(requester);
        const json renamed = rep.push({rep.update("customer", f.record, {{"name", "Cell Co. Ltd"}}, json::object(), server::now_ms())});
        REQUIRE(outcome(renamed) == P);
        if (requester != owner)
            expect_applied(hq.push({hq.update("customer", f.record, {{"owner_id", id(owner)}}, json::object(), server::now_ms())}));
        expect_applied(hq.push({hq.create("contact", {{"customer_id", f.record}, {"name", "To delete"}}, f.doomed),
                                hq.create("visit", {{"customer_id", f.record}, {"purpose", "review"}}, f.visit)}));
        f.revision = company.query("SELECT id FROM revision WHERE customer_id = '" + f.record + "' AND status = 'pending'");
        REQUIRE(!f.revision.empty());
        return f;
    }

    /// Two pool leads (owner_id null) and a visit on the first.
    Fixture pool_leads() {
        Fixture f{test::uuid(), "lead", test::uuid(), test::uuid(), ""};
        auto& hq = device("hq");
        expect_applied(hq.push({hq.create("lead", {{"status", "new"}, {"company_name", "Pool Co."}, {"owner_id", nullptr}}, f.record),
                                hq.create("lead", {{"status", "new"}, {"company_name", "Pool 2"}, {"owner_id", nullptr}}, f.doomed),
                                hq.create("visit", {{"lead_id", f.record}, {"purpose", "cold call"}}, f.visit)}));
        return f;
    }

    /// The push of `op` by `actor` on the row's records.
    json push(Op op, const Row& row, const Fixture& f) {
        auto& d = device(row.actor);
        // Later than every stamp before (the server's own, from an approval, included).
        const auto now = server::now_ms() + 1000 + ++tick_;
        const bool pool = f.entity == "lead";
        switch (op) {
        case kCreate: {
            if (pool) return d.push({d.create("lead", {{"status", "new"}, {"company_name", "New pool"}, {"owner_id", nullptr}})});
            json fields = test::customer_fields("Created");
            fields["owner_id"] = id(row.owner);
            return d.push({d.create("customer", fields)});
        }
        case kUpdate:
            return d.push({d.update(f.entity, f.record, pool ? json{{"region", "East"}} : json{{"phone", "021 1234"}},
                                    json::object(), now)});
        case kKeyField: return d.push({d.update("customer", f.record, {{"name", "Key Co."}}, json::object(), now)});
        case kRemove: return d.push({{{"entity", pool ? "lead" : "contact"}, {"id", f.doomed}, {"op", "delete"}}});
        case kReassign: return d.push({d.update(f.entity, f.record, {{"owner_id", id(row.to)}}, json::object(), now)});
        case kComment: return d.push({d.create("comment", {{"visit_id", f.visit}, {"body", "Noted"}})});
        case kApprove: return d.push({d.update("revision", f.revision, {{"status", "approved"}}, json::object(), now)});
        default: FAIL("not a push");
        }
        return {};
    }

    std::string state() {
        return company.query("SELECT (SELECT last_value FROM change_seq)::text || '/' || "
                             "(SELECT count(*) FROM audit_log)::text");
    }

private:
    void admin(std::vector<std::string> args, const std::string& input = "") {
        args.insert(args.begin(), {"--db", company.db.conninfo()});
        auto r = test::run_admin(args, input);
        REQUIRE(r.exit_code == 0);
    }
    static void expect_applied(const json& response) {
        for (const auto& v : response["verdicts"]) REQUIRE(v["status"] == "applied");
    }

    std::map<std::string, std::unique_ptr<test::Device>> devices_;
    std::int64_t tick_ = 0;
};

}  // namespace

TEST_CASE("the permission matrix: roles x record relations x operations, on pull and on push",
          "[server][permissions]") {
    Matrix m;
    std::vector<Fixture> fixtures;
    for (const Row& row : kMatrix) fixtures.push_back(*row.owner ? m.customer_of(row.owner) : m.pool_leads());

    // Read: the pull and crm-admin dump of each actor hold the row's records (and their
    // children: contact, visit, revision) exactly when the matrix says so.
    std::map<std::string, std::set<std::string>> pulled, dumped;
    for (const Row& row : kMatrix) {
        if (pulled.count(row.actor)) continue;
        for (const auto& c : m.device(row.actor).pull_all())
            if (!c["deleted"].get<bool>()) pulled[row.actor].insert(c["id"].get<std::string>());
        dumped[row.actor] = visible_ids(m.company.dump_as(row.actor));
    }
    for (std::size_t i = 0; i < std::size(kMatrix); ++i) {
        const Row& row = kMatrix[i];
        const Fixture& f = fixtures[i];
        const bool expected = std::string(row.expect[kRead]) == "yes";
        for (const std::string& rec : {f.record, f.doomed, f.visit, f.revision}) {
            if (rec.empty()) continue;
            INFO(row.actor << " reads " << row.relation << " record " << rec << " (pull, dump)");
            CHECK(pulled[row.actor].count(rec) == (expected ? 1u : 0u));
            CHECK(dumped[row.actor].count(rec) == (expected ? 1u : 0u));
        }
    }

    // Pushes, in an order where no operation spoils the next (reassign moves the record last).
    for (Op op : {kUpdate, kComment, kApprove, kKeyField, kCreate, kRemove, kReassign}) {
        for (std::size_t i = 0; i < std::size(kMatrix); ++i) {
            const Row& row = kMatrix[i];
            const std::string expected = row.expect[op];
            if (expected == "-") continue;
            const Fixture& f = fixtures[i];
            INFO(row.actor << " / " << row.relation << " (" << (*row.owner ? row.owner : "pool") << ") / "
                           << kOpNames[op]);
            const std::string before = m.state();
            const std::string name_before =
                f.entity == "customer" ? m.company.query("SELECT name FROM customer WHERE id = '" + f.record + "'") : "";
            const json response = m.push(op, row, f);
            CHECK(outcome(response) == expected);
            if (expected.rfind("rejected", 0) == 0) {
                CHECK(m.state() == before);  // nothing written, nothing audited
                continue;
            }
            CHECK(m.state() != before);
            if (op == kKeyField) {  // pending: the name waits; direct: renamed
                const std::string name = m.company.query("SELECT name FROM customer WHERE id = '" + f.record + "'");
                CHECK(name == (expected == P ? name_before : "Key Co."));
            }
        }
    }

    // What the pushes left is what each actor pulls: every device converges on its dump.
    for (const char* login : {"rep1", "manager", "manager2", "hq"}) {
        std::map<std::string, json> live;
        for (const auto& c : m.device(login).pull_all()) {
            if (c["deleted"].get<bool>()) live.erase(c["id"].get<std::string>());
            else live[c["id"].get<std::string>()] = c["record"];
        }
        std::set<std::string> ids;
        for (const auto& [id, record] : live) ids.insert(id);
        INFO(login);
        CHECK(ids == visible_ids(m.company.dump_as(login)));
    }
}
