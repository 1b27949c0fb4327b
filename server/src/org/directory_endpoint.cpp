#include "crm/server/api/management_api.h"
#include "crm/server/org/directory.h"

namespace crm::server {

// GET /v1/directory: the units and users the caller may know of. hq: everyone; a manager: their
// unit's subtree and the users in it; a rep: themselves and their unit. Inactive users are
// listed (a departed rep's name stays readable on old records) with active=false.
ApiResponse directory_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (auto query = parse_query(request.target, {}); !query)
        return error_response(400, query.error().code, query.error().message);
    const std::string company = std::to_string(ctx.company);
    const auto visible = visible_user_ids(conn, ctx.company, ctx.user.actor());
    const OrgTree tree = load_org_tree(conn, ctx.company);
    const bool everyone = !visible.has_value();
    const std::string root = ctx.user.role == Role::rep ? std::string() : ctx.user.unit_id;

    nlohmann::json units = nlohmann::json::array();
    auto unit_rows = conn.exec(
        "SELECT id::text, name, coalesce(parent_id::text, '') FROM org_unit WHERE company_id = $1 ORDER BY name",
        {company});
    for (int r = 0; r < unit_rows.rows(); ++r) {
        const std::string id = unit_rows.text(r, 0);
        const bool known = everyone || (ctx.user.role == Role::manager ? tree.is_within(id, root) : id == ctx.user.unit_id);
        if (!known) continue;
        units.push_back({{"id", id},
                         {"name", unit_rows.text(r, 1)},
                         {"parent_id", unit_rows.text(r, 2).empty() ? nlohmann::json() : nlohmann::json(unit_rows.text(r, 2))}});
    }
    nlohmann::json users = nlohmann::json::array();
    auto user_rows = conn.exec(
        "SELECT id::text, login, display_name, role, unit_id::text, active FROM app_user WHERE company_id = $1 "
        "AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[])) ORDER BY login",
        {company, everyone ? PgParam() : PgParam(pg_text_array(*visible))});
    for (int r = 0; r < user_rows.rows(); ++r)
        users.push_back({{"id", user_rows.text(r, 0)},
                         {"login", user_rows.text(r, 1)},
                         {"display_name", user_rows.text(r, 2)},
                         {"role", user_rows.text(r, 3)},
                         {"unit_id", user_rows.text(r, 4)},
                         {"active", user_rows.text(r, 5) == "t"}});
    return json_response({{"units", units}, {"users", users}});
}

}  // namespace crm::server
