#pragma once
// Applying one pushed mutation inside the push transaction (private to the sync service).

#include "crm/server/db/pg.h"
#include "crm/shared/geo.h"
#include "crm/shared/permissions.h"
#include "crm/sync/protocol.h"
#include "sync/push_db.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace crm::server {

/// What every mutation of one push needs: the transaction, the actor and the org snapshot.
struct PushContext {
    PushDb& db;
    std::int64_t company;
    Actor actor;
    std::string device_id;
    OrgTree tree;
    std::map<std::string, std::string> user_units;  ///< user id -> unit id
    std::int64_t now_ms;
    CheckInPolicy check_in;  ///< for server_check_in_status
    std::string actor_login;  ///< for audit rows
    /// Filled by apply_mutation: every scope owner (old and new) of every record it wrote,
    /// once each, for the change notice of the push.
    std::vector<std::string> touched_scope_owners = {};
};

/// Every record the mutations name (their ids and *_id references), for PushDb's prefetch.
PushDb::RecordIds referenced_records(const std::vector<sync::Mutation>& mutations);

/// Validates, checks permissions, merges and writes one mutation; returns its verdict.
/// Throws PgError on database failures (the caller rolls back to its savepoint, or reruns the
/// batch unbatched when its writes were queued).
sync::Verdict apply_mutation(PushContext& ctx, const sync::Mutation& m);

}  // namespace crm::server
