#pragma once
// crm-admin leads import, duplicates, merge, unmerge, merges: headquarters' lead cleaning.

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace crm::server::admin {

/// Registers the verbs on crm-admin's command line.
void add_leads_verbs(CLI::App& app, std::string& db, std::function<void()>& action);

}  // namespace crm::server::admin
