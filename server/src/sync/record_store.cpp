#include "sync/record_store.h"

#include "crm/server/sync/record_codec.h"

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

/// Runs a statement the push runs often as a prepared one.
PgResult reused(PgTransaction& tx, std::string sql, PgParams params) {
    return tx.exec_pipeline({PgStatement{std::move(sql), std::move(params), true}}).front();
}

std::string stored_columns(const EntitySpec& entity) {
    return record_select_list(entity) + ", t.deleted, t.scope_owner_id::text, t.field_stamps::text";
}

StoredRecord stored_from_row(const EntitySpec& entity, const PgResult& rows, int r) {
    const int col = record_column_count(entity);
    StoredRecord stored;
    stored.record = record_from_row(entity, rows, r);
    stored.deleted = rows.text(r, col) == "t";
    stored.scope_owner = rows.opt(r, col + 1);
    stored.stamps = parse_stamps(rows.text(r, col + 2));
    return stored;
}

/// {field: {"v": s.v, "h": $hlc}} for the fields in text[] parameter $names.
std::string stamps_expression(int hlc, int names) {
    return "(SELECT coalesce(jsonb_object_agg(f, jsonb_build_object('v', s.v, 'h', $" + std::to_string(hlc) +
           "::text)), '{}'::jsonb) FROM unnest($" + std::to_string(names) + "::text[]) AS f)";
}

/// " FROM (SELECT <new seq> AS v) s": nextval inline, or the given seq as one more parameter.
std::string seq_from(PgParams& params, SeqSource seq) {
    if (!seq) return " FROM (SELECT nextval('change_seq') AS v) s";
    params.push_back(std::to_string(*seq));
    return " FROM (SELECT $" + std::to_string(params.size()) + "::bigint AS v) s";
}

}  // namespace

std::optional<StoredRecord> load_record(PgTransaction& tx, std::int64_t company, const EntitySpec& entity,
                                        const std::string& id, bool lock) {
    auto rows = reused(tx, "SELECT " + stored_columns(entity) + " FROM " + table(entity) +
                               " t WHERE t.company_id = $1 AND t.id = $2::uuid" + (lock ? " FOR UPDATE" : ""),
                       {std::to_string(company), id});
    if (rows.rows() == 0) return std::nullopt;
    return stored_from_row(entity, rows, 0);
}

PgStatement scopes_statement(std::int64_t company, const EntitySpec& entity, const std::vector<std::string>& ids) {
    // A customer's position comes along: every visit pushed on it is judged against it, and one
    // read per visit would break the push's pipeline into a round trip per visit.
    const bool positioned = entity.field("latitude") && entity.field("longitude");
    return {"SELECT t.id::text, t.deleted, t.scope_owner_id::text" +
                std::string(positioned ? ", t.latitude::text, t.longitude::text" : "") + " FROM " + table(entity) +
                " t WHERE t.company_id = $1 AND t.id = ANY($2::uuid[])",
            {std::to_string(company), pg_text_array(ids)}, true};
}

std::map<std::string, StoredRecord> scopes_from(const PgResult& rows) {
    std::map<std::string, StoredRecord> found;
    for (int r = 0; r < rows.rows(); ++r) {
        StoredRecord& stored = found[rows.text(r, 0)];
        stored.deleted = rows.text(r, 1) == "t";
        stored.scope_owner = rows.opt(r, 2);
        if (rows.columns() == 5 && !rows.is_null(r, 3) && !rows.is_null(r, 4))
            stored.position = GeoPoint{std::stod(rows.text(r, 3)), std::stod(rows.text(r, 4))};
    }
    return found;
}

std::int64_t next_seq(PgTransaction& tx) { return std::stoll(tx.exec("SELECT nextval('change_seq')").text(0, 0)); }

std::int64_t record_seq(PgTransaction& tx, std::int64_t company, const EntitySpec& entity, const std::string& id) {
    return std::stoll(tx.exec("SELECT seq FROM " + table(entity) + " WHERE company_id = $1 AND id = $2::uuid",
                              {std::to_string(company), id})
                          .text(0, 0));
}

PgStatement insert_record(std::int64_t company, const EntitySpec& entity, const std::string& id,
                          const nlohmann::json& fields, const std::optional<std::string>& scope_owner,
                          const std::vector<std::string>& stamped, const std::string& hlc, SeqSource seq) {
    std::string columns = "company_id, id, seq, scope_owner_id, field_stamps, created_at, updated_at";
    std::string values = "$1::bigint, $2::uuid, s.v, $3::uuid, " + stamps_expression(4, 5) +
                         ", $6::timestamptz, $7::timestamptz";
    PgParams params{std::to_string(company), id, scope_owner, hlc, pg_text_array(stamped),
                    fields.at(std::string(kCreatedAtField)).get<std::string>(),
                    fields.at(std::string(kUpdatedAtField)).get<std::string>()};
    for (const auto& spec : entity.fields) {
        auto it = fields.find(spec.name);
        if (it == fields.end() || it->is_null()) continue;
        params.push_back(param_value(spec, *it));
        columns += ", \"" + spec.name + "\"";
        values += ", " + param_expression(spec, static_cast<int>(params.size()));
    }
    const std::string from = seq_from(params, seq);
    return {"INSERT INTO " + table(entity) + " (" + columns + ") SELECT " + values + from, std::move(params)};
}

PgStatement update_record(std::int64_t company, const EntitySpec& entity, const std::string& id,
                          const nlohmann::json& fields, const std::vector<std::string>& names,
                          const std::string& updated_at, const std::string& hlc, SeqSource seq) {
    PgParams params{std::to_string(company), id, hlc, pg_text_array(names), updated_at};
    std::string sets = "seq = s.v, field_stamps = t.field_stamps || " + stamps_expression(3, 4) +
                       ", updated_at = $5::timestamptz";
    for (const auto& name : names) {
        const FieldSpec* spec = entity.field(name);
        if (!spec) continue;
        params.push_back(param_value(*spec, fields.at(name)));
        sets += ", \"" + name + "\" = " + param_expression(*spec, static_cast<int>(params.size()));
    }
    const std::string from = seq_from(params, seq);
    return {"UPDATE " + table(entity) + " t SET " + sets + from + " WHERE t.company_id = $1 AND t.id = $2::uuid",
            std::move(params)};
}

PgStatement set_scope_owner(std::int64_t company, const EntitySpec& entity, const std::string& id,
                            const std::optional<std::string>& scope_owner) {
    return {"UPDATE " + table(entity) + " SET scope_owner_id = $3::uuid WHERE company_id = $1 AND id = $2::uuid",
            {std::to_string(company), id, scope_owner}};
}

PgStatement tombstone_record(std::int64_t company, const EntitySpec& entity, const std::string& id, SeqSource seq) {
    PgParams params{std::to_string(company), id};
    const std::string from = seq_from(params, seq);
    return {"UPDATE " + table(entity) + " t SET deleted = true, seq = s.v, updated_at = now()" + from +
                " WHERE t.company_id = $1 AND t.id = $2::uuid",
            std::move(params)};
}

PgStatement log_conflict(std::int64_t company, const std::string& device_id, const std::string& user_id,
                         const ConflictEntry& e) {
    return {"INSERT INTO sync_conflict (company_id, entity, record_id, field, losing_value, winning_value, losing_hlc, "
            "winning_hlc, device_id, user_id) VALUES ($1, $2, $3::uuid, $4, $5::jsonb, $6::jsonb, $7, $8, $9::uuid, "
            "$10::uuid)",
            {std::to_string(company), e.entity, e.record_id, e.field, e.losing_value.dump(), e.winning_value.dump(),
             e.losing_hlc, e.winning_hlc, device_id, user_id}};
}

}  // namespace crm::server
