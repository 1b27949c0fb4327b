#pragma once
// crm-sync reset: sets a replica that cannot be used aside (see replica_file.h), so that
// `crm-sync login` and `sync` can fetch everything again into a fresh one.

#include <CLI/CLI.hpp>

#include <string>

namespace crm::sync {

struct ResetOptions {
    bool force = false;  ///< also when the replica opens and holds changes not yet synced
};

CLI::App* add_reset_command(CLI::App& app, ResetOptions& options);

/// Runs the command on the replica file; returns the exit code. Runs before the replica is
/// opened by main (a corrupt file could not be).
int run_reset_command(const std::string& replica_path, const ResetOptions& options);

}  // namespace crm::sync
