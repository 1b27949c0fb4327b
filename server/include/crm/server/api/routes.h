#pragma once
// THE list of what crm-server answers: the router, the request log's route names, /metrics and
// the OpenAPI test (tests/integration/ops_openapi_test.cpp) all read it.

#include <array>
#include <string>
#include <string_view>

namespace crm::server {

struct Route {
    std::string_view method;
    std::string_view path;
    bool needs_protocol;  ///< the X-CRM-Protocol header is required
};

inline constexpr auto kRoutes = std::to_array<Route>({
    {"GET", "/v1/health", false},
    {"GET", "/v1/ready", false},
    {"GET", "/v1/openapi.json", false},
    {"GET", "/metrics", false},
    {"POST", "/v1/auth/login", true},
    {"POST", "/v1/password", true},
    {"POST", "/v1/sync/push", true},
    {"GET", "/v1/sync/pull", true},
    {"GET", "/v1/live", true},  // WebSocket upgrade, answered by the HTTP session
    {"GET", "/v1/audit", true},
    {"GET", "/v1/directory", true},
    {"GET", "/v1/conflicts", true},
    {"POST", "/v1/conflicts/reapply", true},
    {"POST", "/v1/conflicts/dismiss", true},
    {"POST", "/v1/users/deactivate", true},
    {"POST", "/v1/users/reactivate", true},
    {"POST", "/v1/users/move", true},
    {"POST", "/v1/users/add", true},
    {"POST", "/v1/units/move", true},
    {"POST", "/v1/units/add", true},
    {"GET", "/v1/org/devices", true},
    {"GET", "/v1/reports/funnel", true},
    {"GET", "/v1/reports/visits", true},
    {"GET", "/v1/reports/lifecycle", true},
    {"GET", "/v1/reports/targets", true},
    {"POST", "/v1/reports/rescore", true},
    {"POST", "/v1/targets/set", true},
    {"GET", "/v1/leads/pools", true},
    {"POST", "/v1/leads/assign", true},
    {"GET", "/v1/duplicates", true},
    {"POST", "/v1/merge", true},
    {"POST", "/v1/merge/undo", true},
    {"GET", "/v1/merges", true},
});

/// The route of a path (the target without its query), or nullptr for an unknown one.
inline const Route* find_route(std::string_view path) {
    for (const auto& route : kRoutes)
        if (route.path == path) return &route;
    return nullptr;
}

/// The route name used in logs and metrics: the path when known, else "unknown" (so that
/// probing random paths cannot grow the metrics).
inline std::string route_name(std::string_view target) {
    const auto* route = find_route(target.substr(0, target.find('?')));
    return route ? std::string(route->path) : std::string("unknown");
}

}  // namespace crm::server
