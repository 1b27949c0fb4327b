// The customer search index (schema 4) over a real SQLite replica file: matching rules (Chinese,
// phone formats, contacts, filters) and that every write path of Replica keeps it right.
#include "crm/sync/customer_search.h"
#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <set>

using nlohmann::json;
using namespace crm::sync;

namespace {

const std::string kRep = "5a0c2f1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

/// A signed-in replica in a fresh temp folder; records get ids c-1, c-2... (any unique text will do).
struct SearchReplica {
    std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                ("crm-search-test-" + std::to_string(::getpid()) + "-" +
                                 std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    std::unique_ptr<Replica> replica;
    int next_id = 0;

    SearchReplica() {
        std::filesystem::create_directories(dir);
        reopen();
        replica->set_session(Session{"http://127.0.0.1:1", "token", {kRep, "rep1", "rep", "", "Rep"}});
    }
    ~SearchReplica() {
        replica.reset();
        std::filesystem::remove_all(dir);
    }
    void reopen() {
        replica.reset();
        ReplicaEnv env{{}, [this] { return "00000000-0000-4000-8000-" + std::to_string(100000000000 + ++next_id); }};
        auto opened = Replica::open((dir / "replica.sqlite").string(), env);
        REQUIRE(opened.ok());
        replica = std::move(*opened);
    }
    std::string customer(const json& fields) {
        json all = {{"name", "Unnamed"}, {"kind", "company"}, {"lifecycle", "potential"}};
        all.update(fields);
        auto id = replica->create("customer", all);
        REQUIRE(id.ok());
        return *id;
    }
    std::string contact(const std::string& customer_id, const json& fields) {
        json all = {{"customer_id", customer_id}, {"name", "Someone"}};
        all.update(fields);
        auto id = replica->create("contact", all);
        REQUIRE(id.ok());
        return *id;
    }
    /// Names of the customers matching, in the order found.
    std::vector<std::string> names(CustomerQuery q) {
        std::vector<std::string> out;
        for (const auto& row : CustomerSearch::find(*replica, q)) out.push_back(row.name);
        return out;
    }
    std::vector<std::string> names(const std::string& text) { return names(CustomerQuery{text}); }
    std::int64_t count(const std::string& sql) {
        return std::stoll(replica->database().scalar_text(sql).value_or("-1"));
    }
    /// The index agrees with the local view: one row per live customer / contact, the same
    /// fields, FTS rows exactly for the indexed rows, the tags as in the records.
    void check_consistent() {
        CustomerSearch::catch_up(*replica);
        CHECK(count("SELECT count(*) FROM search_queue") == 0);
        const auto customers = replica->list("customer");
        const auto contacts = replica->list("contact");
        CHECK(count("SELECT count(*) FROM customer_index") == static_cast<std::int64_t>(customers.size()));
        CHECK(count("SELECT count(*) FROM contact_index") == static_cast<std::int64_t>(contacts.size()));
        CHECK(count("SELECT count(*) FROM customer_fts") == static_cast<std::int64_t>(customers.size()));
        CHECK(count("SELECT count(*) FROM contact_fts") == static_cast<std::int64_t>(contacts.size()));
        CHECK(count("SELECT count(*) FROM customer_fts WHERE rowid NOT IN (SELECT rid FROM customer_index)") == 0);
        CHECK(count("SELECT count(*) FROM contact_fts WHERE rowid NOT IN (SELECT rid FROM contact_index)") == 0);
        std::size_t tags = 0;
        const auto pending = replica->pending_ids("customer");
        std::map<std::string, CustomerRow> rows;
        for (auto& row : CustomerSearch::find(*replica, {})) rows[row.id] = row;
        for (const auto& c : customers) {
            const std::string id = c["id"];
            REQUIRE(rows.count(id) == 1);
            CHECK(rows[id].name == c.value("name", ""));
            CHECK(rows[id].phone == c.value("phone", ""));
            CHECK(rows[id].region == c.value("region", ""));
            CHECK(rows[id].lifecycle == c.value("lifecycle", ""));
            CHECK(rows[id].pending == (pending.count(id) > 0));
            if (c.contains("tags")) tags += std::set<std::string>(c["tags"].begin(), c["tags"].end()).size();
        }
        CHECK(count("SELECT count(*) FROM customer_tag") == static_cast<std::int64_t>(tags));
    }
    Replica* operator->() { return replica.get(); }
};

json record(const std::string& id, const json& fields) {
    json r = {{"id", id}, {"name", "Pulled"}, {"kind", "company"}, {"lifecycle", "active"}, {"owner_id", kRep}};
    r.update(fields);
    return r;
}

PullResponse page(std::vector<Change> changes, std::int64_t cursor, bool has_more = false) {
    PullResponse p;
    p.changes = std::move(changes);
    p.cursor = cursor;
    p.has_more = has_more;
    return p;
}

}  // namespace

TEST_CASE("search finds Chinese names by any substring, short ones by a scan") {
    SearchReplica r;
    r.customer({{"name", "北京华联商厦有限公司"}, {"region", "北京"}});
    r.customer({{"name", "上海联华超市"}, {"region", "上海"}});
    r.customer({{"name", "Acme GmbH"}, {"region", "Berlin"}});
    CHECK(r.names("华联商厦") == std::vector<std::string>{"北京华联商厦有限公司"});
    CHECK(r.names("联华超") == std::vector<std::string>{"上海联华超市"});
    CHECK(r.names("华联") == std::vector<std::string>{"北京华联商厦有限公司"});  // 2 characters: LIKE scan
    CHECK(r.names("联").size() == 2);
    CHECK(r.names("上海") == std::vector<std::string>{"上海联华超市"});  // name and region
    CHECK(r.names("acme") == std::vector<std::string>{"Acme GmbH"});    // case-insensitive
    CHECK(r.names("AC") == std::vector<std::string>{"Acme GmbH"});
    CHECK(r.names("berlin gmbh") == std::vector<std::string>{"Acme GmbH"});  // every word, any field
    CHECK(r.names("berlin 北京").empty());
    CHECK(r.names("  ").size() == 3);
    CHECK(r.names("100%").empty());  // LIKE wildcards are plain text
    CHECK(r.names("_").empty());
    CHECK(r.names("\"quoted").empty());  // FTS syntax is plain text
}

TEST_CASE("search finds phones however they are written") {
    SearchReplica r;
    r.customer({{"name", "Mobile"}, {"phone", "+86 138-0013-8000"}});
    r.customer({{"name", "Landline"}, {"phone", "010-6512 3456"}});
    for (const char* q : {"13800138000", "+8613800138000", "138 0013 8000", "0013-8000", "138-0013", "8000"})
        CHECK(r.names(q) == std::vector<std::string>{"Mobile"});
    for (const char* q : {"01065123456", "1065123456", "6512 3456", "(010) 6512-3456"})
        CHECK(r.names(q) == std::vector<std::string>{"Landline"});
    CHECK(r.names("99").empty());
}

TEST_CASE("search finds a customer by its contacts' names and phones") {
    SearchReplica r;
    const auto acme = r.customer({{"name", "Acme"}});
    r.customer({{"name", "Other"}});
    const auto anna = r.contact(acme, {{"name", "Anna Schmidt"}, {"mobile", "+49 170 555 0101"}});
    r.contact(acme, {{"name", "王小明"}, {"phone", "021-5555 0199"}});
    CHECK(r.names("schmidt") == std::vector<std::string>{"Acme"});
    CHECK(r.names("小明") == std::vector<std::string>{"Acme"});
    CHECK(r.names("491705550101") == std::vector<std::string>{"Acme"});  // digits only, foreign number
    CHECK(r.names("4917055509").empty());
    CHECK(r.names("170 555 0101") == std::vector<std::string>{"Acme"});
    CHECK(r.names("02155550199") == std::vector<std::string>{"Acme"});
    CHECK(r.names("acme anna") == std::vector<std::string>{"Acme"});  // words across customer and contact
    CHECK(CustomerSearch::find(*r.replica, {"schmidt"}).size() == 1);  // two matching contacts: one row

    REQUIRE(r->update("contact", anna, {{"name", "Anna Weber"}}).ok());
    CHECK(r.names("schmidt").empty());
    CHECK(r.names("weber") == std::vector<std::string>{"Acme"});
    REQUIRE(r->remove("contact", anna).ok());
    CHECK(r.names("weber").empty());
    r.check_consistent();
}

TEST_CASE("filters by lifecycle, level, region and tag, with facets") {
    SearchReplica r;
    r.customer({{"name", "A1"}, {"lifecycle", "active"}, {"level", "A"}, {"region", "华东"}, {"tags", {"vip", "retail"}}});
    r.customer({{"name", "A2"}, {"lifecycle", "active"}, {"level", "B"}, {"region", "华东"}, {"tags", {"retail"}}});
    r.customer({{"name", "P1"}, {"lifecycle", "potential"}, {"level", "A"}, {"region", "华北"}});
    r.customer({{"name", "L1"}, {"lifecycle", "lost"}, {"region", "华北"}, {"tags", {"vip", "vip"}}});
    CHECK(r.names(CustomerQuery{"", "active"}) == std::vector<std::string>{"A1", "A2"});
    CHECK(r.names(CustomerQuery{"", "", "A"}) == std::vector<std::string>{"A1", "P1"});
    CHECK(r.names(CustomerQuery{"", "", "", "华北"}) == std::vector<std::string>{"L1", "P1"});
    CHECK(r.names(CustomerQuery{"", "", "", "", "vip"}) == std::vector<std::string>{"A1", "L1"});
    CHECK(r.names(CustomerQuery{"", "active", "A", "华东", "vip"}) == std::vector<std::string>{"A1"});
    CHECK(r.names(CustomerQuery{"A2", "active"}) == std::vector<std::string>{"A2"});
    CHECK(r.names(CustomerQuery{"", "", "", "", "", 2}).size() == 2);
    CHECK(CustomerSearch::count(*r.replica, CustomerQuery{"", "active"}) == 2);
    CHECK(r.names("retail") == std::vector<std::string>{"A1", "A2"});  // tags are searchable text too

    const auto f = CustomerSearch::facets(*r.replica);
    REQUIRE(f.lifecycles.size() == 3);
    CHECK(f.lifecycles[0].value == "active");
    CHECK(f.lifecycles[0].count == 2);
    REQUIRE(f.levels.size() == 2);  // L1 has no level: no empty choice
    CHECK(f.regions.size() == 2);
    REQUIRE(f.tags.size() == 2);
    CHECK(f.tags[0].value == "retail");  // 2 customers; vip: 2 customers too, sorted by name
    CHECK(f.tags[1].value == "vip");
    CHECK(f.tags[1].count == 2);
    r.check_consistent();
}

TEST_CASE("local edits keep the index in step") {
    SearchReplica r;
    const auto id = r.customer({{"name", "Acme"}, {"tags", {"old"}}});
    r.check_consistent();
    REQUIRE(r->update("customer", id, {{"name", "Bolt"}, {"tags", {"new", "hot"}}, {"region", "华南"}}).ok());
    CHECK(r.names("acme").empty());
    CHECK(r.names("bolt") == std::vector<std::string>{"Bolt"});
    CHECK(r.names(CustomerQuery{"", "", "", "", "old"}).empty());
    CHECK(r.names(CustomerQuery{"", "", "", "", "hot"}) == std::vector<std::string>{"Bolt"});
    r.check_consistent();
    REQUIRE(r->remove("customer", id).ok());  // a pending delete hides it at once
    CHECK(r.names("bolt").empty());
    CHECK(CustomerSearch::facets(*r.replica).tags.empty());
    r.check_consistent();
}

TEST_CASE("verdicts and rebases keep the index in step") {
    SearchReplica r;
    const std::string id = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e10";
    r->apply_pull(page({{"customer", id, 5, false, record(id, {{"name", "Server Name"}}), {}}}, 5));
    REQUIRE(r->update("customer", id, {{"name", "Local Name"}}).ok());
    CHECK(CustomerSearch::find(*r.replica, {"local"}).at(0).pending);

    SECTION("a rejected edit falls back to the server's state") {
        const auto pushed = r->pending_mutations(10);
        r->apply_verdicts(pushed, PushResponse{{{pushed[0].seq, VerdictStatus::rejected, "forbidden", "no", {}}}});
        CHECK(r.names("local").empty());
        REQUIRE(r.names("server").size() == 1);
        CHECK_FALSE(CustomerSearch::find(*r.replica, {"server"}).at(0).pending);
    }
    SECTION("an applied edit stays, no longer pending") {
        const auto pushed = r->pending_mutations(10);
        r->apply_verdicts(pushed, PushResponse{{{pushed[0].seq, VerdictStatus::applied, "", "", {}}}});
        REQUIRE(r.names("local").size() == 1);
        CHECK_FALSE(CustomerSearch::find(*r.replica, {"local"}).at(0).pending);
    }
    SECTION("a pulled change of another field rebases the pending edit on top") {
        r->apply_pull(page({{"customer", id, 6, false, record(id, {{"name", "Server Name"}, {"region", "西北"}}), {}}}, 6));
        CHECK(r.names("local 西北") == std::vector<std::string>{"Local Name"});
    }
    r.check_consistent();
}

TEST_CASE("pulls, deletions, evictions, reset sweeps and wipes keep the index in step") {
    SearchReplica r;
    const std::string a = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e21";
    const std::string b = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e22";
    const std::string k = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e23";
    const json contact = {{"id", k}, {"customer_id", b}, {"name", "Zhang Wei"}, {"phone", "13911112222"}};
    // The contact arrives before its customer: it is found once the customer is there.
    r->apply_pull(page({{"contact", k, 1, false, contact, {}},
                        {"customer", a, 2, false, record(a, {{"name", "Alpha"}, {"tags", {"x"}}}), {}},
                        {"customer", b, 3, false, record(b, {{"name", "Beta"}}), {}}},
                       3));
    CHECK(r.count("SELECT count(*) FROM search_queue") == 3);  // the contact and the two customers
    r->record_sync_result("ok");  // the end of a sync brings the text index up to date
    CHECK(r.count("SELECT count(*) FROM search_queue") == 0);
    CHECK(r.count("SELECT count(*) FROM customer_fts") == 2);
    CHECK(r.names("zhang") == std::vector<std::string>{"Beta"});
    CHECK(r.names("13911112222") == std::vector<std::string>{"Beta"});
    r.check_consistent();

    SECTION("a changed record replaces its entry") {
        r->apply_pull(page({{"customer", a, 4, false, record(a, {{"name", "Alpha Two"}, {"lifecycle", "lost"}}), {}}}, 4));
        CHECK(r.names(CustomerQuery{"", "lost"}) == std::vector<std::string>{"Alpha Two"});
        CHECK(CustomerSearch::facets(*r.replica).tags.empty());
    }
    SECTION("a tombstone removes the record") {
        r->apply_pull(page({{"customer", a, 4, true, nullptr, {}}, {"contact", k, 5, true, nullptr, {}}}, 5));
        CHECK(r.names("alpha").empty());
        CHECK(r.names("zhang").empty());
    }
    SECTION("an eviction removes the record and its contacts") {
        PullResponse p = page({}, 4);
        p.evictions = {{"customer", b}, {"contact", k}};
        r->apply_pull(p);
        CHECK(r.names("beta").empty());
        CHECK(r.names("zhang").empty());
        CHECK(r.names("alpha").size() == 1);
    }
    SECTION("a reset sweeps what was not received again") {
        PullResponse first = page({{"customer", a, 1, false, record(a, {{"name", "Alpha"}}), {}}}, 1, true);
        first.reset = true;
        r->apply_pull(first);
        CHECK(r.names("beta").size() == 1);  // not before the last page
        r->apply_pull(page({}, 9));
        CHECK(r.names("beta").empty());
        CHECK(r.names("zhang").empty());
        CHECK(r.names("alpha").size() == 1);
    }
    SECTION("a wipe empties it") {
        r->wipe();
        CHECK(r.names("").empty());
        CHECK(r.count("SELECT count(*) FROM customer_fts") == 0);
        CHECK(r.count("SELECT count(*) FROM contact_fts") == 0);
    }
    r.check_consistent();
}

TEST_CASE("a replica from before the index gets it built when opened") {
    SearchReplica r;
    const auto acme = r.customer({{"name", "Acme"}, {"tags", {"vip"}}, {"level", "A"}});
    r.contact(acme, {{"name", "Anna"}});
    r.customer({{"name", "北京华联"}});
    // Turn the file back into schema 3: no index tables or triggers.
    r->database().exec(
        "DROP TRIGGER customer_search_insert; DROP TRIGGER customer_search_update; DROP TRIGGER customer_search_delete;"
        "DROP TRIGGER contact_search_insert; DROP TRIGGER contact_search_update; DROP TRIGGER contact_search_delete;"
        "DROP TRIGGER search_flush_after_pull; DROP TRIGGER search_flush_after_wipe; DROP TABLE search_queue;"
        "DROP TABLE customer_index; DROP TABLE customer_tag; DROP TABLE contact_index; DROP TABLE customer_fts;"
        "DROP TABLE contact_fts; UPDATE meta SET value = '3' WHERE key = 'schema_version';");
    r.reopen();
    CHECK(r->database().scalar_text("SELECT value FROM meta WHERE key='schema_version'") == "5");
    CHECK(r.names("anna") == std::vector<std::string>{"Acme"});
    CHECK(r.names("华联") == std::vector<std::string>{"北京华联"});
    CHECK(r.names(CustomerQuery{"", "", "A", "", "vip"}) == std::vector<std::string>{"Acme"});
    r.check_consistent();
}

TEST_CASE("pulled value segments and scores filter the list, with a facet (schema 5)") {
    SearchReplica r;
    const std::string a = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e31";
    const std::string b = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e32";
    const std::string c = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e33";
    r->apply_pull(page({{"customer", a, 1, false, record(a, {{"name", "Alpha"}, {"value_segment", "A"}, {"value_score", 72.5}}), {}},
                        {"customer", b, 2, false, record(b, {{"name", "Beta"}, {"value_segment", "B"}, {"value_score", 20}}), {}},
                        {"customer", c, 3, false, record(c, {{"name", "Gamma"}}), {}}},
                       3));
    CustomerQuery segment_a;
    segment_a.segment = "A";
    CHECK(r.names(segment_a) == std::vector<std::string>{"Alpha"});
    const auto rows = CustomerSearch::find(*r.replica, {});
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].segment == "A");
    CHECK(rows[0].value_score == 72.5);
    CHECK(rows[2].segment.empty());  // not scored yet
    CHECK(rows[2].value_score == -1);
    auto f = CustomerSearch::facets(*r.replica);
    REQUIRE(f.segments.size() == 2);  // A, B in order; the unscored one is no choice
    CHECK(f.segments[0].value == "A");
    CHECK(f.segments[1].value == "B");
    // a rescore moves Alpha to B: the index follows the pull
    r->apply_pull(page({{"customer", a, 4, false, record(a, {{"name", "Alpha"}, {"value_segment", "B"}, {"value_score", 30}}), {}}}, 4));
    CHECK(r.names(segment_a).empty());
    segment_a.segment = "B";
    CHECK(r.names(segment_a) == std::vector<std::string>{"Alpha", "Beta"});
    r.check_consistent();

    SECTION("a schema-4 replica gets the value columns filled when opened") {
        r->database().exec(
            "DROP INDEX customer_index_segment; ALTER TABLE customer_index DROP COLUMN segment;"
            " ALTER TABLE customer_index DROP COLUMN value_score; UPDATE meta SET value = '4' WHERE key = 'schema_version';");
        r.reopen();
        CHECK(r->database().scalar_text("SELECT value FROM meta WHERE key='schema_version'") == "5");
        CHECK(r.names(segment_a) == std::vector<std::string>{"Alpha", "Beta"});
        CHECK(CustomerSearch::find(*r.replica, {})[0].value_score == 30);
        r.check_consistent();
    }
}
