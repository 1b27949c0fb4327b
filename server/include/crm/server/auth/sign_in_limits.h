#pragma once
// Sign-in rate limiting: failed sign-ins (and wrong current passwords) counted per login and
// per client address over a sliding window, in PostgreSQL so every crm-server process of one
// database shares them.

#include "crm/server/db/pg.h"

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

/// Claims one attempt of this login from this address before its password is checked: the
/// block in force when the login or the address has used up its failures, else nullopt after
/// counting the attempt as a failure in advance (forget_sign_in_attempt or clear_sign_in_failures
/// takes it back when it succeeds). Counting in advance, under a lock per login and per address,
/// keeps concurrent attempts from all passing the check before any has failed.
std::optional<SignInBlock> claim_sign_in_attempt(PgConnection& conn, std::int64_t company_id,
                                                 const SignInLimits& limits, const std::string& login,
                                                 const std::string& address, std::int64_t& attempt_id);

/// Takes back a claimed attempt that did not fail.
void forget_sign_in_attempt(PgConnection& conn, std::int64_t attempt_id);

/// Forgets the login's failures (after a successful sign-in or a password reset).
void clear_sign_in_failures(PgConnection& conn, std::int64_t company_id, const std::string& login);

}  // namespace crm::server
