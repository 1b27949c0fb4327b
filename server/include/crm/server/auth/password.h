#pragma once
// Password hashing with libsodium's crypto_pwhash_str (argon2id, INTERACTIVE limits).

#include <optional>
#include <string>

namespace crm::server {

/// An encoded argon2id hash of `password` (includes salt and parameters).
std::string hash_password(const std::string& password);

/// True when `password` matches `encoded_hash`.
bool verify_password(const std::string& encoded_hash, const std::string& password);

/// Spends about as long as verify_password, for unknown logins (no timing oracle).
void verify_password_dummy(const std::string& password);

/// Shortest and longest password a user may choose.
inline constexpr std::size_t kMinPasswordLength = 8;
inline constexpr std::size_t kMaxPasswordLength = 1000;

/// Why `password` may not be `login`'s new password (too short, too long, equal to the
/// login), or nullopt when it may.
std::optional<std::string> password_rule_violation(const std::string& login, const std::string& password);

}  // namespace crm::server
