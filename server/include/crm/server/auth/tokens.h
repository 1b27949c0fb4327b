#pragma once
// Bearer tokens: 32 random bytes as hex; the database keeps only their SHA-256 hash, the
// token's lifetime, its last use and, once revoked, when. Expired and revoked tokens are kept
// so that a device can be told which of the two happened.

#include "crm/server/db/pg.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm::server {

/// How long a token stays valid after its last use, unless crm-server --token-ttl-days says otherwise.
inline constexpr int kDefaultTokenLifetimeDays = 30;
inline constexpr int kMaxTokenLifetimeDays = 3650;

/// A fresh random token (64 hex characters).
std::string make_token();

/// The lower-case hex SHA-256 of a token, as stored in auth_token.token_hash.
std::string token_hash(const std::string& token);

/// Stores a new token for the user and device, valid for `lifetime_days`; returns the token itself.
std::string issue_token(PgConnection& conn, std::int64_t company_id, const std::string& user_id,
                        const std::string& device_id, int lifetime_days = kDefaultTokenLifetimeDays);

/// A token's owner and device.
struct TokenOwner {
    std::string user_id;
    std::string device_id;
};

/// Whether a known token may be used.
enum class TokenState { valid, expired, revoked };

/// A known token: its owner, its state and whether its user is still active.
struct TokenLookup {
    TokenOwner owner;
    TokenState state = TokenState::valid;
    bool user_active = false;
    int lifetime_days = kDefaultTokenLifetimeDays;
};

/// The token whatever its state or its user's (deactivation keeps tokens so that a device can
/// be told to wipe its replica), or nullopt when unknown. A valid token's expiry slides: it
/// is pushed to its lifetime from now (written at most once a minute per token).
std::optional<TokenLookup> lookup_token(PgConnection& conn, std::int64_t company_id, const std::string& token);

/// The owner of a valid token whose user is active, or nullopt.
std::optional<TokenOwner> find_token(PgConnection& conn, std::int64_t company_id, const std::string& token);

/// Revokes the user's unrevoked tokens except the one with hash `keep_hash` ("" : all);
/// returns how many were revoked.
long revoke_user_tokens(PgConnection& conn, std::int64_t company_id, const std::string& user_id,
                        const std::string& keep_hash = "");

}  // namespace crm::server
