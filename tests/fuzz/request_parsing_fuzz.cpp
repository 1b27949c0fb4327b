// libFuzzer target: the server's request path before the database (request_parsing.h and the
// router's table): login / password / push bodies and pull query strings from arbitrary bytes.
// The first byte picks the parser. Each must answer ok or Error{"bad_request"} without crashing;
// an accepted push must survive the wire round trip the client relies on.

#include "fuzz_check.h"

#include "crm/server/api/request_parsing.h"
#include "crm/server/api/routes.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using crm::fuzz::require;

template <typename T>
void require_ok_or_bad_request(const crm::Result<T>& result) {
    require(result.ok() || result.error().code == "bad_request", "a parser rejects with bad_request");
}

void check_push(const std::string& body) {
    auto push = crm::server::parse_push_body(body);
    require_ok_or_bad_request(push);
    if (!push) return;
    require(push->mutations.size() <= crm::sync::kMaxPushMutations, "a push carries at most kMaxPushMutations");
    const auto again = crm::server::parse_push_body(crm::sync::to_json(*push).dump());
    require(again.ok(), "an accepted push, encoded, is accepted again");
}

void check_pull_query(const std::string& target) {
    (void)crm::server::route_name(target);
    auto query = crm::server::parse_pull_query(target);
    require_ok_or_bad_request(query);
    if (!query) return;
    require(query->cursor >= 0 && query->scope_epoch >= 0, "pull cursor and scope are not negative");
    require(query->limit >= 1 && query->limit <= crm::sync::kMaxPullLimit, "pull limit is within bounds");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string input(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 4) {
        case 0: require_ok_or_bad_request(crm::server::parse_login_body(input)); break;
        case 1: require_ok_or_bad_request(crm::server::parse_password_change_body(input)); break;
        case 2: check_push(input); break;
        default: check_pull_query(input); break;
    }
    return 0;
}
