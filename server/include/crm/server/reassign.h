#pragma once
// Moving records between books: scope cascades and the hand-over of a departing user's book.
// Callers hold pg_advisory_xact_lock(company) so the new seqs keep commit order.

#include "crm/server/pg.h"
#include "crm/shared/entity_schema.h"

#include <cstdint>
#include <string>

namespace crm::server {

/// Gives every record whose scope follows `parent` (contacts and visits of a customer, comments
/// on those visits, ...) the scope owner `new_scope` and a new seq, recursively. Returns the count.
long cascade_scope(PgTransaction& tx, std::int64_t company, const EntitySpec& parent, const std::string& parent_id,
                   const std::string& new_scope);

/// Makes `to_user` the owner of everything `from_user` owns and the scope owner of every record
/// in their book, each with a new seq (owner_id stamped with `hlc`). Returns the count.
long reassign_book(PgTransaction& tx, std::int64_t company, const std::string& from_user, const std::string& to_user,
                   const std::string& hlc);

}  // namespace crm::server
