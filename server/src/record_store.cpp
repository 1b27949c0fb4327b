#include "record_store.h"

#include "crm/server/record_codec.h"

namespace crm::server {
namespace {

std::string table(const EntitySpec& entity) { return "\"" + entity.name + "\""; }

std::map<std::string, sync::FieldStamp> parse_stamps(const std::string& text) {
    std::map<std::string, sync::FieldStamp> stamps;
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) return stamps;
    for (const auto& [field, stamp] : j.items()) {
        if (!stamp.is_object()) continue;
        stamps[field] = sync::FieldStamp{stamp.value("v", std::int64_t{0}), stamp.value("h", std::string())};
    }
    return stamps;
}

}  // namespace

std::optional<StoredRecord> load_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity,
                                        const std::string& id, bool lock) {
    auto rows = tx.exec("SELECT " + record_select_list(entity) +
                            ", t.deleted, t.scope_owner_id::text, t.field_stamps::text FROM " + table(entity) +
                            " t WHERE t.company_id = $1 AND t.id = $2::uuid" + (lock ? " FOR UPDATE" : ""),
                        {std::to_string(company), id});
    if (rows.rows() == 0) return std::nullopt;
    const int col = record_column_count(entity);
    StoredRecord stored;
    stored.record = record_from_row(entity, rows, 0);
    stored.deleted = rows.text(0, col) == "t";
    stored.scope_owner = rows.opt(0, col + 1);
    stored.stamps = parse_stamps(rows.text(0, col + 2));
    return stored;
}

bool record_exists(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id) {
    return tx.exec("SELECT 1 FROM " + table(entity) + " WHERE company_id = $1 AND id = $2::uuid",
                   {std::to_string(company), id})
               .rows() > 0;
}

std::int64_t next_seq(PgTransaction& tx) { return std::stoll(tx.exec("SELECT nextval('change_seq')").text(0, 0)); }

nlohmann::json make_stamps(const std::vector<std::string>& fields, std::int64_t seq, const std::string& hlc) {
    nlohmann::json stamps = nlohmann::json::object();
    for (const auto& f : fields) stamps[f] = {{"v", seq}, {"h", hlc}};
    return stamps;
}

void insert_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                   const nlohmann::json& fields, std::int64_t seq, const std::optional<std::string>& scope_owner,
                   const nlohmann::json& stamps) {
    std::string columns = "company_id, id, seq, scope_owner_id, field_stamps, created_at, updated_at";
    std::string values = "$1, $2::uuid, $3::bigint, $4::uuid, $5::jsonb, $6::timestamptz, $7::timestamptz";
    PgParams params{std::to_string(company), id, std::to_string(seq), scope_owner, stamps.dump(),
                    fields.at(std::string(kCreatedAtField)).get<std::string>(),
                    fields.at(std::string(kUpdatedAtField)).get<std::string>()};
    for (const auto& spec : entity.fields) {
        auto it = fields.find(spec.name);
        if (it == fields.end() || it->is_null()) continue;
        params.push_back(param_value(spec, *it));
        columns += ", \"" + spec.name + "\"";
        values += ", " + param_expression(spec, static_cast<int>(params.size()));
    }
    tx.exec("INSERT INTO " + table(entity) + " (" + columns + ") VALUES (" + values + ")", params);
}

void update_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                   const nlohmann::json& fields, const std::vector<std::string>& names, const std::string& updated_at,
                   std::int64_t seq, const nlohmann::json& stamps) {
    PgParams params{std::to_string(company), id, std::to_string(seq), stamps.dump(), updated_at};
    std::string sets = "seq = $3::bigint, field_stamps = field_stamps || $4::jsonb, updated_at = $5::timestamptz";
    for (const auto& name : names) {
        const FieldSpec* spec = entity.field(name);
        if (!spec) continue;
        params.push_back(param_value(*spec, fields.at(name)));
        sets += ", \"" + name + "\" = " + param_expression(*spec, static_cast<int>(params.size()));
    }
    tx.exec("UPDATE " + table(entity) + " SET " + sets + " WHERE company_id = $1 AND id = $2::uuid", params);
}

void set_scope_owner(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                     const std::optional<std::string>& scope_owner) {
    tx.exec("UPDATE " + table(entity) + " SET scope_owner_id = $3::uuid WHERE company_id = $1 AND id = $2::uuid",
            {std::to_string(company), id, scope_owner});
}

void tombstone_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id,
                      std::int64_t seq) {
    tx.exec("UPDATE " + table(entity) +
                " SET deleted = true, seq = $3::bigint, updated_at = now() WHERE company_id = $1 AND id = $2::uuid",
            {std::to_string(company), id, std::to_string(seq)});
}

void log_conflict(PgTransaction& tx, std::int64_t company, const std::string& device_id, const std::string& user_id,
                  const ConflictEntry& e) {
    tx.exec(
        "INSERT INTO sync_conflict (company_id, entity, record_id, field, losing_value, winning_value, losing_hlc, "
        "winning_hlc, device_id, user_id) VALUES ($1, $2, $3::uuid, $4, $5::jsonb, $6::jsonb, $7, $8, $9::uuid, "
        "$10::uuid)",
        {std::to_string(company), e.entity, e.record_id, e.field, e.losing_value.dump(), e.winning_value.dump(),
         e.losing_hlc, e.winning_hlc, device_id, user_id});
}

}  // namespace crm::server
