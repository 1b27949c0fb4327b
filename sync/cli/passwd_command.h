#pragma once
// crm-sync passwd: change the signed-in user's password (POST /v1/password).

#include "crm/sync/replica.h"

#include <CLI/CLI.hpp>

#include <iosfwd>
#include <string>

namespace crm::sync {

/// Adds the `passwd` verb to `app`.
CLI::App* add_passwd_command(CLI::App& app);

/// Reads the current and the new password as the first two lines of `in`, sends them with the
/// replica's token; returns the process exit code (0 changed, 1 refused, 3 server unreachable).
int run_passwd(Replica& replica, std::istream& in, const std::string& ca_override);

}  // namespace crm::sync
