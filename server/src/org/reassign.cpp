#include "crm/server/org/reassign.h"

#include <vector>

namespace crm::server {
namespace {

/// The condition "this child's scope follows the parent in parents[index]": the reference
/// points at the parent and no earlier reference is present.
std::string follows_parent(const EntitySpec& child, std::size_t index) {
    std::string cond = "\"" + child.parents[index].field + "\" = $2::uuid";
    for (std::size_t j = 0; j < index; ++j) cond += " AND \"" + child.parents[j].field + "\" IS NULL";
    return cond;
}

/// Appended to a CTE `moved (id, n, old_owner)`: logs every moved row in scope_change with
/// new owner $3 and entity $4; returns record_id and old owner of each.
constexpr const char* kLogMoves =
    " INSERT INTO scope_change (company_id, seq, entity, record_id, old_scope_owner_id, new_scope_owner_id) "
    "SELECT $1::bigint, n, $4::text, id, old_owner, $3::uuid FROM moved RETURNING record_id::text, old_scope_owner_id::text";

void collect(const PgResult& rows, ScopeMoves& moves) {
    moves.count += rows.rows();
    for (int r = 0; r < rows.rows(); ++r)
        if (!rows.is_null(r, 1)) moves.old_owners.insert(rows.text(r, 1));
}

void merge(ScopeMoves& into, const ScopeMoves& from) {
    into.count += from.count;
    into.old_owners.insert(from.old_owners.begin(), from.old_owners.end());
}

/// Makes $3 the owner and scope owner of the records of `entity` owned by $2 that also meet
/// `condition` (over the table's columns, parameters from $7 on), each with a new seq, owner_id
/// stamped with $5, and a scope_change row. Returns the moved ids and old owners (kLogMoves).
PgResult hand_over_owned(PgTransaction& tx, const EntitySpec& entity, PgParams params, const std::string& condition) {
    const std::string table = "\"" + entity.name + "\"", owner = "\"" + entity.owner_field + "\"";
    return tx.exec("WITH s AS (SELECT id, scope_owner_id AS old_owner, nextval('change_seq') AS n FROM " + table +
                       " WHERE company_id = $1 AND " + owner + " = $2::uuid AND " + condition + " ORDER BY id), "
                       "moved AS (UPDATE " + table + " t SET " + owner +
                       " = $3::uuid, scope_owner_id = $3::uuid, seq = s.n, "
                       "field_stamps = t.field_stamps || jsonb_build_object($6::text, "
                       "jsonb_build_object('v', s.n, 'h', $5::text)) FROM s "
                       "WHERE t.company_id = $1 AND t.id = s.id RETURNING t.id, s.n, s.old_owner)" + kLogMoves,
                   params);
}

}  // namespace

void record_scope_change(PgTransaction& tx, std::int64_t company, const std::string& entity,
                         const std::string& record_id, const std::optional<std::string>& old_owner,
                         const std::optional<std::string>& new_owner, std::int64_t seq) {
    tx.exec("INSERT INTO scope_change (company_id, seq, entity, record_id, old_scope_owner_id, new_scope_owner_id) "
            "VALUES ($1, $2::bigint, $3, $4::uuid, $5::uuid, $6::uuid)",
            {std::to_string(company), std::to_string(seq), entity, record_id, old_owner, new_owner});
}

ScopeMoves cascade_scope(PgTransaction& tx, std::int64_t company, const EntitySpec& parent,
                         const std::string& parent_id, const std::optional<std::string>& new_scope) {
    ScopeMoves moves;
    for (const auto& child : all_entities()) {
        if (!child.owner_field.empty()) continue;
        const std::string table = "\"" + child.name + "\"";
        for (std::size_t k = 0; k < child.parents.size(); ++k) {
            if (child.parents[k].entity != parent.name) continue;
            auto rows = tx.exec("WITH old AS (SELECT id, scope_owner_id FROM " + table +
                                    " WHERE company_id = $1 AND " + follows_parent(child, k) +
                                    " AND scope_owner_id IS DISTINCT FROM $3::uuid FOR UPDATE), "
                                    "moved AS (UPDATE " + table +
                                    " t SET scope_owner_id = $3::uuid, seq = nextval('change_seq') FROM old "
                                    "WHERE t.company_id = $1 AND t.id = old.id "
                                    "RETURNING t.id, t.seq AS n, old.scope_owner_id AS old_owner)" + kLogMoves,
                                {std::to_string(company), parent_id, new_scope, child.name});
            collect(rows, moves);
            for (int r = 0; r < rows.rows(); ++r)
                merge(moves, cascade_scope(tx, company, child, rows.text(r, 0), new_scope));
        }
    }
    return moves;
}

ScopeMoves hand_over_customer_deals(PgTransaction& tx, std::int64_t company, const std::string& customer_id,
                                    const std::string& from_user, const std::string& to_user, const std::string& hlc) {
    const EntitySpec& opportunity = *find_entity("opportunity");
    auto rows = hand_over_owned(tx, opportunity,
                                {std::to_string(company), from_user, to_user, opportunity.name, hlc,
                                 opportunity.owner_field, customer_id},
                                "customer_id = $7::uuid");
    ScopeMoves moves;
    collect(rows, moves);
    for (int r = 0; r < rows.rows(); ++r) merge(moves, cascade_scope(tx, company, opportunity, rows.text(r, 0), to_user));
    return moves;
}

ScopeMoves reassign_book(PgTransaction& tx, std::int64_t company, const std::string& from_user,
                         const std::string& to_user, const std::string& hlc) {
    ScopeMoves moves;
    const std::string c = std::to_string(company);
    for (const auto& entity : all_entities()) {
        const std::string table = "\"" + entity.name + "\"";
        if (!entity.owner_field.empty()) {
            collect(hand_over_owned(tx, entity, {c, from_user, to_user, entity.name, hlc, entity.owner_field}, "true"),
                    moves);
        } else {
            collect(tx.exec("WITH moved AS (UPDATE " + table +
                                " SET scope_owner_id = $3::uuid, seq = nextval('change_seq') "
                                "WHERE company_id = $1 AND scope_owner_id = $2::uuid "
                                "RETURNING id, seq AS n, $2::uuid AS old_owner)" + kLogMoves,
                            {c, from_user, to_user, entity.name}),
                    moves);
        }
    }
    return moves;
}

}  // namespace crm::server
