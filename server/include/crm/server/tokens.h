#pragma once
// Bearer tokens: 32 random bytes as hex; the database keeps only their SHA-256 hash.

#include "crm/server/pg.h"

#include <cstdint>
#include <optional>
#include <string>

namespace crm::server {

/// How long a token stays valid after sign-in.
inline constexpr int kTokenLifetimeDays = 30;

/// A fresh random token (64 hex characters).
std::string make_token();

/// The lower-case hex SHA-256 of a token, as stored in auth_token.token_hash.
std::string token_hash(const std::string& token);

/// Stores a new token for the user and device; returns the token itself.
std::string issue_token(PgConnection& conn, std::int64_t company_id, const std::string& user_id,
                        const std::string& device_id);

/// A live token's owner and device.
struct TokenOwner {
    std::string user_id;
    std::string device_id;
};

/// The owner of an unexpired token whose user is active, or nullopt.
std::optional<TokenOwner> find_token(PgConnection& conn, std::int64_t company_id, const std::string& token);

/// An unexpired token's owner and device, and whether that user is still active.
struct TokenLookup {
    TokenOwner owner;
    bool user_active = false;
};

/// The unexpired token whatever its user's state (deactivation keeps tokens so that a device
/// can be told to wipe its replica), or nullopt.
std::optional<TokenLookup> lookup_token(PgConnection& conn, std::int64_t company_id, const std::string& token);

}  // namespace crm::server
