#pragma once
// The replica as a file: setting aside one that cannot be used (corrupt, another application's,
// or from a newer app), so that a fresh replica can be signed in and synced in its place.
// Nothing is deleted: the old file stays beside the new one for support to look at.

#include "crm/shared/result.h"

#include <string>

namespace crm::sync {

/// Renames `path` and its SQLite companions (-wal, -shm, -journal) to
/// `path.broken-YYYYMMDD-HHMMSS[-N]`; returns the new name of `path`, or Error{"not_found"}
/// when there is no such file, Error{"io"} when renaming fails (then nothing was moved).
Result<std::string> set_replica_aside(const std::string& path);

}  // namespace crm::sync
