#include "crm/server/db/pool.h"
#include "crm/server/sync/record_codec.h"
#include "crm/server/sync/sync_service.h"

#include <algorithm>

namespace crm::server {
namespace {

using nlohmann::json;

/// "(scope_owner_id = ANY($n::uuid[]))", or "true" for hq; appends the parameter.
std::string visibility_clause(const std::optional<std::vector<std::string>>& users, PgParams& params) {
    if (!users) return "true";
    params.push_back(pg_text_array(*users));
    return "scope_owner_id = ANY($" + std::to_string(params.size()) + "::uuid[])";
}

struct PageEntry {
    std::string entity;
    std::string id;
    std::int64_t seq = 0;
    bool eviction = false;
};

/// The changed records of `e` after the cursor ($2) the puller sees, at most $3.
std::string changes_sql(const EntitySpec& e, const std::string& visible) {
    return "(SELECT '" + e.name + "' AS entity, id::text AS id, seq, false AS eviction FROM \"" + e.name +
           "\" WHERE company_id = $1 AND seq > $2::bigint AND " + visible + " ORDER BY seq LIMIT $3::int)";
}

/// The evictions of `e` after the cursor: for each record whose current book the puller ($4: the
/// users whose books they see) does not see, its newest scope_change from a book they see.
std::string evictions_sql(const EntitySpec& e) {
    return "(SELECT entity, id, seq, true AS eviction FROM (SELECT DISTINCT ON (sc.record_id) '" + e.name +
           "' AS entity, sc.record_id::text AS id, sc.seq FROM scope_change sc JOIN \"" + e.name +
           "\" t ON t.company_id = sc.company_id AND t.id = sc.record_id WHERE sc.company_id = $1 AND sc.entity = '" +
           e.name + "' AND sc.seq > $2::bigint AND sc.old_scope_owner_id = ANY($4::uuid[]) AND "
           "NOT coalesce(t.scope_owner_id = ANY($4::uuid[]), false) ORDER BY sc.record_id, sc.seq DESC) d "
           "ORDER BY seq LIMIT $3::int)";
}

/// Changes and evictions after `cursor` in seq order, at most limit + 1. Evictions need a
/// cursor (a device starting from 0 holds nothing) and a puller who does not see everything.
std::vector<PageEntry> page_entries(PgTransaction& tx, const AuthContext& auth,
                                    const std::optional<std::vector<std::string>>& users, std::int64_t cursor,
                                    int limit) {
    PgParams params{std::to_string(auth.company), std::to_string(cursor), std::to_string(limit + 1)};
    const std::string visible = visibility_clause(users, params);
    std::string sql;
    for (const auto& e : all_entities()) {
        sql += (sql.empty() ? "" : " UNION ALL ") + changes_sql(e, visible);
        if (users && cursor > 0) sql += " UNION ALL " + evictions_sql(e);
    }
    auto rows = tx.exec_prepared(sql + " ORDER BY seq LIMIT $3::int", params);
    std::vector<PageEntry> entries;
    for (int r = 0; r < rows.rows(); ++r)
        entries.push_back({rows.text(r, 0), rows.text(r, 1), std::stoll(rows.text(r, 2)), rows.text(r, 3) == "t"});
    return entries;
}

/// The change JSON text of each listed id of one entity, built by PostgreSQL, keyed by id.
std::map<std::string, std::string> load_changes(PgTransaction& tx, std::int64_t company, const EntitySpec& entity,
                                                const std::vector<std::string>& ids) {
    auto rows = tx.exec_prepared(
        "SELECT t.id::text, json_build_object('entity', '" + entity.name +
            "', 'id', t.id, 'version', t.seq, 'deleted', t.deleted, 'record', CASE WHEN t.deleted THEN NULL ELSE " +
            record_json_sql(entity) +
            " END, 'field_versions', COALESCE((SELECT jsonb_object_agg(s.key, (s.value->>'v')::bigint) "
            "FROM jsonb_each(t.field_stamps) s WHERE (s.value->>'v')::bigint <> t.seq), '{}'::jsonb))::text FROM \"" +
            entity.name + "\" t WHERE t.company_id = $1 AND t.id = ANY($2::uuid[])",
        {std::to_string(company), pg_text_array(ids)});
    std::map<std::string, std::string> changes;
    for (int r = 0; r < rows.rows(); ++r) changes[rows.text(r, 0)] = rows.text(r, 1);
    return changes;
}

/// The newest seq the cursor may cover: the last record change or org change (scope epoch).
std::int64_t max_seq(PgTransaction& tx, std::int64_t company) {
    std::string sql = "SELECT greatest(0, (SELECT scope_epoch FROM company WHERE id = $1)";
    for (const auto& e : all_entities())
        sql += ", (SELECT max(seq) FROM \"" + e.name + "\" WHERE company_id = $1)";
    return std::stoll(tx.exec_prepared(sql + ")", {std::to_string(company)}).text(0, 0));
}

std::int64_t current_scope_epoch(PgTransaction& tx, std::int64_t company) {
    return std::stoll(tx.exec_prepared("SELECT scope_epoch FROM company WHERE id = $1", {std::to_string(company)}).text(0, 0));
}

/// The page's changes (JSON texts, loaded per entity) and evictions, in entry order.
void fill_page(PgTransaction& tx, std::int64_t company, const std::vector<PageEntry>& entries, std::string& changes,
               json& evictions) {
    std::map<std::string, std::vector<std::string>> ids_by_entity;
    for (const auto& e : entries)
        if (!e.eviction) ids_by_entity[e.entity].push_back(e.id);
    std::map<std::string, std::map<std::string, std::string>> loaded;
    for (const auto& [entity, ids] : ids_by_entity) loaded[entity] = load_changes(tx, company, *find_entity(entity), ids);
    for (const auto& e : entries) {
        if (e.eviction) {
            evictions.push_back({{"entity", e.entity}, {"id", e.id}});
        } else {
            if (changes.size() > 1) changes += ',';
            changes += loaded[e.entity][e.id];
        }
    }
}

}  // namespace

std::string pull_body(PgConnection& conn, const AuthContext& auth, std::int64_t cursor, int limit,
                      std::int64_t scope_epoch) {
    // One snapshot for the scope, the page and the cursor: pushes and org changes commit in seq
    // order under the company lock.
    PgTransaction tx(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const std::int64_t epoch = current_scope_epoch(tx, auth.company);
    const bool reset = scope_epoch != epoch && cursor > 0;  // the org changed: resend the whole scope
    if (reset) cursor = 0;
    const auto users = visible_user_ids(conn, auth.company, auth.user.actor());
    auto entries = page_entries(tx, auth, users, cursor, limit);
    const bool has_more = entries.size() > static_cast<std::size_t>(limit);
    if (has_more) entries.resize(limit);
    // Change records arrive as JSON text from PostgreSQL and are spliced in without re-parsing.
    std::string changes = "[";
    json evictions = json::array();
    fill_page(tx, auth.company, entries, changes, evictions);
    changes += ']';
    const std::int64_t next = has_more ? entries.back().seq : std::max(cursor, max_seq(tx, auth.company));
    tx.commit();
    const json tail = {{"evictions", evictions}, {"cursor", next},       {"has_more", has_more},
                       {"scope_epoch", epoch},    {"reset", reset}};
    std::string body = tail.dump();
    return "{\"changes\":" + changes + "," + body.substr(1);
}

Result<json> dump_as(PgConnection& conn, std::int64_t company, const std::string& login) {
    auto user = find_user_by_login(conn, company, login);
    if (!user) return Error{"not_found", "unknown login '" + login + "'"};
    const auto users = visible_user_ids(conn, company, user->actor());
    PgTransaction tx(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    json out = json::object();
    for (const auto& entity : all_entities()) {
        PgParams params{std::to_string(company)};
        const std::string visible = visibility_clause(users, params);
        auto rows = tx.exec("SELECT " + record_json_sql(entity) + "::text FROM \"" + entity.name +
                                "\" t WHERE t.company_id = $1 AND NOT t.deleted AND " + visible,
                            params);
        std::vector<json> records;
        for (int r = 0; r < rows.rows(); ++r) records.push_back(json::parse(rows.text(r, 0)));
        std::sort(records.begin(), records.end(),
                  [](const json& a, const json& b) { return a["id"].get<std::string>() < b["id"].get<std::string>(); });
        out[entity.name] = records;
    }
    tx.commit();
    return out;
}

}  // namespace crm::server
