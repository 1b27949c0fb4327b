#pragma once
// crm-admin customer history: every value a customer's key fields (name, tax_id, credit_level)
// have had, oldest first, from the customer's revision records.

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <string>

namespace crm::server::admin {

/// Prints the customer's initial key-field values (at created_at; creation makes no revision)
/// and then one line per revision: time, field, status, who (login), device, value change and
/// decision. AdminError for an id that is not a UUID or no customer.
void customer_history_cmd(const std::string& db, const std::string& customer_id, std::ostream& out);

/// Registers `customer history` on crm-admin's command line.
void add_customer_verbs(CLI::App& app, std::string& db, std::function<void()>& action);

}  // namespace crm::server::admin
