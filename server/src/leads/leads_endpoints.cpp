#include "crm/server/leads/leads_endpoints.h"

#include "crm/server/api/management_api.h"
#include "crm/server/leads/duplicates.h"
#include "crm/server/leads/lead_pools.h"
#include "crm/server/leads/merge.h"
#include "crm/server/sync/sync_service.h"

namespace crm::server {
namespace {

using nlohmann::json;

Acting acting(PgConnection& conn, const AuthContext& ctx) {
    AuditEntry audit;
    audit.actor_id = ctx.user.id;
    audit.actor_login = ctx.user.login;
    audit.device_id = ctx.device_id;
    return Acting{visible_user_ids(conn, ctx.company, ctx.user.actor()), audit};
}

ApiResponse failure(const Error& error) {
    const int status = error.code == "not_found"  ? 404
                       : error.code == "conflict"  ? 409
                       : error.code == "forbidden" ? 403
                                                   : 400;
    return error_response(status, error.code == "invalid" ? "bad_request" : error.code, error.message);
}

ApiResponse hq_only(const char* what) {
    return forbidden_response(std::string("only headquarters may ") + what);
}

/// The string array at `key`, or an error naming it.
Result<std::vector<std::string>> string_array(const json& body, const char* key) {
    if (!body.contains(key) || !body[key].is_array()) return Error{"bad_request", std::string(key) + " must be an array of ids"};
    std::vector<std::string> out;
    for (const auto& v : body[key]) {
        if (!v.is_string()) return Error{"bad_request", std::string(key) + " must be an array of ids"};
        out.push_back(v.get<std::string>());
    }
    return out;
}

Result<std::string> string_field(const json& body, const char* key) {
    if (!body.contains(key) || !body[key].is_string()) return Error{"bad_request", std::string(key) + " must be a string"};
    return body[key].get<std::string>();
}

Status only_keys(const json& body, std::initializer_list<std::string_view> keys) {
    for (const auto& [k, v] : body.items()) {
        bool known = false;
        for (auto key : keys) known = known || key == k;
        if (!known) return Error{"bad_request", "unknown field '" + k + "'"};
    }
    return ok_status();
}

Status no_query(const ApiRequest& request) {
    auto q = parse_query(request.target, {});
    if (!q) return q.error();
    return ok_status();
}

}  // namespace

ApiResponse lead_pools_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only("see the lead pools");
    if (auto ok = no_query(request); !ok) return failure(ok.error());
    return json_response(pool_counts(conn, ctx.company));
}

ApiResponse lead_assign_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only("assign leads from a pool");
    auto body = parse_object_body(request.body);
    if (!body) return failure(body.error());
    if (auto ok = only_keys(*body, {"lead_ids", "owner"}); !ok) return failure(ok.error());
    auto ids = string_array(*body, "lead_ids");
    if (!ids) return failure(ids.error());
    auto owner = string_field(*body, "owner");
    if (!owner) return failure(owner.error());
    auto assigned = assign_leads(conn, ctx.company, *ids, *owner, acting(conn, ctx));
    if (!assigned) return failure(assigned.error());
    return json_response({{"assigned", *assigned}});
}

ApiResponse duplicates_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role == Role::rep) return forbidden_response("only managers and headquarters may review duplicates");
    auto query = parse_query(request.target, {"entity"});
    if (!query) return failure(query.error());
    const auto entity = query->count("entity") ? query->at("entity") : std::string();
    if (entity != "lead" && entity != "customer") return failure(Error{"bad_request", "entity must be lead or customer"});
    return json_response(find_duplicate_groups(conn, ctx.company, entity, acting(conn, ctx)));
}

ApiResponse merge_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only("merge records");
    auto body = parse_object_body(request.body);
    if (!body) return failure(body.error());
    if (auto ok = only_keys(*body, {"entity", "survivor_id", "duplicate_ids"}); !ok) return failure(ok.error());
    auto entity = string_field(*body, "entity");
    if (!entity) return failure(entity.error());
    auto survivor = string_field(*body, "survivor_id");
    if (!survivor) return failure(survivor.error());
    auto duplicates = string_array(*body, "duplicate_ids");
    if (!duplicates) return failure(duplicates.error());
    auto merged = merge_records(conn, ctx.company, MergeRequest{*entity, *survivor, *duplicates}, acting(conn, ctx));
    if (!merged) return failure(merged.error());
    return json_response(to_json(*merged));
}

ApiResponse unmerge_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only("undo merges");
    auto body = parse_object_body(request.body);
    if (!body) return failure(body.error());
    if (auto ok = only_keys(*body, {"merge_id"}); !ok) return failure(ok.error());
    if (!body->contains("merge_id") || !(*body)["merge_id"].is_number_integer() || (*body)["merge_id"].get<std::int64_t>() < 1)
        return failure(Error{"bad_request", "merge_id must be a positive whole number"});
    auto undone = undo_merge(conn, ctx.company, (*body)["merge_id"].get<std::int64_t>(), acting(conn, ctx));
    if (!undone) return failure(undone.error());
    return json_response(to_json(*undone));
}

ApiResponse merges_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only("list merges");
    if (auto ok = no_query(request); !ok) return failure(ok.error());
    return json_response({{"merges", list_merges(conn, ctx.company, acting(conn, ctx))}});
}

}  // namespace crm::server
