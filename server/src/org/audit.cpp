#include "crm/server/org/audit.h"

#include "crm/server/auth/devices.h"

namespace crm::server {

void record_audit(PgConnection& tx_conn, std::int64_t company, const AuditEntry& entry) {
    tx_conn.exec(
        "INSERT INTO audit_log (company_id, actor_id, actor_login, device_id, action, entity, record_id, details) "
        "VALUES ($1, $2::uuid, $3, $4, $5, $6, $7, $8::jsonb)",
        {std::to_string(company), entry.actor_id.empty() ? PgParam() : PgParam(entry.actor_id), entry.actor_login,
         entry.device_id, entry.action, entry.entity, entry.record_id, entry.details.dump()});
}

std::vector<AuditRow> list_audit(PgConnection& conn, std::int64_t company, const AuditFilter& filter) {
    auto opt = [](const std::string& s) { return s.empty() ? PgParam() : PgParam(s); };
    const bool prefix = !filter.action.empty() && filter.action.back() == '.';
    auto rows = conn.exec(
        "SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), coalesce(actor_id::text, ''), "
        "actor_login, device_id, action, entity, record_id, details::text FROM audit_log "
        "WHERE company_id = $1 AND ($2::timestamptz IS NULL OR at >= $2::timestamptz) "
        "AND ($3::timestamptz IS NULL OR at < $3::timestamptz) AND ($4::text IS NULL OR actor_login = $4) "
        "AND ($5::text IS NULL OR (CASE WHEN $6 THEN starts_with(action, $5) ELSE action = $5 END)) "
        "AND ($7::text IS NULL OR record_id = $7) ORDER BY id DESC LIMIT $8",
        {std::to_string(company), opt(filter.since), opt(filter.until), opt(filter.actor_login), opt(filter.action),
         prefix ? "true" : "false", opt(filter.record_id), std::to_string(filter.limit > 0 ? filter.limit : 100)});
    std::vector<AuditRow> out;
    for (int r = 0; r < rows.rows(); ++r) {
        AuditRow row;
        row.id = std::stoll(rows.text(r, 0));
        row.at = rows.text(r, 1);
        row.entry = AuditEntry{rows.text(r, 2), rows.text(r, 3), rows.text(r, 4),  rows.text(r, 5),
                               rows.text(r, 6), rows.text(r, 7), nlohmann::json::parse(rows.text(r, 8))};
        out.push_back(std::move(row));
    }
    return out;
}

nlohmann::json to_json(const AuditRow& row) {
    return {{"id", row.id},
            {"at", row.at},
            {"actor_id", row.entry.actor_id.empty() ? nlohmann::json() : nlohmann::json(row.entry.actor_id)},
            {"actor_login", row.entry.actor_login},
            {"device", device_label(row.entry.device_id)},
            {"action", row.entry.action},
            {"entity", row.entry.entity},
            {"record_id", row.entry.record_id},
            {"details", row.entry.details}};
}

}  // namespace crm::server
