#pragma once
// Initial sync of a rep's whole book into an empty replica, beside the raw floor.

#include <string>

namespace crm::bench {

/// Signs `login` in on a fresh replica in `dir`, syncs and prints the time; then prints the raw
/// floor: the same rows read from PostgreSQL and bulk-inserted into SQLite in one transaction.
void run_initial_sync_bench(const std::string& conninfo, const std::string& server_url, const std::string& login,
                            const std::string& dir);

}  // namespace crm::bench
