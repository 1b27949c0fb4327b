#include "crm/server/live/live_admission.h"

#include "crm/server/api/request_handler.h"
#include "crm/server/org/directory.h"

namespace crm::server {
namespace {

std::variant<LiveScope, ApiResponse> admit(PgPool& pool, const ApiRequest& request) {
    if (auto mismatch = check_protocol(request)) return *mismatch;
    auto conn = pool.acquire();
    auto auth = authenticate(*conn, request);
    if (auto* denied = std::get_if<ApiResponse>(&auth)) return *denied;
    const auto& ctx = std::get<AuthContext>(auth);
    return LiveScope{kDefaultCompany, ctx.user.id, visible_user_ids(*conn, kDefaultCompany, ctx.user.actor()),
                     ctx.device_id};
}

}  // namespace

std::variant<LiveScope, ApiResponse> admit_live(PgPool& pool, const ApiRequest& request) {
    return answer_errors([&]() -> std::variant<LiveScope, ApiResponse> { return admit(pool, request); });
}

}  // namespace crm::server
