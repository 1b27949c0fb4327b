#include "crm/server/db/change_notice.h"

namespace crm::server {
namespace {
// NOTIFY payloads are limited to 8000 bytes; past this many owners, poke the whole company.
constexpr std::size_t kMaxOwnersInPayload = 150;
}  // namespace

void notify_change(PgTransaction& tx, const ChangeNotice& notice) {
    nlohmann::json payload = {{"company", notice.company}, {"seq", notice.seq}};
    payload["owners"] = notice.scope_owner_ids.size() > kMaxOwnersInPayload ? std::vector<std::string>{}
                                                                             : notice.scope_owner_ids;
    tx.exec("SELECT pg_notify($1, $2)", {std::string(kChangeChannel), payload.dump()});
}

std::optional<ChangeNotice> parse_change_notice(const std::string& payload) {
    const auto j = nlohmann::json::parse(payload, nullptr, false);
    if (!j.is_object() || !j.contains("company") || !j["company"].is_number_integer() || !j.contains("seq") ||
        !j["seq"].is_number_integer())
        return std::nullopt;
    ChangeNotice notice{j["company"].get<std::int64_t>(), j["seq"].get<std::int64_t>(), {}};
    if (j.contains("owners") && j["owners"].is_array())
        for (const auto& o : j["owners"])
            if (o.is_string()) notice.scope_owner_ids.push_back(o.get<std::string>());
    return notice;
}

}  // namespace crm::server
