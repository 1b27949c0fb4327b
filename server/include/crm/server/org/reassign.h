#pragma once
// Moving records between books: scope cascades and the hand-over of a departing user's book.
// Callers hold pg_advisory_xact_lock(company) so the new seqs keep commit order. Every change
// of a record's scope owner gets a new seq and a scope_change row with that seq (pull turns it
// into an eviction for those who saw the old book but not the new one).

#include "crm/server/db/pg.h"
#include "crm/shared/entity_schema.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace crm::server {

/// What a scope move did: how many records moved and the scope owners they left.
struct ScopeMoves {
    long count = 0;
    std::set<std::string> old_owners;
};

/// Logs one change of a record's scope owner; `seq` is the record's new seq.
void record_scope_change(PgTransaction& tx, std::int64_t company, const std::string& entity,
                         const std::string& record_id, const std::optional<std::string>& old_owner,
                         const std::optional<std::string>& new_owner, std::int64_t seq);

/// Gives every record whose scope follows `parent` (contacts and visits of a customer, comments
/// on those visits, ...) the scope owner `new_scope` and a new seq, recursively, logging each
/// move in scope_change.
ScopeMoves cascade_scope(PgTransaction& tx, std::int64_t company, const EntitySpec& parent,
                         const std::string& parent_id, const std::optional<std::string>& new_scope);

/// A customer changed hands from `from_user` to `to_user`: the customer's opportunities that
/// `from_user` owned go with it (owner_id stamped with `hlc`, a new seq and a scope_change row
/// each), and with them their stage history.
ScopeMoves hand_over_customer_deals(PgTransaction& tx, std::int64_t company, const std::string& customer_id,
                                    const std::string& from_user, const std::string& to_user, const std::string& hlc);

/// Makes `to_user` the owner of everything `from_user` owns and the scope owner of every record
/// in their book, each with a new seq (owner_id stamped with `hlc`) and a scope_change row.
ScopeMoves reassign_book(PgTransaction& tx, std::int64_t company, const std::string& from_user,
                         const std::string& to_user, const std::string& hlc);

}  // namespace crm::server
