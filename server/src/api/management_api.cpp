#include "crm/server/api/management_api.h"

#include "crm/server/leads/leads_endpoints.h"
#include "crm/server/org/org_api.h"
#include "crm/server/reports/report_endpoints.h"
#include "crm/server/org/audit.h"
#include "crm/server/conflicts/conflicts_api.h"
#include "crm/shared/formats.h"
#include "crm/sync/protocol.h"

#include <array>
#include <cctype>
#include <utility>

namespace crm::server {
namespace {

struct EndpointRow {
    std::string_view path;
    ManagementEndpoint endpoint;
};

// One row per management route of routes.h.
const std::array kManagementEndpoints = {
    EndpointRow{"/v1/audit", audit_endpoint},
    EndpointRow{"/v1/directory", directory_endpoint},
    EndpointRow{"/v1/conflicts", conflicts_endpoint},
    EndpointRow{"/v1/conflicts/reapply", conflict_reapply_endpoint},
    EndpointRow{"/v1/conflicts/dismiss", conflict_dismiss_endpoint},
    EndpointRow{"/v1/users/deactivate", user_deactivate_endpoint},
    EndpointRow{"/v1/users/reactivate", user_reactivate_endpoint},
    EndpointRow{"/v1/users/move", user_move_endpoint},
    EndpointRow{"/v1/users/add", user_add_endpoint},
    EndpointRow{"/v1/units/move", unit_move_endpoint},
    EndpointRow{"/v1/units/add", unit_add_endpoint},
    EndpointRow{"/v1/org/devices", org_devices_endpoint},
    EndpointRow{"/v1/reports/funnel", funnel_endpoint},
    EndpointRow{"/v1/reports/visits", visits_report_endpoint},
    EndpointRow{"/v1/reports/lifecycle", lifecycle_endpoint},
    EndpointRow{"/v1/reports/targets", targets_report_endpoint},
    EndpointRow{"/v1/reports/rescore", rescore_endpoint},
    EndpointRow{"/v1/targets/set", set_target_endpoint},
    EndpointRow{"/v1/leads/pools", lead_pools_endpoint},
    EndpointRow{"/v1/leads/assign", lead_assign_endpoint},
    EndpointRow{"/v1/duplicates", duplicates_endpoint},
    EndpointRow{"/v1/merge", merge_endpoint},
    EndpointRow{"/v1/merge/undo", unmerge_endpoint},
    EndpointRow{"/v1/merges", merges_endpoint},
};

std::optional<std::string> percent_decode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '+') {
            out += ' ';
        } else if (text[i] == '%') {
            if (i + 2 >= text.size()) return std::nullopt;
            auto hex = [](char c) -> int {
                if (c >= '0' && c <= '9') return c - '0';
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            };
            const int hi = hex(text[i + 1]), lo = hex(text[i + 2]);
            if (hi < 0 || lo < 0) return std::nullopt;
            out += static_cast<char>(hi * 16 + lo);
            i += 2;
        } else {
            out += text[i];
        }
    }
    return out;
}

}  // namespace

ManagementEndpoint find_management_endpoint(std::string_view path) {
    for (const auto& row : kManagementEndpoints)
        if (row.path == path) return row.endpoint;
    return nullptr;
}

// Invalid UTF-8 echoed from a query value becomes U+FFFD instead of throwing (which answered 500).
ApiResponse json_response(const nlohmann::json& body, int status) {
    return ApiResponse{status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
}

ApiResponse forbidden_response(const std::string& message) { return error_response(403, "forbidden", message); }

Result<std::map<std::string, std::string>> parse_query(const std::string& target,
                                                       std::initializer_list<std::string_view> allowed) {
    std::map<std::string, std::string> params;
    const auto question = target.find('?');
    if (question == std::string::npos) return params;
    std::string_view rest(target);
    rest.remove_prefix(question + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string_view pair = rest.substr(0, amp);
        rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        if (pair.empty()) continue;
        const auto eq = pair.find('=');
        auto key = percent_decode(pair.substr(0, eq));
        auto value = percent_decode(eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1));
        if (!key || !value) return Error{"bad_request", "malformed percent-encoding in the query string"};
        // Values go to PostgreSQL as text parameters, which refuses invalid UTF-8 (answered 500).
        if (!is_valid_utf8(*key) || !is_valid_utf8(*value))
            return Error{"bad_request", "the query string is not UTF-8 (after percent-decoding)"};
        bool known = false;
        std::string names;
        for (auto a : allowed) {
            known = known || a == *key;
            names += (names.empty() ? "" : ", ") + std::string(a);
        }
        if (!known) return Error{"bad_request", "unknown query parameter '" + *key + "' (use " + names + ")"};
        params[*key] = *value;
    }
    return params;
}

Result<int> parse_limit_param(const std::string& text) {
    if (text.empty()) return 100;
    try {
        std::size_t used = 0;
        const int limit = std::stoi(text, &used);
        if (used == text.size() && limit >= 1 && limit <= 1000) return limit;
    } catch (const std::exception&) {
    }
    return Error{"bad_request", "limit must be a whole number from 1 to 1000"};
}

Result<nlohmann::json> parse_object_body(const std::string& body) {
    auto j = sync::parse_json(body);
    if (!j) return j.error();
    if (!j->is_object()) return Error{"bad_request", "the body must be a JSON object"};
    return *j;
}

ApiResponse audit_endpoint(PgConnection& conn, const AuthContext& ctx, const ApiRequest& request) {
    if (ctx.user.role != Role::hq) return forbidden_response("only headquarters may read the audit log");
    auto query = parse_query(request.target, {"since", "until", "actor", "action", "record", "limit"});
    if (!query) return error_response(400, query.error().code, query.error().message);
    AuditFilter filter;
    auto get = [&](const char* k) { auto it = query->find(k); return it == query->end() ? std::string() : it->second; };
    filter.since = get("since");
    filter.until = get("until");
    filter.actor_login = get("actor");
    filter.action = get("action");
    filter.record_id = get("record");
    auto limit = parse_limit_param(get("limit"));
    if (!limit) return error_response(400, limit.error().code, limit.error().message);
    filter.limit = *limit;
    for (const auto* date : {&filter.since, &filter.until})
        if (!date->empty() && !is_date(*date) && !is_timestamp(*date))
            return error_response(400, "bad_request", "since/until must be dates (2026-12-01) or ISO timestamps");
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& row : list_audit(conn, ctx.company, filter)) entries.push_back(to_json(row));
    return json_response({{"entries", entries}});
}

}  // namespace crm::server
