#pragma once
// Sign-in rate limiting: failed sign-ins (and wrong current passwords) counted per login and
// per client address over a sliding window, in PostgreSQL so every crm-server process of one
// database shares them.

#include "crm/server/pg.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm::server {

/// How many failures a login / an address may have within the window.
struct SignInLimits {
    int per_login = 5;
    int per_address = 20;
    int window_seconds = 15 * 60;
};

/// Why and for how long sign-in is refused.
struct SignInBlock {
    std::string reason;  ///< "login" or "address"
    int retry_after_seconds = 1;
};

/// The block in force for this login or address, or nullopt when a sign-in may be tried.
std::optional<SignInBlock> sign_in_block(PgConnection& conn, std::int64_t company_id, const SignInLimits& limits,
                                         const std::string& login, const std::string& address);

/// Records one failure of this login from this address (and forgets failures past the window).
void record_sign_in_failure(PgConnection& conn, std::int64_t company_id, const SignInLimits& limits,
                            const std::string& login, const std::string& address);

/// Forgets the login's failures (after a successful sign-in or a password reset).
void clear_sign_in_failures(PgConnection& conn, std::int64_t company_id, const std::string& login);

}  // namespace crm::server
