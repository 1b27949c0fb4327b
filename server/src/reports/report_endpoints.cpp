#include "crm/server/reports/report_endpoints.h"

#include "crm/server/api/management_api.h"
#include "crm/server/reports/customer_value.h"
#include "crm/server/reports/reports.h"
#include "crm/server/reports/targets.h"
#include "crm/server/sync/sync_service.h"

namespace crm::server {
namespace {

ApiResponse from_error(const Error& error) {
    return error.code == "forbidden" ? forbidden_response(error.message) : error_response(400, error.code, error.message);
}

AuditEntry audit_by(const AuthContext& ctx) {
    AuditEntry by;
    by.actor_id = ctx.user.id;
    by.actor_login = ctx.user.login;
    by.device_id = ctx.device_id;
    return by;
}

using PeriodReport = nlohmann::json (*)(PgConnection&, std::int64_t, const ReportScope&, const ReportPeriod&);

ApiResponse period_report(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request, PeriodReport report) {
    auto query = parse_query(request.target, {"from", "to", "unit", "user"});
    if (!query) return error_response(400, query.error().code, query.error().message);
    auto get = [&](const char* k) { auto it = query->find(k); return it == query->end() ? std::string() : it->second; };
    auto period = parse_report_period(get("from"), get("to"), today_utc());
    if (!period) return from_error(period.error());
    auto scope = resolve_report_scope(conn, ctx.company, ctx.user.actor(), get("unit"), get("user"));
    if (!scope) return from_error(scope.error());
    return json_response(report(conn, ctx.company, *scope, *period));
}

}  // namespace

ApiResponse funnel_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    return period_report(conn, ctx, request, funnel_report);
}

ApiResponse visits_report_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    return period_report(conn, ctx, request, visits_report);
}

ApiResponse lifecycle_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    return period_report(conn, ctx, request, lifecycle_report);
}

ApiResponse targets_report_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    auto query = parse_query(request.target, {"month", "unit"});
    if (!query) return error_response(400, query.error().code, query.error().message);
    const std::string month = query->count("month") ? query->at("month") : current_month_utc();
    auto report = targets_report(conn, ctx.company, ctx.user.actor(), month, query->count("unit") ? query->at("unit") : "");
    if (!report) return from_error(report.error());
    return json_response(*report);
}

ApiResponse set_target_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role == Role::rep) return forbidden_response("reps may not set targets");
    auto body = parse_object_body(request.body);
    if (!body) return error_response(400, body.error().code, body.error().message);
    auto input = parse_target_input(*body);
    if (!input) return from_error(input.error());
    auto result = set_target(conn, ctx.company, ctx.user.actor(), *input, audit_by(ctx));
    if (!result) return from_error(result.error());
    return json_response(*result);
}

ApiResponse rescore_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return forbidden_response("only headquarters may rescore customers");
    if (!request.body.empty() && request.body != "{}") {
        auto body = parse_object_body(request.body);
        if (!body) return error_response(400, body.error().code, body.error().message);
        if (!body->empty()) return error_response(400, "bad_request", "the body must be empty or {}");
    }
    const auto report = rescore_customers(conn, ctx.company, audit_by(ctx));
    return json_response({{"customers", report.customers}, {"changed", report.changed}});
}

}  // namespace crm::server
