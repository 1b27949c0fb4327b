#pragma once
// crm-admin audit: the audit log of management actions, newest first.

#include "crm/server/org/audit.h"

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <string>

namespace crm::server::admin {

/// Prints the entries matching `filter`: one line each (time, actor, device, action, record,
/// details), or with `as_json` one JSON document {"entries": [...]}.
void audit_cmd(const std::string& db, const AuditFilter& filter, bool as_json, std::ostream& out);

/// Registers the verb on crm-admin's command line.
void add_audit_verb(CLI::App& app, std::string& db, std::function<void()>& action);

}  // namespace crm::server::admin
