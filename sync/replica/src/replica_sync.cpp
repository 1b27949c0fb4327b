// The sync engine's side of the replica: outbox reads, verdicts, pulled pages, status.
#include "crm/sync/replica.h"

#include "crm/shared/formats.h"
#include "crm/sync/sqlite_db.h"
#include "replica_json.h"

#include <algorithm>
#include <set>

namespace crm::sync {
namespace {

using nlohmann::json;

std::optional<MutationOp> op_from(const std::string& text) {
    if (text == "create") return MutationOp::create;
    if (text == "update") return MutationOp::update;
    if (text == "delete") return MutationOp::remove;
    return std::nullopt;
}

std::optional<json> server_data(SqliteDb& db, const std::string& entity, const std::string& id) {
    auto lease = db.cached("SELECT data FROM server_record WHERE entity=? AND id=?");
    Statement& st = *lease;
    st.bind(1, entity).bind(2, id);
    if (!st.step()) return std::nullopt;
    return json::parse(st.text(0));
}

void store_server_record(SqliteDb& db, const std::string& entity, const std::string& id, std::int64_t version,
                         const std::string& data, const std::string& field_versions) {
    db.cached("INSERT OR REPLACE INTO server_record (entity, id, version, data, field_versions) VALUES (?,?,?,?,?)")
        ->bind(1, entity)
        .bind(2, id)
        .bind(3, version)
        .bind(4, data)
        .bind(5, field_versions)
        .run();
}

void write_local_record(SqliteDb& db, const std::string& entity, const std::string& id, const std::string& data,
                        bool deleted, bool pending) {
    db.cached("INSERT OR REPLACE INTO local_record (entity, id, data, deleted, pending) VALUES (?,?,?,?,?)")
        ->bind(1, entity)
        .bind(2, id)
        .bind(3, data)
        .bind(4, std::int64_t{deleted})
        .bind(5, std::int64_t{pending})
        .run();
}

void delete_server_record(SqliteDb& db, const std::string& entity, const std::string& id) {
    db.cached("DELETE FROM server_record WHERE entity=? AND id=?")->bind(1, entity).bind(2, id).run();
}

}  // namespace

void Replica::rebase(const std::string& entity, const std::string& id) {
    std::optional<json> view = server_data(*db_, entity, id);
    bool deleted = false;
    bool pending = false;
    auto lease = db_->cached("SELECT op, fields FROM outbox WHERE entity=? AND record_id=? ORDER BY seq");
    Statement& st = *lease;
    st.bind(1, entity).bind(2, id);
    while (st.step()) {
        pending = true;
        const json fields = json::parse(st.text(1));
        switch (op_from(st.text(0)).value_or(MutationOp::update)) {
        case MutationOp::create:
            if (!view) view = json{{"id", id}};
            view->update(fields);
            break;
        case MutationOp::update:
            if (view) view->update(fields);
            break;
        case MutationOp::remove: deleted = true; break;
        }
    }
    if (!view) {
        db_->cached("DELETE FROM local_record WHERE entity=? AND id=?")->bind(1, entity).bind(2, id).run();
        return;
    }
    strip_nulls(*view);
    write_local_record(*db_, entity, id, view->dump(), deleted, pending);
}

// Until the next pull brings the authoritative state, an accepted edit is folded into the
// server state so the record stays visible as the user left it.
void Replica::fold_into_server_state(const Mutation& m, const Verdict& v) {
    if (m.op == MutationOp::remove) {
        delete_server_record(*db_, m.entity, m.id);
        return;
    }
    json data = server_data(*db_, m.entity, m.id).value_or(json{{"id", m.id}});
    for (const auto& [name, value] : m.fields.items())
        if (std::find(v.lost_fields.begin(), v.lost_fields.end(), name) == v.lost_fields.end()) data[name] = value;
    strip_nulls(data);
    auto lease = db_->cached("SELECT version FROM server_record WHERE entity=? AND id=?");
    Statement& st = *lease;
    st.bind(1, m.entity).bind(2, m.id);
    const std::int64_t version = st.step() ? st.integer(0) : 0;
    store_server_record(*db_, m.entity, m.id, version, data.dump(), load_field_versions(*db_, m.entity, m.id).dump());
}

std::int64_t Replica::pending_count() {
    auto st = db_->prepare("SELECT count(*) FROM outbox");
    st.step();
    return st.integer(0);
}

std::vector<Mutation> Replica::pending_mutations(std::size_t limit) {
    std::vector<Mutation> out;
    auto st = db_->prepare("SELECT seq, entity, record_id, op, fields, base_versions, hlc FROM outbox ORDER BY seq LIMIT ?");
    st.bind(1, static_cast<std::int64_t>(limit));
    while (st.step()) {
        Mutation m;
        m.seq = st.integer(0);
        m.entity = st.text(1);
        m.id = st.text(2);
        m.op = op_from(st.text(3)).value_or(MutationOp::update);
        m.fields = json::parse(st.text(4));
        m.base_versions = json::parse(st.text(5)).get<std::map<std::string, std::int64_t>>();
        m.hlc = st.text(6);
        out.push_back(std::move(m));
    }
    return out;
}

void Replica::apply_verdicts(const std::vector<Mutation>& pushed, const PushResponse& response) {
    Transaction tx(*db_);
    std::set<std::pair<std::string, std::string>> touched;
    for (const auto& verdict : response.verdicts) {
        auto it = std::find_if(pushed.begin(), pushed.end(), [&](const Mutation& m) { return m.seq == verdict.seq; });
        if (it == pushed.end()) continue;
        const Mutation& m = *it;
        auto queued = db_->prepare("SELECT 1 FROM outbox WHERE seq=?");
        queued.bind(1, m.seq);
        if (!queued.step()) continue;  // already ruled on (a replayed response)
        // A duplicate carrying a reason code repeats an earlier rejection.
        const VerdictStatus outcome = first_outcome(verdict);
        const bool rejected = outcome == VerdictStatus::rejected;
        // Accepted into another user's book: the server keeps it, this device no longer sees it.
        const bool moved = verdict.code == kOutOfScopeCode;
        if (!rejected && !moved) fold_into_server_state(m, verdict);
        if (rejected || moved || outcome == VerdictStatus::merged) {
            db_->prepare("INSERT INTO sync_issue (seq, entity, record_id, op, status, code, message, lost_fields, fields,"
                         " created_at) VALUES (?,?,?,?,?,?,?,?,?,?)")
                .bind(1, m.seq)
                .bind(2, m.entity)
                .bind(3, m.id)
                .bind(4, std::string(to_string(m.op)))
                .bind(5, std::string(rejected ? "rejected" : moved ? "moved" : "merged"))
                .bind(6, verdict.code.empty() ? std::string(rejected ? "rejected" : "merged") : verdict.code)
                .bind(7, verdict.message)
                .bind(8, json(verdict.lost_fields).dump())
                .bind(9, m.fields.dump())
                .bind(10, format_timestamp_ms(env_.now_ms()))
                .run();
        }
        db_->prepare("DELETE FROM outbox WHERE seq=?").bind(1, m.seq).run();
        touched.insert({m.entity, m.id});
    }
    for (const auto& [entity, id] : touched) rebase(entity, id);
    tx.commit();
}

void Replica::apply_pull(const PullResponse& page) {
    Transaction tx(*db_);
    if (page.reset) db_->exec("UPDATE server_record SET stale = 1");
    // Records with pending edits need a full rebase; the rest (nearly all) take the pulled state.
    std::set<std::pair<std::string, std::string>> pending;
    {
        auto st = db_->prepare("SELECT DISTINCT entity, record_id FROM outbox");
        while (st.step()) pending.emplace(st.text(0), st.text(1));
    }
    for (const auto& change : page.changes) {
        const bool has_pending = pending.count({change.entity, change.id}) > 0;
        if (change.deleted) {
            delete_server_record(*db_, change.entity, change.id);
            if (!has_pending) {
                db_->cached("DELETE FROM local_record WHERE entity=? AND id=?")->bind(1, change.entity).bind(2, change.id).run();
                continue;
            }
        } else {
            const std::string data = change.record.dump();
            store_server_record(*db_, change.entity, change.id, change.version, data, json(change.field_versions).dump());
            if (!has_pending) {
                write_local_record(*db_, change.entity, change.id, data, false, false);
                continue;
            }
        }
        rebase(change.entity, change.id);
    }
    for (const auto& eviction : page.evictions) {
        delete_server_record(*db_, eviction.entity, eviction.id);
        rebase(eviction.entity, eviction.id);
    }
    // The last page after a reset: whatever was not received again has left the user's scope.
    if (!page.has_more) {
        std::vector<std::pair<std::string, std::string>> swept;
        auto st = db_->prepare("DELETE FROM server_record WHERE stale = 1 RETURNING entity, id");
        while (st.step()) swept.emplace_back(st.text(0), st.text(1));
        for (const auto& [entity, id] : swept) rebase(entity, id);
    }
    set_meta("cursor", std::to_string(page.cursor));
    set_meta("scope_epoch", std::to_string(page.scope_epoch));
    tx.commit();
}

std::int64_t Replica::cursor() { return std::stoll(meta("cursor", "0")); }

std::int64_t Replica::scope_epoch() { return std::stoll(meta("scope_epoch", "0")); }

void Replica::record_sync_result(const std::string& result) {
    Transaction tx(*db_);
    set_meta("last_sync_at", format_timestamp_ms(env_.now_ms()));
    set_meta("last_sync_result", result);
    tx.commit();
}

ReplicaStatus Replica::status() {
    return ReplicaStatus{pending_count(), cursor(), meta("last_sync_at"), meta("last_sync_result"), issues()};
}

std::vector<SyncIssue> Replica::issues() {
    std::vector<SyncIssue> out;
    auto st = db_->prepare("SELECT id, seq, entity, record_id, op, status, code, message, lost_fields, fields, created_at"
                           " FROM sync_issue WHERE dismissed=0 ORDER BY id");
    while (st.step()) {
        SyncIssue issue{st.integer(0), st.integer(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
                        st.text(7),    {},           json::parse(st.text(9)), st.text(10)};
        issue.lost_fields = json::parse(st.text(8)).get<std::vector<std::string>>();
        out.push_back(std::move(issue));
    }
    return out;
}

Status Replica::dismiss_issue(std::int64_t id) {
    auto st = db_->prepare("UPDATE sync_issue SET dismissed=1 WHERE id=? AND dismissed=0 RETURNING id");
    st.bind(1, id);
    if (!st.step()) return Error{"not_found", "no open sync issue " + std::to_string(id)};
    st.run();
    return ok_status();
}

}  // namespace crm::sync
