#include "crm/sync/protocol.h"

#include "crm/shared/formats.h"

#include <algorithm>

namespace crm::sync {
namespace {

using nlohmann::json;

Error bad(std::string message) { return Error{"bad_request", std::move(message)}; }

/// The deepest nesting of arrays/objects in JSON text (brackets inside strings do not count).
/// Copying or dumping a json value recurses once per level, so a body of a few hundred KB of
/// "[[[[..." would overflow the stack of whoever copies it (found by fuzzing).
std::size_t nesting_depth(const std::string& text) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

/// Reads one member with a type check; collects the first problem in `problem`.
class Reader {
public:
    Reader(const json& j, std::string what) : j_(j), what_(std::move(what)) {
        if (!j_.is_object()) problem_ = what_ + " must be a JSON object";
    }

    std::string text(const char* key, bool required = true) {
        const json* v = find(key, required);
        if (!v) return {};
        if (!v->is_string()) return fail(key, "must be a string"), std::string{};
        return v->get<std::string>();
    }
    std::string uuid(const char* key, bool required = true) {
        std::string s = text(key, required);
        if (!s.empty() && !is_uuid(s)) fail(key, "must be a lower-case UUID");
        return s;
    }
    std::int64_t integer(const char* key, bool required = true) {
        const json* v = find(key, required);
        if (!v) return 0;
        if (!v->is_number_integer()) return fail(key, "must be an integer"), 0;
        return v->get<std::int64_t>();
    }
    bool boolean(const char* key, bool required = true) {
        const json* v = find(key, required);
        if (!v) return false;
        if (!v->is_boolean()) return fail(key, "must be true or false"), false;
        return v->get<bool>();
    }
    const json* array(const char* key, bool required = true) {
        const json* v = find(key, required);
        if (v && !v->is_array()) return fail(key, "must be an array"), nullptr;
        return v;
    }
    const json* object(const char* key, bool required = true) {
        const json* v = find(key, required);
        if (v && !v->is_object()) return fail(key, "must be an object"), nullptr;
        return v;
    }
    std::map<std::string, std::int64_t> versions(const char* key) {
        std::map<std::string, std::int64_t> out;
        const json* v = object(key, false);
        if (!v) return out;
        for (const auto& [name, version] : v->items()) {
            if (!version.is_number_integer() || version.get<std::int64_t>() < 0)
                return fail(key, "must map field names to non-negative integers"), out;
            out[name] = version.get<std::int64_t>();
        }
        return out;
    }
    void fail(const char* key, const std::string& message) {
        if (problem_.empty()) problem_ = what_ + "." + key + " " + message;
    }
    bool ok() const { return problem_.empty(); }
    Error error() const { return bad(problem_); }

private:
    const json* find(const char* key, bool required) {
        if (!problem_.empty()) return nullptr;
        auto it = j_.find(key);
        if (it == j_.end() || it->is_null()) {
            if (required) fail(key, "is required");
            return nullptr;
        }
        return &*it;
    }

    const json& j_;
    std::string what_;
    std::string problem_;
};

std::optional<MutationOp> parse_op(const std::string& s) {
    if (s == "create") return MutationOp::create;
    if (s == "update") return MutationOp::update;
    if (s == "delete") return MutationOp::remove;
    return std::nullopt;
}

std::optional<VerdictStatus> parse_status(const std::string& s) {
    if (s == "applied") return VerdictStatus::applied;
    if (s == "merged") return VerdictStatus::merged;
    if (s == "rejected") return VerdictStatus::rejected;
    if (s == "duplicate") return VerdictStatus::duplicate;
    return std::nullopt;
}

Result<Verdict> decode_verdict(const json& j) {
    Reader r(j, "verdict");
    Verdict v;
    v.seq = r.integer("seq");
    const std::string status = r.text("status");
    v.code = r.text("code", false);
    v.message = r.text("message", false);
    if (const json* lost = r.array("lost_fields", false))
        for (const auto& f : *lost)
            if (f.is_string()) v.lost_fields.push_back(f.get<std::string>());
    if (!r.ok()) return r.error();
    auto parsed = parse_status(status);
    if (!parsed) return bad("verdict.status '" + status + "' is unknown");
    v.status = *parsed;
    return v;
}

Result<Change> decode_change(const json& j) {
    Reader r(j, "change");
    Change c;
    c.entity = r.text("entity");
    c.id = r.uuid("id");
    c.version = r.integer("version");
    c.deleted = r.boolean("deleted", false);
    if (const json* rec = r.object("record", !c.deleted)) c.record = *rec;
    c.field_versions = r.versions("field_versions");
    if (!r.ok()) return r.error();
    return c;
}

}  // namespace

std::string_view to_string(MutationOp op) {
    switch (op) {
    case MutationOp::create: return "create";
    case MutationOp::update: return "update";
    case MutationOp::remove: return "delete";
    }
    return "create";
}

std::string_view to_string(VerdictStatus status) {
    switch (status) {
    case VerdictStatus::applied: return "applied";
    case VerdictStatus::merged: return "merged";
    case VerdictStatus::rejected: return "rejected";
    case VerdictStatus::duplicate: return "duplicate";
    }
    return "applied";
}

VerdictStatus first_outcome(const Verdict& v) {
    if (v.status != VerdictStatus::duplicate) return v.status;
    if (v.code == kRevisionPendingCode) return VerdictStatus::applied;  // lost_fields: the pending ones
    if (!v.code.empty() && v.code != kOutOfScopeCode) return VerdictStatus::rejected;
    if (!v.lost_fields.empty()) return VerdictStatus::merged;
    return VerdictStatus::applied;
}

json error_body(const Error& error) { return {{"error", {{"code", error.code}, {"message", error.message}}}}; }

Error parse_error_body(const std::string& body, int http_status) {
    const std::string status = std::to_string(http_status);
    Error error{"http_" + status, "the server answered HTTP " + status};
    const json j = json::parse(body, nullptr, false);
    if (!j.is_object() || !j.contains("error") || !j["error"].is_object()) return error;
    // Whatever answered (a proxy, another version) may send any shape: take only non-empty strings.
    const json& e = j["error"];
    if (auto code = e.find("code"); code != e.end() && code->is_string() && !code->get_ref<const std::string&>().empty())
        error.code = code->get<std::string>();
    if (auto message = e.find("message"); message != e.end() && message->is_string())
        error.message = message->get<std::string>();
    return error;
}

json to_json(const Mutation& m) {
    return {{"seq", m.seq},           {"entity", m.entity},
            {"id", m.id},             {"op", to_string(m.op)},
            {"fields", m.fields},     {"base_versions", m.base_versions},
            {"hlc", m.hlc}};
}

json to_json(const PushRequest& r) {
    json mutations = json::array();
    for (const auto& m : r.mutations) mutations.push_back(to_json(m));
    return {{"device_id", r.device_id}, {"mutations", mutations}};
}

json to_json(const Verdict& v) {
    json j = {{"seq", v.seq}, {"status", to_string(v.status)}};
    if (!v.code.empty()) j["code"] = v.code;
    if (!v.message.empty()) j["message"] = v.message;
    if (!v.lost_fields.empty()) j["lost_fields"] = v.lost_fields;
    return j;
}

json to_json(const PushResponse& r) {
    json verdicts = json::array();
    for (const auto& v : r.verdicts) verdicts.push_back(to_json(v));
    return {{"verdicts", verdicts}};
}

json to_json(const Change& c) {
    return {{"entity", c.entity},   {"id", c.id},         {"version", c.version},
            {"deleted", c.deleted}, {"record", c.record}, {"field_versions", c.field_versions}};
}

json to_json(const PullResponse& r) {
    json changes = json::array();
    for (const auto& c : r.changes) changes.push_back(to_json(c));
    json evictions = json::array();
    for (const auto& e : r.evictions) evictions.push_back({{"entity", e.entity}, {"id", e.id}});
    return {{"changes", changes},         {"evictions", evictions},     {"cursor", r.cursor},
            {"has_more", r.has_more},     {"scope_epoch", r.scope_epoch}, {"reset", r.reset}};
}

json to_json(const LoginRequest& r) {
    return {{"login", r.login}, {"password", r.password}, {"device_id", r.device_id}};
}

json to_json(const UserInfo& u) {
    return {{"id", u.id}, {"login", u.login}, {"role", u.role}, {"unit_id", u.unit_id}, {"display_name", u.display_name}};
}

json to_json(const LoginResponse& r) { return {{"token", r.token}, {"user", to_json(r.user)}}; }

Result<Mutation> decode_mutation(const json& j) {
    Reader r(j, "mutation");
    Mutation m;
    m.seq = r.integer("seq");
    m.entity = r.text("entity");
    m.id = r.uuid("id");
    const std::string op = r.text("op");
    if (const json* fields = r.object("fields", false)) m.fields = *fields;
    m.base_versions = r.versions("base_versions");
    m.hlc = r.text("hlc", false);
    if (!r.ok()) return r.error();
    if (m.seq <= 0) return bad("mutation.seq must be a positive integer");
    auto parsed = parse_op(op);
    if (!parsed) return bad("mutation.op must be create, update or delete, not '" + op + "'");
    m.op = *parsed;
    return m;
}

Result<PushRequest> decode_push_request(const json& j) {
    Reader r(j, "push");
    PushRequest req;
    req.device_id = r.uuid("device_id");
    const json* mutations = r.array("mutations");
    if (!r.ok()) return r.error();
    if (mutations->size() > kMaxPushMutations)
        return bad("push carries " + std::to_string(mutations->size()) + " mutations; at most " +
                   std::to_string(kMaxPushMutations) + " are allowed");
    for (const auto& item : *mutations) {
        auto m = decode_mutation(item);
        if (!m) return m.error();
        req.mutations.push_back(std::move(*m));
    }
    return req;
}

Result<PushResponse> decode_push_response(const json& j) {
    Reader r(j, "push response");
    const json* verdicts = r.array("verdicts");
    if (!r.ok()) return r.error();
    PushResponse resp;
    for (const auto& item : *verdicts) {
        auto v = decode_verdict(item);
        if (!v) return v.error();
        resp.verdicts.push_back(std::move(*v));
    }
    return resp;
}

Result<PullResponse> decode_pull_response(const json& j) {
    Reader r(j, "pull response");
    PullResponse resp;
    const json* changes = r.array("changes");
    const json* evictions = r.array("evictions", false);
    resp.cursor = r.integer("cursor");
    resp.has_more = r.boolean("has_more");
    resp.scope_epoch = r.integer("scope_epoch", false);
    resp.reset = r.boolean("reset", false);
    if (!r.ok()) return r.error();
    for (const auto& item : *changes) {
        auto c = decode_change(item);
        if (!c) return c.error();
        resp.changes.push_back(std::move(*c));
    }
    if (evictions) {
        for (const auto& item : *evictions) {
            Reader e(item, "eviction");
            Eviction ev{e.text("entity"), e.uuid("id")};
            if (!e.ok()) return e.error();
            resp.evictions.push_back(std::move(ev));
        }
    }
    return resp;
}

Result<LoginRequest> decode_login_request(const json& j) {
    Reader r(j, "login");
    LoginRequest req{r.text("login"), r.text("password"), r.uuid("device_id")};
    if (!r.ok()) return r.error();
    if (req.login.empty() || req.login.size() > 100) return bad("login.login must be 1 to 100 characters");
    if (req.password.size() > 1000) return bad("login.password is too long");
    return req;
}

Result<UserInfo> decode_user_info(const json& j) {
    Reader r(j, "user");
    UserInfo u{r.uuid("id"), r.text("login"), r.text("role"), r.uuid("unit_id"), r.text("display_name", false)};
    if (!r.ok()) return r.error();
    return u;
}

Result<LoginResponse> decode_login_response(const json& j) {
    Reader r(j, "login response");
    LoginResponse resp;
    resp.token = r.text("token");
    const json* user = r.object("user");
    if (!r.ok()) return r.error();
    auto u = decode_user_info(*user);
    if (!u) return u.error();
    resp.user = std::move(*u);
    return resp;
}

Result<json> parse_json(const std::string& text) {
    if (nesting_depth(text) > kMaxJsonDepth)
        return bad("malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels");
    try {
        return json::parse(text);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for numbers like 1e400
        return bad(std::string("malformed JSON: ") + e.what());
    }
}

}  // namespace crm::sync
