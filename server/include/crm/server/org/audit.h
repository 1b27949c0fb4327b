#pragma once
// The audit log of management actions (audit_log, migration 0007).

#include "crm/server/db/pg.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace crm::server {

/// One management action. An empty actor_id means crm-admin on the server.
struct AuditEntry {
    std::string actor_id;
    std::string actor_login = "crm-admin";
    std::string device_id;
    std::string action;  ///< dotted verb, e.g. "customer.reassign", "revision.approve", "user.deactivate"
    std::string entity;
    std::string record_id;
    nlohmann::json details = nlohmann::json::object();
};

/// Appends `entry` inside the caller's transaction, so the action and its record commit together.
void record_audit(PgConnection& tx_conn, std::int64_t company, const AuditEntry& entry);

/// What list_audit returns; every filter is optional ("" / 0 = any).
struct AuditFilter {
    std::string since;       ///< ISO date or timestamp, inclusive
    std::string until;       ///< ISO date or timestamp, exclusive
    std::string actor_login;
    std::string action;      ///< exact action, or a prefix ending in '.' ("revision.")
    std::string record_id;
    int limit = 100;
};

struct AuditRow {
    std::int64_t id = 0;
    std::string at;  ///< ISO 8601 UTC
    AuditEntry entry;
};

/// Newest first. Throws PgError{other} with PostgreSQL's message for an unreadable date.
std::vector<AuditRow> list_audit(PgConnection& conn, std::int64_t company, const AuditFilter& filter);

nlohmann::json to_json(const AuditRow& row);

}  // namespace crm::server
