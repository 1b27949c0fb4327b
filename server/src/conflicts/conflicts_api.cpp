#include "crm/server/conflicts/conflicts_api.h"

#include "crm/server/api/management_api.h"
#include "crm/server/auth/devices.h"
#include "crm/server/db/ids.h"
#include "crm/server/db/change_notice.h"
#include "crm/server/org/directory.h"
#include "crm/server/org/audit.h"
#include "crm/shared/entity_schema.h"
#include "crm/shared/formats.h"
#include "sync/mutation_apply.h"
#include "sync/push_db.h"

#include <map>
#include <variant>

namespace crm::server {
namespace {

using nlohmann::json;

/// What a person recognises a record by, per entity (SQL over the entity table aliased `e`).
std::string title_sql(const std::string& entity) {
    static const std::map<std::string, std::string> titles = {
        {"customer", "e.name"},
        {"contact", "e.name"},
        {"lead", "concat_ws(' / ', e.person_name, e.company_name)"},
        {"opportunity", "e.title"},
        {"task", "e.title"},
        {"visit",
         "concat_ws(' / ', (SELECT c.name FROM customer c WHERE c.company_id = e.company_id AND c.id = e.customer_id), "
         "e.purpose)"},
        {"comment", "left(e.body, 80)"},
    };
    auto it = titles.find(entity);
    return it == titles.end() ? "''" : it->second;
}

/// Every record that has a conflict: (entity, id, title, scope owner, deleted).
std::string conflict_records_sql() {
    std::string sql;
    for (const auto& entity : all_entities()) {
        if (!sql.empty()) sql += " UNION ALL ";
        sql += "SELECT '" + entity.name + "'::text AS entity, e.id, " + title_sql(entity.name) +
               " AS title, e.scope_owner_id, e.deleted FROM " + entity.name +
               " e WHERE e.company_id = $1 AND e.id IN (SELECT record_id FROM sync_conflict WHERE company_id = $1 "
               "AND entity = '" + entity.name + "')";
    }
    return sql;
}

/// The login of the user a device (an HLC's node) signed in as; "server" for server-made changes.
/// The pushing device's user is on the conflict row itself (its tokens may be gone since).
constexpr const char* kAuthorOfNode =
    "(CASE WHEN split_part(%1, '-', 3) = 'server' THEN 'server' ELSE coalesce("
    "(SELECT u.login FROM app_user u WHERE u.company_id = c.company_id AND u.id = c.user_id "
    "AND c.device_id::text = substr(%1, 22)), "
    "(SELECT u.login FROM auth_token t JOIN app_user u ON u.company_id = t.company_id AND u.id = t.user_id "
    "WHERE t.company_id = c.company_id AND t.device_id::text = substr(%1, 22) LIMIT 1)) END)";

std::string author_of(const std::string& hlc_column) {
    std::string sql = kAuthorOfNode;
    for (auto at = sql.find("%1"); at != std::string::npos; at = sql.find("%1")) sql.replace(at, 2, hlc_column);
    return sql;
}

/// The wall time of an encoded HLC ("<13-digit ms>-..."), ISO 8601 UTC; "" for an unknown one
/// (a field written before stamps existed has an empty HLC).
std::string hlc_time(const std::string& hlc_column) {
    return "(CASE WHEN " + hlc_column + " ~ '^[0-9]{13}-' THEN to_char(to_timestamp(left(" + hlc_column +
           ", 13)::bigint / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') ELSE '' END)";
}

std::string iso(const std::string& column) {
    return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
}

json parse_jsonb(const std::string& text, bool null) { return null ? json() : json::parse(text); }

/// The conflict id of a POST body {"conflict_id": N}.
Result<std::int64_t> conflict_id_of(const ApiRequest& request) {
    auto body = parse_object_body(request.body);
    if (!body) return body.error();
    for (const auto& [key, value] : body->items())
        if (key != "conflict_id") return Error{"bad_request", "unknown field '" + key + "' (use conflict_id)"};
    auto it = body->find("conflict_id");
    if (it == body->end() || !it->is_number_integer() || it->get<std::int64_t>() < 1)
        return Error{"bad_request", "conflict_id must be a positive whole number"};
    return it->get<std::int64_t>();
}

ApiResponse not_found_response(std::int64_t id) {
    return error_response(404, "not_found", "conflict " + std::to_string(id) + " not found");
}

/// One conflict row as the review needs it, locked.
struct ConflictRow {
    std::string entity, record_id, field;
    json losing_value;
    bool resolved = false;
};

std::optional<ConflictRow> load_conflict(PgTransaction& tx, std::int64_t company, std::int64_t id) {
    auto rows = tx.exec(
        "SELECT entity, record_id::text, field, losing_value::text, losing_value IS NULL, resolved_at IS NOT NULL "
        "FROM sync_conflict WHERE company_id = $1 AND id = $2::bigint FOR UPDATE",
        {std::to_string(company), std::to_string(id)});
    if (rows.rows() == 0) return std::nullopt;
    return ConflictRow{rows.text(0, 0), rows.text(0, 1), rows.text(0, 2), parse_jsonb(rows.text(0, 3), rows.text(0, 4) == "t"),
                       rows.text(0, 5) == "t"};
}

bool caller_sees(PgConnection& conn, const AuthContext& ctx, const std::optional<std::string>& scope_owner) {
    if (ctx.user.role == Role::hq) return true;
    if (!scope_owner) return false;
    const auto units = load_user_units(conn, ctx.company);
    auto it = units.find(*scope_owner);
    return may_see(ctx.user.actor(), ScopeOwner{*scope_owner, it == units.end() ? "" : it->second},
                   load_org_tree(conn, ctx.company));
}

void mark_resolved(PgTransaction& tx, const AuthContext& ctx, std::int64_t id, const std::string& resolution) {
    tx.exec("UPDATE sync_conflict SET resolved_at = now(), resolved_by = $3::uuid, resolution = $4 "
            "WHERE company_id = $1 AND id = $2::bigint",
            {std::to_string(ctx.company), std::to_string(id), ctx.user.id, resolution});
}

AuditEntry audit_of(const AuthContext& ctx, const std::string& action, const ConflictRow& row, std::int64_t id) {
    return AuditEntry{ctx.user.id, ctx.user.login, ctx.device_id, action, row.entity, row.record_id,
                      {{"conflict_id", id}, {"field", row.field}, {"value", row.losing_value}}};
}

int status_of(const std::string& code) {
    if (code == "not_found") return 404;
    if (code == "forbidden") return 403;
    return 409;
}

/// A conflict the caller may act on and its record (locked), or the answer why not.
struct Target {
    std::int64_t id = 0;
    ConflictRow row;
    StoredRecord stored;
};

std::variant<Target, ApiResponse> load_target(PgConnection& conn, PgTransaction& tx, const AuthContext& ctx,
                                              const ApiRequest& request, const char* verb) {
    if (ctx.user.role == Role::rep)
        return forbidden_response(std::string("only managers and headquarters ") + verb + " conflicts");
    auto id = conflict_id_of(request);
    if (!id) return error_response(400, id.error().code, id.error().message);
    auto row = load_conflict(tx, ctx.company, *id);
    if (!row) return not_found_response(*id);
    const EntitySpec* entity = find_entity(row->entity);
    auto stored = entity ? load_record(tx, ctx.company, *entity, row->record_id, true) : std::nullopt;
    if (!stored || !caller_sees(conn, ctx, stored->scope_owner)) return not_found_response(*id);
    if (row->resolved)
        return error_response(409, "already_resolved", "conflict " + std::to_string(*id) + " is already resolved");
    return Target{*id, *row, *stored};
}

}  // namespace

ApiResponse conflicts_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role == Role::rep) return forbidden_response("only managers and headquarters review conflicts");
    auto query = parse_query(request.target, {"status", "entity", "from", "to", "limit"});
    if (!query) return error_response(400, query.error().code, query.error().message);
    auto get = [&](const char* k) { auto it = query->find(k); return it == query->end() ? std::string() : it->second; };
    const std::string status = get("status").empty() ? "open" : get("status");
    if (status != "open" && status != "resolved" && status != "all")
        return error_response(400, "bad_request", "status must be open, resolved or all");
    const std::string entity = get("entity");
    if (!entity.empty() && !find_entity(entity))
        return error_response(400, "bad_request", "unknown entity '" + entity + "'");
    for (const auto* key : {"from", "to"})
        if (auto v = get(key); !v.empty() && !is_date(v) && !is_timestamp(v))
            return error_response(400, "bad_request", "from/to must be dates (2026-12-01) or ISO timestamps");
    auto limit = parse_limit_param(get("limit"));
    if (!limit) return error_response(400, limit.error().code, limit.error().message);

    const auto visible = visible_user_ids(conn, ctx.company, ctx.user.actor());
    const std::string sql =
        "WITH r AS (" + conflict_records_sql() +
        ") SELECT c.id, c.entity, c.record_id::text, coalesce(r.title, ''), c.field, c.winning_value::text, "
        "c.losing_value::text, " + author_of("c.winning_hlc") + ", " + hlc_time("c.winning_hlc") + ", " +
        author_of("c.losing_hlc") + ", " + hlc_time("c.losing_hlc") +
        ", substr(c.losing_hlc, 22), " + iso("c.created_at") +
        ", c.resolution, " + iso("c.resolved_at") +
        ", (SELECT login FROM app_user WHERE company_id = c.company_id AND id = c.resolved_by), coalesce(r.deleted, true)"
        " FROM sync_conflict c JOIN r ON r.entity = c.entity AND r.id = c.record_id"
        " WHERE c.company_id = $1"
        " AND ($2::uuid[] IS NULL OR r.scope_owner_id = ANY($2::uuid[]))"
        " AND ($3 = 'all' OR ($3 = 'open') = (c.resolved_at IS NULL))"
        " AND ($4 = '' OR c.entity = $4)"
        " AND ($5 = '' OR c.created_at >= $5::timestamptz)"
        " AND ($6 = '' OR c.created_at < $6::timestamptz)"
        " ORDER BY c.id DESC LIMIT $7::int";
    auto rows = conn.exec(sql, {std::to_string(ctx.company), visible ? PgParam(pg_text_array(*visible)) : PgParam(),
                                status, entity, get("from"), get("to"), std::to_string(*limit)});
    json conflicts = json::array();
    auto text_or_null = [&](int r, int c) { return rows.is_null(r, c) ? json() : json(rows.text(r, c)); };
    for (int r = 0; r < rows.rows(); ++r) {
        // An HLC's node ("<ms>-<counter>-<node>") is the device id, or "server".
        const std::string losing_node = rows.text(r, 11);
        conflicts.push_back({
            {"id", std::stoll(rows.text(r, 0))},
            {"entity", rows.text(r, 1)},
            {"record_id", rows.text(r, 2)},
            {"title", rows.text(r, 3)},
            {"field", rows.text(r, 4)},
            {"winning", {{"value", parse_jsonb(rows.text(r, 5), rows.is_null(r, 5))},
                         {"author", text_or_null(r, 7)},
                         {"at", rows.text(r, 8)}}},
            {"losing", {{"value", parse_jsonb(rows.text(r, 6), rows.is_null(r, 6))},
                        {"author", text_or_null(r, 9)},
                        {"at", rows.text(r, 10)},
                        {"device", losing_node == "server" ? json() : json(device_label(losing_node))}}},
            {"logged_at", rows.text(r, 12)},
            {"resolved", !rows.is_null(r, 13)},
            {"resolution", text_or_null(r, 13)},
            {"resolved_at", text_or_null(r, 14)},
            {"resolved_by", text_or_null(r, 15)},
            {"record_deleted", rows.text(r, 16) == "t"},
        });
    }
    return json_response({{"conflicts", conflicts}});
}

ApiResponse conflict_reapply_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    PgTransaction tx(conn);
    tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(ctx.company)});  // as a push
    auto loaded = load_target(conn, tx, ctx, request, "re-apply");
    if (auto* refused = std::get_if<ApiResponse>(&loaded)) return *refused;
    const auto& [id, row, stored] = std::get<Target>(loaded);
    if (stored.deleted)
        return error_response(409, "record_deleted", "the " + row.entity + " of conflict " + std::to_string(id) +
                                                         " was deleted: there is nothing to re-apply the value to");

    // The losing value as an update by the caller that saw the field's current version: the
    // push rules (permissions, key fields, validation, scope moves) decide as for a device.
    sync::Mutation m;
    m.entity = row.entity;
    m.id = row.record_id;
    m.op = sync::MutationOp::update;
    m.fields = json{{row.field, row.losing_value}};
    auto stamp = stored.stamps.find(row.field);
    m.base_versions[row.field] = stamp == stored.stamps.end() ? 0 : stamp->second.version;
    PushDb db(tx, ctx.company, false);
    PushContext push{db, ctx.company, ctx.user.actor(), ctx.device_id, load_org_tree(conn, ctx.company),
                     load_user_units(conn, ctx.company), now_ms(), CheckInPolicy{}};
    const auto verdict = apply_mutation(push, m);
    if (verdict.status == sync::VerdictStatus::rejected)
        return error_response(status_of(verdict.code), verdict.code, "the value cannot be re-applied: " + verdict.message);
    mark_resolved(tx, ctx, id, "reapplied");
    record_audit(tx.connection(), ctx.company, audit_of(ctx, "conflict.reapply", row, id));
    const std::int64_t newest = std::stoll(tx.exec("SELECT last_value FROM change_seq").text(0, 0));
    notify_change(tx, ChangeNotice{ctx.company, newest, push.touched_scope_owners});
    tx.commit();
    return json_response({{"conflict_id", id}, {"resolution", "reapplied"}, {"record_id", row.record_id},
                          {"field", row.field}, {"value", row.losing_value}, {"message", verdict.message}});
}

ApiResponse conflict_dismiss_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    PgTransaction tx(conn);
    auto loaded = load_target(conn, tx, ctx, request, "dismiss");
    if (auto* refused = std::get_if<ApiResponse>(&loaded)) return *refused;
    const auto& [id, row, stored] = std::get<Target>(loaded);
    mark_resolved(tx, ctx, id, "dismissed");
    record_audit(tx.connection(), ctx.company, audit_of(ctx, "conflict.dismiss", row, id));
    tx.commit();
    return json_response({{"conflict_id", id}, {"resolution", "dismissed"}});
}

}  // namespace crm::server
