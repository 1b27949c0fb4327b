#include "crm/server/leads/merge.h"

#include "crm/server/db/ids.h"
#include "crm/server/db/change_notice.h"
#include "crm/server/org/reassign.h"
#include "crm/shared/entity_schema.h"
#include "crm/shared/formats.h"

#include <set>

namespace crm::server {
namespace {

using nlohmann::json;

/// A column of another table that may point at a lead or a customer.
struct Reference {
    std::string table;
    std::string column;
    std::string condition;  ///< extra SQL condition over the table's columns ("" = none)
};

/// Every column that may point at a record of `entity`, from the entity schema's references.
std::vector<Reference> merge_references(const std::string& entity) {
    std::vector<Reference> refs;
    for (const auto& r : crm::references_to(entity)) {
        std::string condition;
        if (r.field->references.empty()) condition = r.field->references_entity_in + " = '" + entity + "'";
        refs.push_back({r.entity->name, r.field->name, std::move(condition)});
    }
    return refs;
}

std::string quoted(const std::string& name) { return "\"" + name + "\""; }

/// SQL that is true when `column` decides the scope of a row of `table` (its scope follows
/// that parent: no earlier parent reference is set); "false" for owned entities.
std::string decides_scope(const EntitySpec& table, const std::string& column) {
    if (!table.owner_field.empty()) return "false";
    std::string cond = "true";
    for (const auto& parent : table.parents) {
        if (parent.field == column) return cond;
        cond += " AND t." + quoted(parent.field) + " IS NULL";
    }
    return "false";
}

/// Re-points `ref` from `from` to `to` on its live rows (only `only_ids` when given, never
/// `excluded`), each with a new seq and a stamp; rows whose scope follows the reference take
/// `to_scope`, the moves logged and cascaded. Returns the moved ids.
std::vector<std::string> repoint(PgTransaction& tx, std::int64_t company, const Reference& ref, const std::string& from,
                                 const std::string& to, const std::optional<std::string>& to_scope,
                                 const std::vector<std::string>& excluded, const std::vector<std::string>* only_ids,
                                 const std::string& hlc, std::set<std::string>& owners) {
    const EntitySpec& spec = *find_entity(ref.table);
    PgParams params{std::to_string(company), from, to, hlc, to_scope, ref.column, pg_text_array(excluded)};
    std::string where = "company_id = $1 AND " + quoted(ref.column) + " = $2::uuid AND NOT deleted AND NOT (id = ANY($7::uuid[]))";
    if (!ref.condition.empty()) where += " AND " + ref.condition;
    if (only_ids) {
        params.push_back(pg_text_array(*only_ids));
        where += " AND id = ANY($8::uuid[])";
    }
    auto rows = tx.exec("WITH s AS (SELECT id, scope_owner_id AS old_owner, nextval('change_seq') AS n FROM " +
                            quoted(ref.table) + " WHERE " + where + " ORDER BY id) UPDATE " + quoted(ref.table) +
                            " t SET " + quoted(ref.column) + " = $3::uuid, seq = s.n, "
                            "field_stamps = t.field_stamps || jsonb_build_object($6::text, jsonb_build_object('v', s.n, 'h', $4::text)), "
                            "scope_owner_id = CASE WHEN " + decides_scope(spec, ref.column) +
                            " THEN $5::uuid ELSE t.scope_owner_id END FROM s WHERE t.company_id = $1 AND t.id = s.id "
                            "RETURNING t.id::text, s.n, s.old_owner::text, t.scope_owner_id::text",
                        params);
    std::vector<std::string> ids;
    for (int r = 0; r < rows.rows(); ++r) {
        ids.push_back(rows.text(r, 0));
        const auto old_owner = rows.opt(r, 2), new_owner = rows.opt(r, 3);
        if (old_owner) owners.insert(*old_owner);
        if (new_owner) owners.insert(*new_owner);
        if (old_owner == new_owner) continue;
        record_scope_change(tx, company, ref.table, rows.text(r, 0), old_owner, new_owner, std::stoll(rows.text(r, 1)));
        const auto moves = cascade_scope(tx, company, spec, rows.text(r, 0), new_owner);
        owners.insert(moves.old_owners.begin(), moves.old_owners.end());
    }
    return ids;
}

/// id -> the row as to_jsonb (internal columns included) of these records.
std::map<std::string, json> load_rows(PgTransaction& tx, std::int64_t company, const std::string& entity,
                                      const std::vector<std::string>& ids) {
    auto rows = tx.exec("SELECT id::text, to_jsonb(t)::text FROM " + quoted(entity) +
                            " t WHERE company_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE",
                        {std::to_string(company), pg_text_array(ids)});
    std::map<std::string, json> out;
    for (int r = 0; r < rows.rows(); ++r) out[rows.text(r, 0)] = json::parse(rows.text(r, 1));
    return out;
}

bool empty_value(const json& v) {
    return v.is_null() || (v.is_string() && v.get<std::string>().empty()) || (v.is_array() && v.empty());
}

/// The fields a merge may fill on the survivor: business fields but owner, duplicate_of and
/// the ones only the server computes.
std::vector<std::string> fillable_fields(const EntitySpec& spec) {
    std::vector<std::string> out;
    for (const auto& f : spec.fields)
        if (f.name != spec.owner_field && f.name != "duplicate_of" && !f.server_set && !f.required) out.push_back(f.name);
    return out;
}

void lock_company(PgTransaction& tx, std::int64_t company) {
    tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(company)});
}

void notify_owners(PgTransaction& tx, std::int64_t company, const std::set<std::string>& owners) {
    const auto seq = std::stoll(tx.exec("SELECT last_value FROM change_seq").text(0, 0));
    notify_change(tx, ChangeNotice{company, seq, std::vector<std::string>(owners.begin(), owners.end())});
}

Status check_request(const MergeRequest& request) {
    if (request.entity != "lead" && request.entity != "customer")
        return Error{"bad_request", "entity must be lead or customer"};
    if (!is_uuid(request.survivor_id)) return Error{"bad_request", "survivor_id must be a UUID"};
    if (request.duplicate_ids.empty() || request.duplicate_ids.size() > 50)
        return Error{"bad_request", "duplicate_ids must list 1 to 50 ids"};
    std::set<std::string> seen;
    for (const auto& id : request.duplicate_ids) {
        if (!is_uuid(id)) return Error{"bad_request", "duplicate_ids must be UUIDs, not '" + id + "'"};
        if (id == request.survivor_id) return Error{"bad_request", "the survivor cannot be one of its duplicates"};
        if (!seen.insert(id).second) return Error{"bad_request", "duplicate id " + id + " is listed twice"};
    }
    return ok_status();
}

std::optional<std::string> scope_of(const json& row) {
    const auto& s = row["scope_owner_id"];
    return s.is_string() ? std::optional<std::string>(s.get<std::string>()) : std::nullopt;
}

/// Gives the record a new seq with stamps for `fields` and updated_at (default now); returns the seq.
std::int64_t bump(PgTransaction& tx, std::int64_t company, const std::string& entity, const std::string& id,
                  const std::vector<std::string>& fields, const std::string& hlc, const PgParam& updated_at = {}) {
    return std::stoll(tx.exec("UPDATE " + quoted(entity) +
                                  " t SET seq = s.n, updated_at = coalesce($5::timestamptz, now()), field_stamps = t.field_stamps || "
                                  "(SELECT coalesce(jsonb_object_agg(f, jsonb_build_object('v', s.n, 'h', $4::text)), "
                                  "'{}'::jsonb) FROM unnest($3::text[]) f) FROM (SELECT nextval('change_seq') AS n) s "
                                  "WHERE t.company_id = $1 AND t.id = $2::uuid RETURNING t.seq",
                              {std::to_string(company), id, pg_text_array(fields), hlc, updated_at})
                          .text(0, 0));
}

}  // namespace

Result<MergeReport> merge_records(PgConnection& conn, std::int64_t company, const MergeRequest& request,
                                  const Acting& by) {
    if (auto ok = check_request(request); !ok) return ok.error();
    const EntitySpec& spec = *find_entity(request.entity);
    PgTransaction tx(conn);
    lock_company(tx, company);
    std::vector<std::string> all = request.duplicate_ids;
    all.push_back(request.survivor_id);
    auto rows = load_rows(tx, company, request.entity, all);
    for (const auto& id : all) {
        auto it = rows.find(id);
        if (it == rows.end() || it->second["deleted"].get<bool>() || !by.sees(scope_of(it->second)))
            return Error{"not_found", request.entity + " " + id + " not found"};
    }
    const std::string hlc = server_hlc(now_ms());
    const json& survivor = rows[request.survivor_id];
    std::set<std::string> owners;
    if (auto s = scope_of(survivor)) owners.insert(*s);

    json filled = json::array();
    MergeReport report;
    for (const auto& field : fillable_fields(spec)) {
        if (!empty_value(survivor[field])) continue;
        for (const auto& dup : request.duplicate_ids) {
            if (empty_value(rows[dup][field])) continue;
            tx.exec("UPDATE " + quoted(spec.name) + " t SET " + quoted(field) + " = d." + quoted(field) + " FROM " +
                        quoted(spec.name) + " d WHERE t.company_id = $1 AND t.id = $2::uuid AND d.company_id = $1 "
                        "AND d.id = $3::uuid",
                    {std::to_string(company), request.survivor_id, dup});
            filled.push_back({{"field", field}, {"from", dup}, {"value", rows[dup][field]}});
            report.filled_fields.push_back(field);
            break;
        }
    }
    json survivor_seq = nullptr;
    if (!report.filled_fields.empty())
        survivor_seq = bump(tx, company, spec.name, request.survivor_id, report.filled_fields, hlc);

    json moved = json::array();
    for (const auto& dup : request.duplicate_ids) {
        if (auto s = scope_of(rows[dup])) owners.insert(*s);
        for (const auto& ref : merge_references(spec.name))
            for (const auto& id : repoint(tx, company, ref, dup, request.survivor_id, scope_of(survivor), all, nullptr,
                                          hlc, owners))
                moved.push_back({{"table", ref.table}, {"column", ref.column}, {"id", id}, {"from", dup}});
        tx.exec("UPDATE " + quoted(spec.name) + " t SET deleted = true, seq = s.n, updated_at = now()" +
                    (spec.name == "lead" ? ", duplicate_of = $3::uuid, field_stamps = t.field_stamps || "
                                           "jsonb_build_object('duplicate_of', jsonb_build_object('v', s.n, 'h', $4::text))"
                                         : std::string()) +
                    " FROM (SELECT nextval('change_seq') AS n) s WHERE t.company_id = $1 AND t.id = $2::uuid",
                spec.name == "lead" ? PgParams{std::to_string(company), dup, request.survivor_id, hlc}
                                    : PgParams{std::to_string(company), dup});
    }
    report.moved = static_cast<long>(moved.size());
    json duplicates = json::array();
    for (const auto& dup : request.duplicate_ids) duplicates.push_back(rows[dup]);
    const json undo = {{"survivor_seq", survivor_seq}, {"filled", filled},           {"moved", moved},
                       {"duplicates", duplicates},    {"survivor_before", survivor}};
    report.merge_id = std::stoll(
        tx.exec("INSERT INTO merge_log (company_id, entity, survivor_id, duplicate_ids, actor_id, actor_login, undo) "
                "VALUES ($1, $2, $3::uuid, $4::uuid[], $5::uuid, $6, $7::jsonb) RETURNING id",
                {std::to_string(company), spec.name, request.survivor_id, pg_text_array(request.duplicate_ids),
                 by.audit.actor_id.empty() ? PgParam() : PgParam(by.audit.actor_id), by.audit.actor_login, undo.dump()})
            .text(0, 0));
    AuditEntry entry = by.audit;
    entry.action = spec.name + ".merge";
    entry.entity = spec.name;
    entry.record_id = request.survivor_id;
    entry.details = {{"merge_id", report.merge_id},
                     {"duplicates", request.duplicate_ids},
                     {"filled", report.filled_fields},
                     {"moved", report.moved}};
    record_audit(tx.connection(), company, entry);
    notify_owners(tx, company, owners);
    tx.commit();
    return report;
}

Result<UndoReport> undo_merge(PgConnection& conn, std::int64_t company, std::int64_t merge_id, const Acting& by) {
    PgTransaction tx(conn);
    lock_company(tx, company);
    auto found = tx.exec("SELECT entity, survivor_id::text, undo::text, undone_at IS NOT NULL FROM merge_log "
                         "WHERE company_id = $1 AND id = $2 FOR UPDATE",
                         {std::to_string(company), std::to_string(merge_id)});
    if (found.rows() == 0) return Error{"not_found", "merge " + std::to_string(merge_id) + " not found"};
    const std::string entity = found.text(0, 0), survivor_id = found.text(0, 1);
    const json undo = json::parse(found.text(0, 2));
    if (found.text(0, 3) == "t") return Error{"conflict", "merge " + std::to_string(merge_id) + " is already undone"};
    std::vector<std::string> all{survivor_id};
    for (const auto& d : undo["duplicates"]) all.push_back(d["id"].get<std::string>());
    auto rows = load_rows(tx, company, entity, all);
    for (const auto& id : all)
        if (!rows.count(id) || !by.sees(scope_of(rows[id])))
            return Error{"not_found", "merge " + std::to_string(merge_id) + " not found"};

    const std::string hlc = server_hlc(now_ms());
    std::set<std::string> owners;
    if (auto s = scope_of(rows[survivor_id])) owners.insert(*s);
    UndoReport report;
    for (const auto& before : undo["duplicates"]) {
        const std::string id = before["id"].get<std::string>();
        if (auto s = scope_of(rows[id])) owners.insert(*s);
        const bool lead = entity == "lead";
        report.duplicates_restored +=
            tx.exec("UPDATE " + quoted(entity) + " t SET deleted = false, seq = s.n, updated_at = $" +
                        (lead ? "5" : "3") + "::timestamptz" +
                        (lead ? ", duplicate_of = $3::uuid, field_stamps = t.field_stamps || "
                                "jsonb_build_object('duplicate_of', jsonb_build_object('v', s.n, 'h', $4::text))"
                              : std::string()) +
                        " FROM (SELECT nextval('change_seq') AS n) s WHERE t.company_id = $1 AND t.id = $2::uuid AND t.deleted",
                    lead ? PgParams{std::to_string(company), id,
                                    before["duplicate_of"].is_string() ? PgParam(before["duplicate_of"].get<std::string>())
                                                                       : PgParam(),
                                    hlc, before["updated_at"].get<std::string>()}
                         : PgParams{std::to_string(company), id, before["updated_at"].get<std::string>()})
                .affected();
    }
    // Moved references, grouped by (table, column, original duplicate).
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::string>> groups;
    for (const auto& m : undo["moved"])
        groups[{m["table"].get<std::string>(), m["column"].get<std::string>(), m["from"].get<std::string>()}].push_back(
            m["id"].get<std::string>());
    for (const auto& [key, ids] : groups) {
        const auto& [table, column, dup] = key;
        Reference ref{table, column, ""};
        for (const auto& r : merge_references(entity))
            if (r.table == table && r.column == column) ref = r;
        const auto back = repoint(tx, company, ref, survivor_id, dup, scope_of(rows[dup]), {}, &ids, hlc, owners);
        report.moved_back += static_cast<long>(back.size());
        const std::set<std::string> back_set(back.begin(), back.end());
        for (const auto& id : ids)
            if (!back_set.count(id)) report.kept.push_back({{"table", table}, {"id", id}});
    }
    // Filled fields go back to empty unless written since the merge (their stamp moved on).
    const json& stamps = rows[survivor_id]["field_stamps"];
    for (const auto& f : undo["filled"]) {
        const std::string field = f["field"].get<std::string>();
        const bool unchanged = stamps.contains(field) && stamps[field].value("v", json()) == undo["survivor_seq"];
        if (!unchanged) {
            report.fields_kept.push_back(field);
            continue;
        }
        tx.exec("UPDATE " + quoted(entity) + " SET " + quoted(field) + " = NULL WHERE company_id = $1 AND id = $2::uuid",
                {std::to_string(company), survivor_id});
        report.fields_restored.push_back(field);
    }
    if (!report.fields_restored.empty()) {
        // Untouched since the merge: its updated_at goes back too, so the undo leaves no trace.
        const bool untouched = report.fields_kept.empty() && rows[survivor_id]["seq"] == undo["survivor_seq"];
        bump(tx, company, entity, survivor_id, report.fields_restored, hlc,
             untouched ? PgParam(undo["survivor_before"]["updated_at"].get<std::string>()) : PgParam());
    }
    tx.exec("UPDATE merge_log SET undone_at = clock_timestamp(), undone_by = $3 WHERE company_id = $1 AND id = $2",
            {std::to_string(company), std::to_string(merge_id), by.audit.actor_login});
    AuditEntry entry = by.audit;
    entry.action = entity + ".unmerge";
    entry.entity = entity;
    entry.record_id = survivor_id;
    entry.details = to_json(report);
    entry.details["merge_id"] = merge_id;
    record_audit(tx.connection(), company, entry);
    notify_owners(tx, company, owners);
    tx.commit();
    return report;
}

nlohmann::json list_merges(PgConnection& conn, std::int64_t company, const Acting& by, int limit) {
    auto rows = conn.exec(
        "SELECT m.id, m.entity, m.survivor_id::text, array_to_json(m.duplicate_ids)::text, m.actor_login, "
        "to_char(m.merged_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
        "coalesce(to_char(m.undone_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), ''), "
        "coalesce(l.scope_owner_id, c.scope_owner_id)::text, coalesce(l.company_name, l.person_name, c.name, '') "
        "FROM merge_log m LEFT JOIN lead l ON m.entity = 'lead' AND l.company_id = m.company_id AND l.id = m.survivor_id "
        "LEFT JOIN customer c ON m.entity = 'customer' AND c.company_id = m.company_id AND c.id = m.survivor_id "
        "WHERE m.company_id = $1 ORDER BY m.id DESC LIMIT $2",
        {std::to_string(company), std::to_string(limit)});
    json out = json::array();
    for (int r = 0; r < rows.rows(); ++r) {
        if (!by.sees(rows.opt(r, 7))) continue;
        out.push_back({{"id", std::stoll(rows.text(r, 0))},
                       {"entity", rows.text(r, 1)},
                       {"survivor_id", rows.text(r, 2)},
                       {"survivor_label", rows.text(r, 8)},
                       {"duplicate_ids", json::parse(rows.text(r, 3))},
                       {"by", rows.text(r, 4)},
                       {"at", rows.text(r, 5)},
                       {"undone", !rows.text(r, 6).empty()},
                       {"undone_at", rows.text(r, 6).empty() ? json() : json(rows.text(r, 6))}});
    }
    return out;
}

nlohmann::json to_json(const MergeReport& report) {
    return {{"merge_id", report.merge_id}, {"filled_fields", report.filled_fields}, {"moved", report.moved}};
}

nlohmann::json to_json(const UndoReport& report) {
    return {{"duplicates_restored", report.duplicates_restored},
            {"moved_back", report.moved_back},
            {"kept", report.kept},
            {"fields_restored", report.fields_restored},
            {"fields_kept", report.fields_kept}};
}

}  // namespace crm::server
