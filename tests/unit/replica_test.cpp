#include "crm/sync/replica.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <filesystem>
#include <fstream>

using nlohmann::json;
using namespace crm::sync;

namespace {

const std::string kUser = "0b0c2f1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";
const std::string kUnit = "1b0c2f1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e";

/// A replica in a fresh temp file, signed in as a rep, with a deterministic clock and ids.
struct TempReplica {
    std::filesystem::path dir;
    std::unique_ptr<Replica> replica;
    std::int64_t now = 1795443317000;
    int ids = 0;

    TempReplica() {
        dir = std::filesystem::temp_directory_path() / ("crm-replica-test-" + std::to_string(::getpid()) + "-" +
                                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        std::filesystem::create_directories(dir);
        replica = open();
        replica->set_session(Session{"http://127.0.0.1:1", "token", {kUser, "rep1", "rep", kUnit, "Rep One"}});
    }
    ~TempReplica() {
        replica.reset();
        std::filesystem::remove_all(dir);
    }
    std::unique_ptr<Replica> open() {
        ReplicaEnv env{[this] { return now += 1000; },
                       [this] {
                           char buf[37];
                           std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012d", ++ids);
                           return std::string(buf);
                       }};
        auto r = Replica::open((dir / "replica.sqlite").string(), env);
        REQUIRE(r.ok());
        return std::move(*r);
    }
    Replica& operator*() { return *replica; }
    Replica* operator->() { return replica.get(); }
};

json customer_fields(const std::string& name) { return {{"name", name}, {"kind", "company"}, {"lifecycle", "active"}}; }

}  // namespace

TEST_CASE("a created record is filled in, visible offline and queued") {
    TempReplica r;
    auto id = r->create("customer", customer_fields("Acme"));
    REQUIRE(id.ok());
    auto record = r->find("customer", *id);
    REQUIRE(record);
    CHECK((*record)["owner_id"] == kUser);
    CHECK((*record)["created_at"] == "2026-11-23T14:15:18.000Z");
    CHECK(r->is_pending("customer", *id));
    CHECK(r->pending_ids("customer") == std::set<std::string>{*id});
    CHECK(r->pending_count() == 1);
    const auto pending = r->pending_mutations(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].op == MutationOp::create);
    CHECK(pending[0].seq == 1);
    CHECK_FALSE(pending[0].fields.contains("id"));
    CHECK(pending[0].hlc.find(r->device_id()) != std::string::npos);
    CHECK(r->dump()["customer"].size() == 1);
    CHECK(r->dump()["visit"].empty());
}

TEST_CASE("bad local input gets a clear error and changes nothing") {
    TempReplica r;
    auto id = r->create("customer", customer_fields("Acme"));
    REQUIRE(id.ok());
    CHECK(r->create("customer", {{"name", "No kind"}}).error().message ==
          "customer: kind is required; lifecycle is required");
    CHECK(r->create("planet", customer_fields("x")).error().message == "unknown entity 'planet'");
    CHECK(r->update("customer", *id, {{"lifecycle", "zombie"}}).error().code == "invalid");
    CHECK(r->update("customer", "00000000-0000-4000-8000-999999999999", {{"phone", "1"}}).error().code == "not_found");
    CHECK(r->create("contact", {{"name", "Li"}, {"customer_id", "00000000-0000-4000-8000-999999999999"}})
              .error()
              .message == "contact: customer_id refers to no customer on this device");
    CHECK(r->create("visit", {{"purpose", "demo"}}).error().message == "visit: customer_id or lead_id is required");
    CHECK(r->pending_count() == 1);
}

TEST_CASE("updates queue only changed fields with the server versions last seen") {
    TempReplica r;
    const std::string id = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e8f";
    PullResponse page;
    json server_record = customer_fields("Acme");
    server_record["id"] = id;
    server_record["phone"] = "111";
    page.changes.push_back({"customer", id, 40, false, server_record, {{"name", 12}, {"phone", 40}}});
    page.cursor = 40;
    r->apply_pull(page);
    CHECK(r->cursor() == 40);
    CHECK_FALSE(r->is_pending("customer", id));

    REQUIRE(r->update("customer", id, {{"phone", "222"}, {"name", "Acme"}}).ok());
    auto pending = r->pending_mutations(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].fields == json{{"phone", "222"}});
    CHECK(pending[0].base_versions == std::map<std::string, std::int64_t>{{"phone", 40}});
    REQUIRE(r->update("customer", id, {{"phone", "222"}}).ok());  // no change: nothing queued
    CHECK(r->pending_count() == 1);

    SECTION("a pulled change of another field keeps the pending edit on top") {
        server_record["region"] = "华东";
        PullResponse next;
        next.changes.push_back({"customer", id, 41, false, server_record, {{"region", 41}, {"phone", 40}}});
        next.cursor = 41;
        r->apply_pull(next);
        auto view = *r->find("customer", id);
        CHECK(view["phone"] == "222");
        CHECK(view["region"] == "华东");
        CHECK(r->is_pending("customer", id));
    }
    SECTION("clearing a field removes it from the view") {
        REQUIRE(r->update("customer", id, {{"phone", nullptr}}).ok());
        CHECK_FALSE(r->find("customer", id)->contains("phone"));
    }
    SECTION("a local delete hides the record until the server rules") {
        REQUIRE(r->remove("customer", id).ok());
        CHECK_FALSE(r->find("customer", id));
        CHECK(r->dump()["customer"].empty());
    }
}

TEST_CASE("verdicts empty the outbox and every rejection becomes a sync issue") {
    TempReplica r;
    auto kept = r->create("customer", customer_fields("Kept"));
    auto refused = r->create("customer", customer_fields("Refused"));
    REQUIRE((kept.ok() && refused.ok()));
    const auto pushed = r->pending_mutations(10);
    PushResponse response{{{pushed[0].seq, VerdictStatus::applied, "", "", {}},
                           {pushed[1].seq, VerdictStatus::rejected, "forbidden", "not yours", {}}}};
    r->apply_verdicts(pushed, response);
    CHECK(r->pending_count() == 0);
    CHECK(r->find("customer", *kept));              // still visible until the pull brings it
    CHECK_FALSE(r->is_pending("customer", *kept));
    CHECK_FALSE(r->find("customer", *refused));     // the server refused it
    auto issues = r->issues();
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].code == "forbidden");
    CHECK(issues[0].message == "not yours");
    CHECK(issues[0].fields["name"] == "Refused");  // what the user typed is kept
    CHECK(r->status().issues.size() == 1);
    CHECK(r->dismiss_issue(issues[0].id).ok());
    CHECK(r->issues().empty());
    CHECK(r->dismiss_issue(issues[0].id).error().code == "not_found");

    SECTION("a replayed verdict for an entry already gone changes nothing") {
        r->apply_verdicts(pushed, response);
        CHECK(r->issues().empty());
    }
}

TEST_CASE("device id and sequence numbers survive reopen and wipe") {
    TempReplica r;
    const std::string device = r->device_id();
    REQUIRE(r->create("customer", customer_fields("A")).ok());
    r.replica = r.open();
    CHECK(r->device_id() == device);
    CHECK(r->pending_count() == 1);
    r->wipe();
    CHECK_FALSE(r->session());
    CHECK(r->pending_count() == 0);
    CHECK(r->device_id() == device);
    r->set_session(Session{"http://127.0.0.1:1", "t", {kUser, "rep1", "rep", kUnit, ""}});
    REQUIRE(r->create("customer", customer_fields("B")).ok());
    CHECK(r->pending_mutations(1)[0].seq == 2);
}

TEST_CASE("a file that is not a replica gives a clear error") {
    TempReplica r;
    const auto text_file = r.dir / "notes.txt";
    std::ofstream(text_file) << "this is not a database, just some text that is long enough to have a header......";
    auto opened = Replica::open(text_file.string());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == "bad_replica");

    const auto foreign = (r.dir / "other.sqlite").string();
    sqlite3* db = nullptr;
    sqlite3_open(foreign.c_str(), &db);
    sqlite3_exec(db, "CREATE TABLE photos (id INTEGER)", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    auto other = Replica::open(foreign);
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message == "the file is not a Field CRM replica");
}

TEST_CASE("creating needs a signed-in user") {
    TempReplica r;
    r->wipe();
    CHECK(r->create("customer", customer_fields("A")).error().code == "signed_out");
}

TEST_CASE("a scope reset drops every record that is not received again") {
    TempReplica r;
    const std::string kept = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e01";
    const std::string gone = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e02";
    auto record = [](const std::string& id, const std::string& name) {
        json j = customer_fields(name);
        j["id"] = id;
        return j;
    };
    PullResponse initial;
    initial.changes.push_back({"customer", kept, 1, false, record(kept, "Kept"), {}});
    initial.changes.push_back({"customer", gone, 2, false, record(gone, "Gone"), {}});
    initial.cursor = 2;
    initial.scope_epoch = 1;
    r->apply_pull(initial);
    REQUIRE(r->update("customer", gone, {{"phone", "1"}}).ok());  // a pending edit on the leaving record
    CHECK(r->scope_epoch() == 1);

    PullResponse first;  // the reset page: the server starts again from 0
    first.reset = true;
    first.has_more = true;
    first.changes.push_back({"customer", kept, 1, false, record(kept, "Kept"), {}});
    first.cursor = 1;
    first.scope_epoch = 2;
    r->apply_pull(first);
    CHECK(r->find("customer", gone));  // not swept before the last page

    r.replica = r.open();  // interrupted: the resumed pull continues from the cursor
    CHECK(r->cursor() == 1);
    PullResponse last;
    last.cursor = 9;
    last.scope_epoch = 2;
    r->apply_pull(last);
    CHECK(r->find("customer", kept));
    CHECK_FALSE(r->find("customer", gone));
    CHECK(r->scope_epoch() == 2);
    CHECK(r->pending_count() == 1);  // the edit waits for the server's ruling (it will be not_found)
}

TEST_CASE("a visit accepted into another user's book leaves the device with a notice") {
    TempReplica r;
    const std::string customer = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e03";
    PullResponse page;
    json c = customer_fields("Moved away");
    c["id"] = customer;
    page.changes.push_back({"customer", customer, 1, false, c, {}});
    page.cursor = 1;
    r->apply_pull(page);
    auto visit = r->create("visit", {{"customer_id", customer}, {"purpose", "demo"}});
    REQUIRE(visit.ok());
    const auto pushed = r->pending_mutations(10);
    r->apply_verdicts(pushed, PushResponse{{{pushed[0].seq, VerdictStatus::applied, kOutOfScopeCode,
                                             "customer now belongs to rep2", {}}}});
    CHECK_FALSE(r->find("visit", *visit));
    REQUIRE(r->issues().size() == 1);
    CHECK(r->issues()[0].status == "moved");
    CHECK(r->issues()[0].fields["purpose"] == "demo");
}

TEST_CASE("a merge whose response was lost is still reported when the replay says duplicate") {
    TempReplica r;
    auto id = r->create("customer", customer_fields("Acme"));
    REQUIRE(id.ok());
    REQUIRE(r->update("customer", *id, {{"industry", "retail"}}).ok());
    const auto pushed = r->pending_mutations(10);
    r->apply_verdicts(pushed, PushResponse{{{pushed[0].seq, VerdictStatus::duplicate, "", "first applied", {}},
                                            {pushed[1].seq, VerdictStatus::duplicate, "", "first merged", {"industry"}}}});
    REQUIRE(r->issues().size() == 1);
    CHECK(r->issues()[0].status == "merged");
    CHECK(r->issues()[0].lost_fields == std::vector<std::string>{"industry"});
}

TEST_CASE("a key-field change waiting for approval keeps the server's value and is no sync issue") {
    TempReplica r;
    const std::string id = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e04";
    PullResponse page;
    json c = customer_fields("Acme");
    c["id"] = id;
    page.changes.push_back({"customer", id, 5, false, c, {{"name", 5}}});
    page.cursor = 5;
    r->apply_pull(page);
    REQUIRE(r->update("customer", id, {{"name", "Acme Ltd"}, {"phone", "555"}}).ok());
    CHECK((*r->find("customer", id))["name"] == "Acme Ltd");  // offline: as the user typed it
    auto pushed = r->pending_mutations(10);
    const VerdictStatus status = GENERATE(VerdictStatus::applied, VerdictStatus::duplicate);
    r->apply_verdicts(pushed, PushResponse{{{pushed[0].seq, status, kRevisionPendingCode,
                                             "name: 'Acme Ltd' waits for your manager's approval", {"name"}}}});
    CHECK(r->pending_count() == 0);
    const auto view = *r->find("customer", id);
    CHECK(view["name"] == "Acme");   // until the manager approves (a pull brings it)
    CHECK(view.value("phone", "") == "555");   // the rest applied
    CHECK(r->issues().empty());
}
