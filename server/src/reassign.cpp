#include "crm/server/reassign.h"

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

}  // namespace

long cascade_scope(PgTransaction& tx, std::int64_t company, const EntitySpec& parent, const std::string& parent_id,
                   const std::string& new_scope) {
    long count = 0;
    for (const auto& child : all_entities()) {
        if (!child.owner_field.empty()) continue;
        for (std::size_t k = 0; k < child.parents.size(); ++k) {
            if (child.parents[k].entity != parent.name) continue;
            auto rows = tx.exec("UPDATE \"" + child.name +
                                    "\" SET scope_owner_id = $3::uuid, seq = nextval('change_seq') "
                                    "WHERE company_id = $1 AND " + follows_parent(child, k) +
                                    " AND scope_owner_id IS DISTINCT FROM $3::uuid RETURNING id::text",
                                {std::to_string(company), parent_id, new_scope});
            count += rows.rows();
            for (int r = 0; r < rows.rows(); ++r) count += cascade_scope(tx, company, child, rows.text(r, 0), new_scope);
        }
    }
    return count;
}

long reassign_book(PgTransaction& tx, std::int64_t company, const std::string& from_user, const std::string& to_user,
                   const std::string& hlc) {
    long count = 0;
    const std::string c = std::to_string(company);
    for (const auto& entity : all_entities()) {
        const std::string table = "\"" + entity.name + "\"";
        if (!entity.owner_field.empty()) {
            const std::string owner = "\"" + entity.owner_field + "\"";
            count += tx.exec("UPDATE " + table + " t SET " + owner +
                                 " = $3::uuid, scope_owner_id = $3::uuid, seq = s.n, "
                                 "field_stamps = t.field_stamps || jsonb_build_object($5::text, "
                                 "jsonb_build_object('v', s.n, 'h', $4::text)) "
                                 "FROM (SELECT id, nextval('change_seq') AS n FROM " + table +
                                 " WHERE company_id = $1 AND " + owner + " = $2::uuid ORDER BY id) s "
                                 "WHERE t.company_id = $1 AND t.id = s.id",
                             {c, from_user, to_user, hlc, entity.owner_field})
                         .affected();
        } else {
            count += tx.exec("UPDATE " + table +
                                 " SET scope_owner_id = $3::uuid, seq = nextval('change_seq') "
                                 "WHERE company_id = $1 AND scope_owner_id = $2::uuid",
                             {c, from_user, to_user})
                         .affected();
        }
    }
    return count;
}

}  // namespace crm::server
