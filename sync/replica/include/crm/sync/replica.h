#pragma once
// The device's local replica on SQLite: server state, pending local edits (the outbox),
// the pull cursor, the session and the sync issues. Works fully offline.

#include "crm/shared/result.h"
#include "crm/shared/entity_schema.h"
#include "crm/sync/protocol.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace crm::sync {

class SqliteDb;

/// The signed-in session kept in the replica.
struct Session {
    std::string server_url;
    std::string token;
    UserInfo user;
    std::string ca_file;  ///< PEM CA that verifies an https:// server; empty: the system store
};

/// A rejected or partly lost edit, kept until the user dismisses it.
struct SyncIssue {
    std::int64_t id = 0;
    std::int64_t seq = 0;
    std::string entity;
    std::string record_id;
    std::string op;
    std::string status;  ///< rejected | merged | moved (accepted into another user's book)
    std::string code;
    std::string message;
    std::vector<std::string> lost_fields;
    nlohmann::json fields;  ///< what the user had entered, so it is never silently lost
    std::string created_at;
};

/// Summary for `crm-sync status` and the app's status bar.
struct ReplicaStatus {
    std::int64_t pending = 0;
    std::int64_t cursor = 0;
    std::string last_sync_at;      ///< "" when never synced
    std::string last_sync_result;  ///< "ok" or the error message of the last attempt
    std::vector<SyncIssue> issues; ///< not dismissed
};

/// Clock and id source, injectable for tests.
struct ReplicaEnv {
    std::function<std::int64_t()> now_ms;     ///< Unix ms; default: system clock
    std::function<std::string()> new_uuid;    ///< default: random v4
};

class Replica {
public:
    /// Opens (creating if needed) the replica at `path` and migrates its schema. A file that
    /// is not a replica (or is corrupt) gives Error{"bad_replica", ...}.
    static Result<std::unique_ptr<Replica>> open(const std::string& path, ReplicaEnv env = {});
    ~Replica();
    Replica(const Replica&) = delete;
    Replica& operator=(const Replica&) = delete;

    const std::string& path() const { return path_; }
    /// This replica's device id, made on first open and kept across sign-ins and wipes.
    std::string device_id();
    /// A new device id, for a sign-in the server refused because another user holds the old
    /// one (device_taken). Only with an empty outbox: its seqs belong to the old id.
    Status renew_device_id();

    std::optional<Session> session();
    void set_session(const Session& session);
    /// Removes the session and every record, outbox entry, issue and the cursor.
    void wipe();

    // Local edits: validated with shared/ rules, applied to the local view and queued.
    /// Creates a record; fills id, owner_id / rep_id (the signed-in user), created_at and
    /// updated_at when not given. Returns the id.
    Result<std::string> create(const std::string& entity, nlohmann::json fields);
    /// Changes the given fields of a visible record (only fields that differ are queued).
    Status update(const std::string& entity, const std::string& id, const nlohmann::json& fields);
    Status remove(const std::string& entity, const std::string& id);

    // Reads of the local view: server state with pending edits on top.
    std::optional<nlohmann::json> find(const std::string& entity, const std::string& id);
    /// Every live record of `entity`, sorted by id.
    std::vector<nlohmann::json> list(const std::string& entity);
    /// Live records of `entity` whose `field` equals `value` (a string), sorted by id.
    std::vector<nlohmann::json> list_where(const std::string& entity, const std::string& field,
                                           const std::string& value);
    /// True when the record has local edits the server has not ruled on.
    bool is_pending(const std::string& entity, const std::string& id);
    /// The ids of every record of `entity` with such edits (one query, for list views).
    std::set<std::string> pending_ids(const std::string& entity);
    /// {"<entity>": [records sorted by id], ...} for every entity, tombstones left out.
    nlohmann::json dump();

    // The sync engine's side.
    std::int64_t pending_count();
    /// The oldest `limit` outbox entries, as mutations to push.
    std::vector<Mutation> pending_mutations(std::size_t limit);
    /// Records the server's verdicts: drops ruled entries from the outbox, logs rejected and
    /// merged ones as sync issues, and rebases the local view. One transaction.
    void apply_verdicts(const std::vector<Mutation>& pushed, const PushResponse& response);
    /// Stores a pulled page and its cursor in one transaction, re-applying pending edits. A page
    /// with `reset` marks every stored record stale; the page with has_more=false drops the
    /// stale ones that were not received again (an interrupted reset resumes from the cursor).
    void apply_pull(const PullResponse& page);
    std::int64_t cursor();
    /// The server's org-scope epoch of the last pulled page (sent back so it can detect re-scopes).
    std::int64_t scope_epoch();
    void record_sync_result(const std::string& result);

    /// The replica's database, for read-side query helpers (search, list views) that need more
    /// than find/list. Writes must go through the methods above (they keep the outbox).
    SqliteDb& database() { return *db_; }

    /// Documents fetched from the server for offline display (the org directory "directory",
    /// report figures, ...): the JSON text kept under `key`, or nullopt. Wiped with the session.
    std::optional<nlohmann::json> document(const std::string& key);
    void set_document(const std::string& key, const nlohmann::json& value);

    ReplicaStatus status();
    std::vector<SyncIssue> issues();
    Status dismiss_issue(std::int64_t id);

private:
    Replica(std::string path, std::unique_ptr<SqliteDb> db, ReplicaEnv env);
    std::string meta(const std::string& key, const std::string& fallback = {});
    void set_meta(const std::string& key, const std::string& value);
    std::string next_hlc();
    std::int64_t next_seq();
    void append_outbox(const std::string& entity, const std::string& id, MutationOp op, const nlohmann::json& fields,
                       const std::map<std::string, std::int64_t>& base_versions);
    /// Recomputes a record's local view: server state with its outbox entries replayed on top.
    void rebase(const std::string& entity, const std::string& id);
    void fold_into_server_state(const Mutation& m, const Verdict& v);
    Status check_parent(const EntitySpec& spec, const nlohmann::json& fields);
    std::string path_;
    std::unique_ptr<SqliteDb> db_;
    ReplicaEnv env_;
};

}  // namespace crm::sync
