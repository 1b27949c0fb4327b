#include "reset_command.h"

#include "crm/sync/replica.h"
#include "crm/sync/replica_file.h"

#include <filesystem>
#include <iostream>

namespace crm::sync {

CLI::App* add_reset_command(CLI::App& app, ResetOptions& options) {
    auto* reset = app.add_subcommand(
        "reset", "set the replica file aside (renamed, not deleted) so that login and sync start afresh; "
                 "for a file that cannot be opened");
    reset->add_flag("--force", options.force, "also when the replica opens and holds changes not yet synced");
    return reset;
}

int run_reset_command(const std::string& replica_path, const ResetOptions& options) {
    if (!std::filesystem::exists(replica_path)) {
        std::cerr << "crm-sync: there is no replica file " << replica_path << " (nothing to reset)\n";
        return 1;
    }
    {
        // A replica that opens is not broken: refuse to hide its unsynced changes unless told to.
        auto opened = Replica::open(replica_path);
        if (opened) {
            const auto pending = (*opened)->status().pending;
            if (pending > 0 && !options.force) {
                std::cerr << "crm-sync: " << replica_path << " opens and holds " << pending
                          << " change(s) not yet synced: run sync first, or reset --force to set them aside too\n";
                return 1;
            }
        }
    }
    auto aside = set_replica_aside(replica_path);
    if (!aside) {
        std::cerr << "crm-sync: " << aside.error().message << " (" << aside.error().code << ")\n";
        return 1;
    }
    std::cout << "moved " << replica_path << " to " << *aside
              << "\nsign in again (crm-sync login) and sync to fetch your data into a fresh replica\n";
    return 0;
}

}  // namespace crm::sync
