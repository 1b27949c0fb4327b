#pragma once
// The push transaction as the mutations see it (private to the sync service): reads of records
// through a per-push cache, and writes that, in batched mode, are queued and sent together in
// one pipeline round trip just before the next read (or at the end of the push).

#include "crm/server/db/pg.h"
#include "sync/record_store.h"

#include <cstdint>
#include <list>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace crm::server {

/// Reads and writes of one push. Unbatched, it is the plain transaction (every write runs at
/// once, nothing is cached), which a per-mutation savepoint needs.
class PushDb {
public:
    /// `batched`: cache records and queue writes (a failing write then fails the whole batch).
    PushDb(PgTransaction& tx, std::int64_t company, bool batched);
    PushDb(const PushDb&) = delete;
    PushDb& operator=(const PushDb&) = delete;

    /// The transaction, once every queued write has been sent: for statements whose result matters.
    PgTransaction& tx();
    /// Runs `sql` after the queued writes, in the same round trip; returns its result.
    PgResult query(const std::string& sql, const PgParams& params = {});
    /// Runs a write whose result is not needed: queued when batched, else at once.
    void write(PgStatement statement);
    /// Sends the queued writes; throws PgError for the first that failed.
    void flush();
    bool batched() const { return batched_; }

    /// Whether the record with this id exists (tombstones included: nullptr when not), with only
    /// its `deleted` and `scope_owner`; from the cache when known there. Valid until the push ends.
    const StoredRecord* record(const EntitySpec& entity, const std::string& id);
    /// Record ids (UUIDs only) by entity.
    using RecordIds = std::map<const EntitySpec*, std::vector<std::string>>;
    /// Sends the queued writes, then `statement` (if any) and loads these records into the cache
    /// as record() sees them, all in one round trip; returns the statement's result. Batched only.
    std::optional<PgResult> query_and_prefetch(std::optional<PgStatement> statement, const RecordIds& ids);
    /// Drops a record the push writes from the cache.
    void forget(const EntitySpec& entity, const std::string& id);
    /// Drops every cached record (after writes that touch records by other keys).
    void forget_all() { cache_.clear(); }

private:
    void remember(const EntitySpec& entity, const std::vector<std::string>& ids, const PgResult& rows);

    PgTransaction& tx_;
    std::int64_t company_;
    bool batched_;
    std::vector<PgStatement> queued_;
    std::map<std::pair<std::string, std::string>, std::optional<StoredRecord>> cache_;  ///< (entity, id)
    std::list<std::optional<StoredRecord>> uncached_;  ///< what record() read when unbatched
};

}  // namespace crm::server
