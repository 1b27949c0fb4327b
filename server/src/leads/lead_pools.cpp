#include "crm/server/leads/lead_pools.h"

#include "crm/server/db/ids.h"
#include "crm/server/db/change_notice.h"
#include "crm/server/org/directory.h"
#include "crm/server/org/reassign.h"
#include "crm/shared/formats.h"

#include <set>

namespace crm::server {

using nlohmann::json;

json pool_counts(PgConnection& conn, std::int64_t company) {
    auto rows = conn.exec(
        "SELECT pool, coalesce(priority, ''), coalesce(region, ''), count(*) FROM lead WHERE company_id = $1 "
        "AND NOT deleted AND owner_id IS NULL AND status IN ('new', 'contacted', 'qualified') "
        "GROUP BY pool, priority, region",
        {std::to_string(company)});
    std::map<std::string, json> pools;  // "" + name, or "\x01" for no pool
    for (int r = 0; r < rows.rows(); ++r) {
        const bool none = rows.is_null(r, 0);
        json& p = pools[none ? std::string("\x01") : rows.text(r, 0)];
        if (p.is_null()) p = {{"pool", none ? json() : json(rows.text(r, 0))}, {"total", 0},
                              {"by_priority", json::object()}, {"by_region", json::object()}};
        const long n = std::stol(rows.text(r, 3));
        p["total"] = p["total"].get<long>() + n;
        const std::string priority = rows.text(r, 1).empty() ? "(none)" : rows.text(r, 1);
        const std::string region = rows.text(r, 2).empty() ? "(none)" : rows.text(r, 2);
        p["by_priority"][priority] = p["by_priority"].value(priority, 0L) + n;
        p["by_region"][region] = p["by_region"].value(region, 0L) + n;
    }
    std::vector<json> list;
    for (auto& [k, p] : pools) list.push_back(std::move(p));
    std::stable_sort(list.begin(), list.end(),
                     [](const json& a, const json& b) { return a["total"].get<long>() > b["total"].get<long>(); });
    return {{"pools", list}};
}

Result<long> assign_leads(PgConnection& conn, std::int64_t company, const std::vector<std::string>& lead_ids,
                          const std::string& owner_id, const Acting& by) {
    if (lead_ids.empty() || lead_ids.size() > 1000) return Error{"bad_request", "lead_ids must list 1 to 1000 ids"};
    std::set<std::string> unique;
    for (const auto& id : lead_ids) {
        if (!is_uuid(id)) return Error{"bad_request", "lead_ids must be UUIDs, not '" + id + "'"};
        if (!unique.insert(id).second) return Error{"bad_request", "lead " + id + " is listed twice"};
    }
    if (!is_uuid(owner_id)) return Error{"bad_request", "owner must be a user id"};
    const auto owner = find_user_by_id(conn, company, owner_id);
    if (!owner || !owner->active || owner->role == Role::hq)
        return Error{"bad_request", "owner must be an active rep or manager"};
    if (!by.sees(owner_id)) return Error{"bad_request", "owner must be in your scope"};
    PgTransaction tx(conn);
    tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(company)});
    auto found = tx.exec("SELECT id::text, deleted, owner_id IS NULL FROM lead WHERE company_id = $1 AND id = ANY($2::uuid[]) "
                         "FOR UPDATE",
                         {std::to_string(company), pg_text_array(lead_ids)});
    std::map<std::string, std::pair<bool, bool>> state;
    for (int r = 0; r < found.rows(); ++r) state[found.text(r, 0)] = {found.text(r, 1) == "t", found.text(r, 2) == "t"};
    for (const auto& id : lead_ids) {
        auto it = state.find(id);
        if (it == state.end() || it->second.first) return Error{"not_found", "lead " + id + " not found"};
        if (!it->second.second) return Error{"conflict", "lead " + id + " is not in a pool (it has an owner)"};
    }
    const std::string hlc = server_hlc(now_ms());
    const EntitySpec& lead = *find_entity("lead");
    for (const auto& id : lead_ids) {
        const auto seq = std::stoll(
            tx.exec("UPDATE lead t SET owner_id = $3::uuid, scope_owner_id = $3::uuid, seq = s.n, updated_at = now(), "
                    "field_stamps = t.field_stamps || jsonb_build_object('owner_id', jsonb_build_object('v', s.n, 'h', $4::text)) "
                    "FROM (SELECT nextval('change_seq') AS n) s WHERE t.company_id = $1 AND t.id = $2::uuid RETURNING t.seq",
                    {std::to_string(company), id, owner_id, hlc})
                .text(0, 0));
        record_scope_change(tx, company, "lead", id, std::nullopt, owner_id, seq);
        cascade_scope(tx, company, lead, id, owner_id);
        AuditEntry entry = by.audit;
        entry.action = "lead.assign";
        entry.entity = "lead";
        entry.record_id = id;
        entry.details = {{"owner_id", owner_id}, {"owner_login", owner->login}, {"from", "pool"}};
        record_audit(tx.connection(), company, entry);
    }
    const auto last = std::stoll(tx.exec("SELECT last_value FROM change_seq").text(0, 0));
    notify_change(tx, ChangeNotice{company, last, {owner_id}});
    tx.commit();
    return static_cast<long>(lead_ids.size());
}

}  // namespace crm::server
