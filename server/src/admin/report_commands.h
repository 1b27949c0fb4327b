#pragma once
// crm-admin report funnel|visits|lifecycle|targets, target set and customers score.

#include <CLI/CLI.hpp>

#include <functional>
#include <string>

namespace crm::server::admin {

/// Registers the verbs `report`, `target` and `customers` on crm-admin's command line.
void add_report_verbs(CLI::App& app, std::string& db, std::function<void()>& action);

}  // namespace crm::server::admin
