#include "crm/sync/replica.h"

#include "crm/shared/formats.h"
#include "crm/shared/validation.h"
#include "crm/sync/hlc.h"
#include "crm/sync/sqlite_db.h"
#include "replica_json.h"
#include "replica_schema.h"

#include <sodium.h>

#include <chrono>

namespace crm::sync {
namespace {

using nlohmann::json;

ReplicaEnv complete(ReplicaEnv env) {
    if (!env.now_ms)
        env.now_ms = [] {
            return std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                .count();
        };
    if (!env.new_uuid)
        env.new_uuid = [] {
            std::array<std::uint8_t, 16> bytes{};
            randombytes_buf(bytes.data(), bytes.size());
            return uuid_from_bytes(bytes);
        };
    return env;
}

/// The field that records who created a record of this entity, filled with the signed-in user.
std::string author_field(const EntitySpec& spec) {
    return spec.owner_field.empty() ? spec.actor_field : spec.owner_field;
}

}  // namespace

Result<std::unique_ptr<Replica>> Replica::open(const std::string& path, ReplicaEnv env) {
    if (sodium_init() < 0) return Error{"internal", "libsodium failed to initialise"};
    try {
        auto db = std::make_unique<SqliteDb>(path);
        if (auto status = migrate_replica_schema(*db); !status) return status.error();
        return std::unique_ptr<Replica>(new Replica(path, std::move(db), complete(std::move(env))));
    } catch (const SqliteError& e) {
        return Error{"bad_replica", "cannot use " + path + " as a replica: " + e.what()};
    }
}

Replica::Replica(std::string path, std::unique_ptr<SqliteDb> db, ReplicaEnv env)
    : path_(std::move(path)), db_(std::move(db)), env_(std::move(env)) {}

Replica::~Replica() = default;

std::string Replica::meta(const std::string& key, const std::string& fallback) {
    return db_->scalar_text("SELECT value FROM meta WHERE key=?", key).value_or(fallback);
}

void Replica::set_meta(const std::string& key, const std::string& value) {
    db_->prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").bind(1, key).bind(2, value).run();
}

std::string Replica::device_id() {
    std::string id = meta("device_id");
    if (id.empty()) {
        id = env_.new_uuid();
        db_->prepare("INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', ?)").bind(1, id).run();
        id = meta("device_id");
    }
    return id;
}

Status Replica::renew_device_id() {
    if (pending_count() > 0)
        return Error{"pending_changes", "this device holds " + std::to_string(pending_count()) +
                                            " unsynced changes of another user; sync them first"};
    db_->prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('device_id', ?)").bind(1, env_.new_uuid()).run();
    return ok_status();
}

std::optional<Session> Replica::session() {
    const std::string text = meta("session");
    if (text.empty()) return std::nullopt;
    const json j = json::parse(text);
    auto user = decode_user_info(j.at("user"));
    if (!user) return std::nullopt;
    return Session{j.value("server_url", ""), j.value("token", ""), *user, j.value("ca_file", "")};
}

void Replica::set_session(const Session& s) {
    set_meta("session", json{{"server_url", s.server_url}, {"token", s.token}, {"user", to_json(s.user)}, {"ca_file", s.ca_file}}
                            .dump());
}

void Replica::wipe() {
    Transaction tx(*db_);
    // device_id and next_seq survive: the server keys idempotency on (device, seq).
    db_->exec("DELETE FROM server_record; DELETE FROM local_record; DELETE FROM outbox; DELETE FROM sync_issue;"
              "DELETE FROM meta WHERE key IN ('session', 'cursor', 'last_sync_at', 'last_sync_result') "
              "OR key LIKE 'doc:%';");
    tx.commit();
}

std::optional<json> Replica::document(const std::string& key) {
    const std::string text = meta("doc:" + key);
    if (text.empty()) return std::nullopt;
    auto value = json::parse(text, nullptr, false);
    if (value.is_discarded()) return std::nullopt;
    return value;
}

void Replica::set_document(const std::string& key, const json& value) { set_meta("doc:" + key, value.dump()); }

std::string Replica::next_hlc() {
    HybridClock clock(device_id(), parse_hlc(meta("hlc_last")).value_or(HlcTime{}));
    const std::string stamp = clock.now(env_.now_ms()).encode();
    set_meta("hlc_last", stamp);
    return stamp;
}

std::int64_t Replica::next_seq() {
    const std::int64_t seq = std::stoll(meta("next_seq", "1"));
    set_meta("next_seq", std::to_string(seq + 1));
    return seq;
}

void Replica::append_outbox(const std::string& entity, const std::string& id, MutationOp op, const json& fields,
                            const std::map<std::string, std::int64_t>& base_versions) {
    db_->prepare("INSERT INTO outbox (seq, entity, record_id, op, fields, base_versions, hlc, created_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, next_seq())
        .bind(2, entity)
        .bind(3, id)
        .bind(4, std::string(to_string(op)))
        .bind(5, fields.dump())
        .bind(6, json(base_versions).dump())
        .bind(7, next_hlc())
        .bind(8, format_timestamp_ms(env_.now_ms()))
        .run();
}

Status Replica::check_parent(const EntitySpec& spec, const json& fields) {
    if (spec.parents.empty()) return ok_status();
    for (const auto& parent : spec.parents) {
        auto it = fields.find(parent.field);
        if (it == fields.end() || it->is_null()) continue;
        if (!find(parent.entity, it->get<std::string>()))
            return Error{"invalid", spec.name + ": " + parent.field + " refers to no " + parent.entity + " on this device"};
        return ok_status();
    }
    std::string names;
    for (const auto& parent : spec.parents) names += (names.empty() ? "" : " or ") + parent.field;
    return Error{"invalid", spec.name + ": " + names + " is required"};
}

Result<std::string> Replica::create(const std::string& entity, json fields) {
    const EntitySpec* spec = find_entity(entity);
    if (!spec) return Error{"invalid", "unknown entity '" + entity + "'"};
    if (!fields.is_object()) return Error{"invalid", entity + ": fields must be a JSON object"};
    auto current = session();
    if (!current) return Error{"signed_out", "sign in once before recording data on this device"};
    const std::string now = format_timestamp_ms(env_.now_ms());
    if (!fields.contains("id")) fields["id"] = env_.new_uuid();
    if (const auto author = author_field(*spec); !author.empty() && !fields.contains(author))
        fields[author] = current->user.id;
    if (!spec->actor_time_field.empty() && !fields.contains(spec->actor_time_field)) fields[spec->actor_time_field] = now;
    if (!fields.contains("created_at")) fields["created_at"] = now;
    if (!fields.contains("updated_at")) fields["updated_at"] = now;
    if (auto status = validate_fields(*spec, fields, ValidationMode::create); !status) return status.error();
    strip_nulls(fields);
    const std::string id = fields["id"];
    if (find(entity, id)) return Error{"conflict", entity + " " + id + " already exists"};
    if (auto status = check_parent(*spec, fields); !status) return status.error();

    Transaction tx(*db_);
    json body = fields;
    body.erase("id");
    append_outbox(entity, id, MutationOp::create, body, {});
    rebase(entity, id);
    tx.commit();
    return id;
}

Status Replica::update(const std::string& entity, const std::string& id, const json& fields) {
    const EntitySpec* spec = find_entity(entity);
    if (!spec) return Error{"invalid", "unknown entity '" + entity + "'"};
    if (!fields.is_object()) return Error{"invalid", entity + ": fields must be a JSON object"};
    if (fields.contains("id") || fields.contains("created_at"))
        return Error{"invalid", entity + ": id and created_at cannot change"};
    if (auto status = validate_fields(*spec, fields, ValidationMode::update); !status) return status.error();
    auto current = find(entity, id);
    if (!current) return Error{"not_found", "no " + entity + " " + id + " on this device"};

    json changed = json::object();
    for (const auto& [name, value] : fields.items()) {
        const auto it = current->find(name);
        const bool same = it == current->end() ? value.is_null() : *it == value;
        if (!same) changed[name] = value;
    }
    if (changed.empty()) return ok_status();
    auto parent_view = *current;
    parent_view.update(changed);
    strip_nulls(parent_view);
    if (auto status = check_parent(*spec, parent_view); !status) return status.error();

    const auto base_versions = load_base_versions(*db_, entity, id, changed);
    Transaction tx(*db_);
    append_outbox(entity, id, MutationOp::update, changed, base_versions);
    rebase(entity, id);
    tx.commit();
    return ok_status();
}

Status Replica::remove(const std::string& entity, const std::string& id) {
    if (!find_entity(entity)) return Error{"invalid", "unknown entity '" + entity + "'"};
    if (!find(entity, id)) return Error{"not_found", "no " + entity + " " + id + " on this device"};
    Transaction tx(*db_);
    append_outbox(entity, id, MutationOp::remove, json::object(), {});
    rebase(entity, id);
    tx.commit();
    return ok_status();
}

std::optional<json> Replica::find(const std::string& entity, const std::string& id) {
    auto lease = db_->cached("SELECT data FROM local_record WHERE entity=? AND id=? AND deleted=0");
    Statement& st = *lease;
    st.bind(1, entity).bind(2, id);
    if (!st.step()) return std::nullopt;
    return json::parse(st.text(0));
}

std::vector<json> Replica::list(const std::string& entity) {
    std::vector<json> out;
    auto st = db_->prepare("SELECT data FROM local_record WHERE entity=? AND deleted=0 ORDER BY id");
    st.bind(1, entity);
    while (st.step()) out.push_back(json::parse(st.text(0)));
    return out;
}

std::vector<json> Replica::list_where(const std::string& entity, const std::string& field, const std::string& value) {
    std::vector<json> out;
    auto st = db_->prepare(
        "SELECT data FROM local_record WHERE entity=? AND deleted=0 AND json_extract(data, ?) = ? ORDER BY id");
    st.bind(1, entity).bind(2, "$." + field).bind(3, value);
    while (st.step()) out.push_back(json::parse(st.text(0)));
    return out;
}

bool Replica::is_pending(const std::string& entity, const std::string& id) {
    auto lease = db_->cached("SELECT 1 FROM outbox WHERE entity=? AND record_id=? LIMIT 1");
    Statement& st = *lease;
    st.bind(1, entity).bind(2, id);
    return st.step();
}

std::set<std::string> Replica::pending_ids(const std::string& entity) {
    std::set<std::string> ids;
    auto st = db_->prepare("SELECT id FROM local_record WHERE entity=? AND pending=1");
    st.bind(1, entity);
    while (st.step()) ids.insert(st.text(0));
    return ids;
}

json Replica::dump() {
    json out = json::object();
    for (const auto& spec : all_entities()) out[spec.name] = list(spec.name);
    return out;
}

}  // namespace crm::sync
