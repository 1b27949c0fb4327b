#pragma once
#include <string>
// crm-sync watch: stay connected to the live-poke channel and sync after every poke.

#include "crm/sync/replica.h"

#include <CLI/CLI.hpp>

namespace crm::sync {

/// Options of `watch`.
struct WatchOptions {
    bool once = false;  ///< exit 0 after the first poke-triggered sync
    int timeout_seconds = 0;  ///< exit 4 when no poke arrives for this long (0: wait forever)
    std::string ca_file;      ///< `--ca` of this run (empty: the session's)
};

/// Adds the `watch` verb to `app`; its options land in `options`.
CLI::App* add_watch_command(CLI::App& app, WatchOptions& options);

/// Runs `watch` on a signed-in replica; returns the process exit code. Exits 0 on SIGINT/SIGTERM.
int run_watch(Replica& replica, const WatchOptions& options);

}  // namespace crm::sync
