#include "scenario.h"

#include "crm/server/db/ids.h"
#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "crm/server/sync/sync_service.h"
#include "crm/shared/entity_schema.h"
#include "crm/sync/hlc.h"

#include <optional>
#include <stdexcept>

namespace crm::test {

using nlohmann::json;

std::string uuid() { return server::new_uuid(); }

json customer_fields(const std::string& name) {
    return {{"name", name}, {"kind", "company"}, {"lifecycle", "active"}, {"phone", "+86 21 5555 0000"}};
}

Company::Company() {
    server::PgConnection conn(db.conninfo());
    auto unit = [&](const char* name, const char* parent) {
        if (!server::add_unit(conn, server::kDefaultCompany, name, parent)) throw std::runtime_error("add_unit");
    };
    unit("Headquarters", "");
    unit("North Team", "Headquarters");
    unit("South Team", "Headquarters");
    const std::vector<std::vector<std::string>> users = {{"hq", "hq", "Headquarters"},
                                                         {"manager", "manager", "North Team"},
                                                         {"rep1", "rep", "North Team"},
                                                         {"rep2", "rep", "South Team"},
                                                         {"rep3", "rep", "North Team"}};
    for (const auto& u : users)
        if (!server::add_user(conn, server::kDefaultCompany, {u[0], u[1], u[2], u[0], "pw"}))
            throw std::runtime_error("add_user " + u[0]);
    server = std::make_unique<ServerProcess>(db.conninfo());
}

std::string Company::user_id(const std::string& login) const {
    return query("SELECT id::text FROM app_user WHERE login = '" + login + "'");
}

json Company::dump_as(const std::string& login) const {
    server::PgConnection conn(db.conninfo());
    auto dump = server::dump_as(conn, server::kDefaultCompany, login);
    if (!dump) throw std::runtime_error(dump.error().message);
    return *dump;
}

long Company::count(const std::string& table) const { return std::stol(query("SELECT count(*) FROM " + table)); }

std::string Company::query(const std::string& sql) const {
    server::PgConnection conn(db.conninfo());
    auto rows = conn.exec(sql);
    return rows.rows() ? rows.text(0, 0) : std::string();
}

json Company::fingerprint() const {
    return {{"dump", dump_as("hq")},
            {"applied_mutation", count("applied_mutation")},
            {"sync_rejection", count("sync_rejection")},
            {"sync_conflict", count("sync_conflict")},
            {"seq", query("SELECT last_value FROM change_seq")}};
}

Device::Device(const Company& company, const std::string& login, const std::string& device_id)
    : company_(company), device_id_(device_id.empty() ? uuid() : device_id) {
    const json body = {{"login", login}, {"password", "pw"}, {"device_id", device_id_}};
    auto r = api_request(company_.server->port(), "POST", "/v1/auth/login", body.dump());
    if (r.status != 200) throw std::runtime_error("login as " + login + " failed: " + r.body + r.error);
    token_ = json::parse(r.body)["token"].get<std::string>();
}

json Device::create(const std::string& entity, json fields, const std::string& id) {
    return {{"entity", entity}, {"id", id.empty() ? uuid() : id}, {"op", "create"}, {"fields", std::move(fields)}};
}

json Device::update(const std::string& entity, const std::string& id, json fields, json base_versions,
                    std::int64_t wall_ms) {
    return {{"entity", entity},         {"id", id},
            {"op", "update"},           {"fields", std::move(fields)},
            {"base_versions", std::move(base_versions)},
            {"hlc", sync::HlcTime{wall_ms, 0, device_id_}.encode()}};
}

RawResponse Device::push_raw(const json& body) {
    return api_request(company_.server->port(), "POST", "/v1/sync/push", body.dump(), token_);
}

json Device::push(std::vector<json> mutations) {
    for (auto& m : mutations)
        if (!m.contains("seq")) m["seq"] = next_seq_++;
    auto r = push_raw({{"device_id", device_id_}, {"mutations", mutations}});
    if (r.status != 200) throw std::runtime_error("push failed: " + std::to_string(r.status) + " " + r.body + r.error);
    return json::parse(r.body);
}

RawResponse Device::pull_raw(std::int64_t cursor, std::int64_t scope) const {
    std::string target = "/v1/sync/pull?cursor=" + std::to_string(cursor);
    if (scope >= 0) target += "&scope=" + std::to_string(scope);
    return api_request(company_.server->port(), "GET", target, "", token_);
}

json Device::pull_page(std::int64_t cursor, int limit) {
    std::string target = "/v1/sync/pull?cursor=" + std::to_string(cursor) + "&scope=" + std::to_string(scope_epoch);
    if (limit) target += "&limit=" + std::to_string(limit);
    auto r = api_request(company_.server->port(), "GET", target, "", token_);
    if (r.status != 200) throw std::runtime_error("pull failed: " + r.body + r.error);
    json page = json::parse(r.body);
    scope_epoch = page["scope_epoch"].get<std::int64_t>();
    return page;
}

std::vector<json> Device::pull_all(std::int64_t cursor, int limit) {
    std::vector<json> changes;
    for (;;) {
        const json page = pull_page(cursor, limit);
        for (const auto& c : page["changes"]) changes.push_back(c);
        cursor = page["cursor"].get<std::int64_t>();
        if (!page["has_more"].get<bool>()) break;
    }
    last_cursor = cursor;
    return changes;
}

void Replica::sync(int limit) {
    last_changes.clear();
    last_evictions.clear();
    last_reset = false;
    std::optional<std::set<std::string>> received;  // since a reset
    for (bool first = true;; first = false) {
        const json page = device_.pull_page(cursor, limit);
        if (page["reset"].get<bool>()) {
            received.emplace();
            last_reset = last_reset || first;
        }
        for (const auto& c : page["changes"]) {
            last_changes.push_back(c);
            const std::string entity = c["entity"], id = c["id"];
            if (received) received->insert(entity + "/" + id);
            if (c["deleted"].get<bool>()) records_[entity].erase(id);
            else records_[entity][id] = c["record"];
        }
        for (const auto& e : page["evictions"]) {
            last_evictions.push_back(e);
            records_[e["entity"].get<std::string>()].erase(e["id"].get<std::string>());
        }
        cursor = page["cursor"].get<std::int64_t>();
        if (!page["has_more"].get<bool>()) break;
    }
    if (!received) return;
    for (auto& [entity, table] : records_)
        std::erase_if(table, [&](const auto& entry) { return !received->count(entity + "/" + entry.first); });
}

json Replica::dump() const {
    json out = json::object();
    for (const auto& entity : all_entities()) {
        json records = json::array();
        if (auto it = records_.find(entity.name); it != records_.end())
            for (const auto& [id, record] : it->second) records.push_back(record);
        out[entity.name] = records;
    }
    return out;
}

bool Replica::has(const std::string& entity, const std::string& id) const {
    auto it = records_.find(entity);
    return it != records_.end() && it->second.count(id) > 0;
}

std::set<std::string> keys_of(const std::vector<json>& items) {
    std::set<std::string> keys;
    for (const auto& i : items) keys.insert(i["entity"].get<std::string>() + "/" + i["id"].get<std::string>());
    return keys;
}

}  // namespace crm::test
