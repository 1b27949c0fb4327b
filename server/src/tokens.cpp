#include "crm/server/tokens.h"

#include "crm/server/ids.h"

#include <sodium.h>

namespace crm::server {

std::string make_token() { return random_hex(32); }

std::string token_hash(const std::string& token) {
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(token.data()), token.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return hex;
}

std::string issue_token(PgConnection& conn, std::int64_t company_id, const std::string& user_id,
                        const std::string& device_id) {
    const std::string token = make_token();
    conn.exec(
        "INSERT INTO auth_token (company_id, token_hash, user_id, device_id, expires_at) "
        "VALUES ($1, $2, $3::uuid, $4::uuid, now() + make_interval(days => $5::int))",
        {std::to_string(company_id), token_hash(token), user_id, device_id, std::to_string(kTokenLifetimeDays)});
    return token;
}

std::optional<TokenOwner> find_token(PgConnection& conn, std::int64_t company_id, const std::string& token) {
    auto found = lookup_token(conn, company_id, token);
    if (!found || !found->user_active) return std::nullopt;
    return found->owner;
}

std::optional<TokenLookup> lookup_token(PgConnection& conn, std::int64_t company_id, const std::string& token) {
    if (token.size() != 64) return std::nullopt;
    auto rows = conn.exec(
        "SELECT t.user_id::text, t.device_id::text, u.active FROM auth_token t "
        "JOIN app_user u ON u.company_id = t.company_id AND u.id = t.user_id "
        "WHERE t.company_id = $1 AND t.token_hash = $2 AND t.expires_at > now()",
        {std::to_string(company_id), token_hash(token)});
    if (rows.rows() == 0) return std::nullopt;
    return TokenLookup{TokenOwner{rows.text(0, 0), rows.text(0, 1)}, rows.text(0, 2) == "t"};
}

}  // namespace crm::server
