#include "crm/server/org/org_api.h"

#include "crm/server/api/management_api.h"
#include "crm/server/auth/devices.h"
#include "crm/server/auth/password.h"
#include "crm/server/org/directory.h"
#include "crm/server/org/audit.h"

#include <set>

namespace crm::server {
namespace {

using nlohmann::json;

/// The string fields of a POST body: exactly `required` (non-empty strings) and any of `optional`.
Result<std::map<std::string, std::string>> string_fields(const ApiRequest& request,
                                                         std::initializer_list<std::string_view> required,
                                                         std::initializer_list<std::string_view> optional = {}) {
    auto body = parse_object_body(request.body);
    if (!body) return body.error();
    std::set<std::string, std::less<>> known(required.begin(), required.end());
    known.insert(optional.begin(), optional.end());
    std::map<std::string, std::string> out;
    for (const auto& [key, value] : body->items()) {
        if (!known.count(key)) {
            std::string names;
            for (const auto& k : known) names += (names.empty() ? "" : ", ") + k;
            return Error{"bad_request", "unknown field '" + key + "' (use " + names + ")"};
        }
        if (!value.is_string()) return Error{"bad_request", key + " must be a string"};
        if (value.get_ref<const std::string&>().find('\0') != std::string::npos)
            return Error{"bad_request", key + " must not contain NUL characters"};
        out[key] = value.get<std::string>();
    }
    for (auto name : required)
        if (out[std::string(name)].empty()) return Error{"bad_request", std::string(name) + " is required"};
    return out;
}

ApiResponse bad_request(const Error& e) { return error_response(400, e.code, e.message); }

/// An error of the directory functions as an HTTP answer.
ApiResponse directory_error(const Error& e) {
    if (e.code == "not_found") return error_response(404, e.code, e.message);
    if (e.code == "conflict") return error_response(409, e.code, e.message);
    return error_response(400, e.code == "invalid" ? "bad_request" : e.code, e.message);
}

AuditEntry by_caller(const AuthContext& ctx) {
    AuditEntry by;
    by.actor_id = ctx.user.id;
    by.actor_login = ctx.user.login;
    by.device_id = ctx.device_id;
    return by;
}

ApiResponse hq_only() { return forbidden_response("only headquarters manages the org tree and users"); }

}  // namespace

ApiResponse user_deactivate_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only();
    auto body = string_fields(request, {"login"}, {"reassign_to"});
    if (!body) return bad_request(body.error());
    const std::string login = (*body)["login"];
    if (login == ctx.user.login) return error_response(400, "bad_request", "you cannot deactivate yourself");
    auto user = find_user_by_login(conn, ctx.company, login);
    if (!user) return error_response(404, "not_found", "unknown login '" + login + "'");
    if (!user->active) return error_response(409, "conflict", "user '" + login + "' is already deactivated");
    auto report = deactivate_user(conn, ctx.company, login, (*body)["reassign_to"], by_caller(ctx));
    if (!report) return directory_error(report.error());
    notify_sessions_changed(conn, ctx.company);  // live sessions of the departed user close
    return json_response({{"login", login},
                          {"reassign_to", (*body)["reassign_to"]},
                          {"records_reassigned", report->records_reassigned},
                          {"tokens_revoked", report->tokens_revoked}});
}

ApiResponse user_reactivate_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only();
    auto body = string_fields(request, {"login"});
    if (!body) return bad_request(body.error());
    auto deleted = reactivate_user(conn, ctx.company, (*body)["login"], by_caller(ctx));
    if (!deleted) return directory_error(deleted.error());
    return json_response({{"login", (*body)["login"]}, {"tokens_deleted", *deleted}});
}

ApiResponse user_move_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only();
    auto body = string_fields(request, {"login", "unit"});
    if (!body) return bad_request(body.error());
    auto moved = move_user(conn, ctx.company, (*body)["login"], (*body)["unit"], by_caller(ctx));
    if (!moved) return directory_error(moved.error());
    return json_response({{"login", (*body)["login"]}, {"unit", (*body)["unit"]}, {"changed", *moved}});
}

ApiResponse unit_move_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only();
    auto body = string_fields(request, {"unit", "parent"});
    if (!body) return bad_request(body.error());
    auto moved = move_unit(conn, ctx.company, (*body)["unit"], (*body)["parent"], by_caller(ctx));
    if (!moved) return directory_error(moved.error());
    return json_response({{"unit", (*body)["unit"]}, {"parent", (*body)["parent"]}, {"changed", *moved}});
}

ApiResponse unit_add_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only();
    auto body = string_fields(request, {"name", "parent"});
    if (!body) return bad_request(body.error());
    PgTransaction tx(conn);
    auto id = add_unit(tx.connection(), ctx.company, (*body)["name"], (*body)["parent"]);
    if (!id) return directory_error(id.error());
    AuditEntry entry = by_caller(ctx);
    entry.action = "unit.add";
    entry.entity = "org_unit";
    entry.record_id = *id;
    entry.details = {{"name", (*body)["name"]}, {"parent", (*body)["parent"]}};
    record_audit(tx.connection(), ctx.company, entry);
    tx.commit();
    return json_response({{"id", *id}, {"name", (*body)["name"]}, {"parent", (*body)["parent"]}});
}

ApiResponse user_add_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only();
    auto body = string_fields(request, {"login", "role", "unit", "password"}, {"display_name"});
    if (!body) return bad_request(body.error());
    NewUser user{(*body)["login"], (*body)["role"], (*body)["unit"], (*body)["display_name"], (*body)["password"]};
    if (user.display_name.size() > 200) return error_response(400, "bad_request", "display_name is at most 200 characters");
    if (auto violation = password_rule_violation(user.login, user.password))
        return error_response(400, "bad_request", *violation);
    PgTransaction tx(conn);
    auto added = add_user(tx.connection(), ctx.company, user);
    if (!added) return directory_error(added.error());
    AuditEntry entry = by_caller(ctx);
    entry.action = "user.add";
    entry.entity = "user";
    entry.record_id = added->id;
    entry.details = {{"login", user.login}, {"role", user.role}, {"unit", user.unit_name}};
    record_audit(tx.connection(), ctx.company, entry);
    tx.commit();
    return json_response({{"id", added->id}, {"login", added->login}, {"role", user.role}, {"unit", user.unit_name}});
}

ApiResponse org_devices_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return hq_only();
    if (auto query = parse_query(request.target, {}); !query) return bad_request(query.error());
    // Devices with a live (unexpired, unrevoked) sign-in, per user.
    auto rows = conn.exec(
        "SELECT u.login, count(DISTINCT t.device_id) FILTER (WHERE t.expires_at > now() AND t.revoked_at IS NULL) "
        "FROM app_user u LEFT JOIN auth_token t ON t.company_id = u.company_id AND t.user_id = u.id "
        "WHERE u.company_id = $1 GROUP BY u.login ORDER BY u.login",
        {std::to_string(ctx.company)});
    json devices = json::object();
    for (int r = 0; r < rows.rows(); ++r) devices[rows.text(r, 0)] = std::stol(rows.text(r, 1));
    return json_response({{"devices", devices}});
}

}  // namespace crm::server
