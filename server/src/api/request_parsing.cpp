#include "crm/server/api/request_parsing.h"

#include <charconv>
#include <initializer_list>

namespace crm::server {
namespace {

using nlohmann::json;

Error bad(std::string message) { return Error{"bad_request", std::move(message)}; }

/// Error naming the first member of `j` (an object) not in `allowed`.
std::optional<Error> unknown_member(const json& j, const std::string& what, std::initializer_list<const char*> allowed) {
    if (!j.is_object()) return std::nullopt;  // the decoder reports the wrong shape
    for (const auto& [key, value] : j.items()) {
        bool known = false;
        for (const char* name : allowed) known = known || key == name;
        if (!known) return bad(what + " has an unknown member '" + key + "'");
    }
    return std::nullopt;
}

Result<std::int64_t> parse_integer(const std::string& name, const std::string& text, std::int64_t min, std::int64_t max) {
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value < min || value > max)
        return bad(name + " must be an integer from " + std::to_string(min) + " to " + std::to_string(max) + ", not '" +
                   text + "'");
    return value;
}

}  // namespace

Result<sync::LoginRequest> parse_login_body(const std::string& body) {
    auto j = sync::parse_json(body);
    if (!j) return j.error();
    if (auto e = unknown_member(*j, "login", {"login", "password", "device_id"})) return *e;
    return sync::decode_login_request(*j);
}

Result<PasswordChange> parse_password_change_body(const std::string& body) {
    auto j = sync::parse_json(body);
    if (!j) return j.error();
    if (!j->is_object()) return bad("the password change must be a JSON object");
    if (auto e = unknown_member(*j, "password change", {"current_password", "new_password"})) return *e;
    for (const char* name : {"current_password", "new_password"})
        if (!j->contains(name) || !(*j)[name].is_string())
            return bad(std::string("password change.") + name + " must be a string");
    return PasswordChange{(*j)["current_password"].get<std::string>(), (*j)["new_password"].get<std::string>()};
}

Result<sync::PushRequest> parse_push_body(const std::string& body) {
    auto j = sync::parse_json(body);
    if (!j) return j.error();
    if (auto e = unknown_member(*j, "push", {"device_id", "mutations"})) return *e;
    if (j->is_object() && j->contains("mutations") && (*j)["mutations"].is_array())
        for (const auto& m : (*j)["mutations"])
            if (auto e = unknown_member(m, "mutation", {"seq", "entity", "id", "op", "fields", "base_versions", "hlc"}))
                return *e;
    return sync::decode_push_request(*j);
}

Result<PullQuery> parse_pull_query(const std::string& target) {
    PullQuery query;
    const auto question = target.find('?');
    if (question == std::string::npos) return query;
    std::string rest = target.substr(question + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        const std::string pair = rest.substr(0, amp);
        rest = amp == std::string::npos ? "" : rest.substr(amp + 1);
        const auto eq = pair.find('=');
        const std::string key = pair.substr(0, eq), value = eq == std::string::npos ? "" : pair.substr(eq + 1);
        if (key == "cursor") {
            auto v = parse_integer("cursor", value, 0, INT64_MAX);
            if (!v) return v.error();
            query.cursor = *v;
        } else if (key == "limit") {
            auto v = parse_integer("limit", value, 1, sync::kMaxPullLimit);
            if (!v) return v.error();
            query.limit = static_cast<int>(*v);
        } else if (key == "scope") {
            auto v = parse_integer("scope", value, 0, INT64_MAX);
            if (!v) return v.error();
            query.scope_epoch = *v;
        } else if (!key.empty()) {
            return bad("unknown query parameter '" + key + "' (use cursor, limit and scope)");
        }
    }
    return query;
}

}  // namespace crm::server
