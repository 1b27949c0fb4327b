#include "crm/server/auth/tokens.h"

#include "crm/server/db/ids.h"

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
                        const std::string& device_id, int lifetime_days) {
    const std::string token = make_token();
    conn.exec(
        "INSERT INTO auth_token (company_id, token_hash, user_id, device_id, lifetime_days, last_seen_at, expires_at) "
        "VALUES ($1, $2, $3::uuid, $4::uuid, $5::int, now(), now() + make_interval(days => $5::int))",
        {std::to_string(company_id), token_hash(token), user_id, device_id, std::to_string(lifetime_days)});
    return token;
}

std::optional<TokenLookup> lookup_token(PgConnection& conn, std::int64_t company_id, const std::string& token) {
    if (token.size() != 64) return std::nullopt;
    const std::string c = std::to_string(company_id), hash = token_hash(token);
    auto rows = conn.exec(
        "SELECT t.user_id::text, t.device_id::text, u.active, t.revoked_at IS NOT NULL, t.expires_at <= now(), "
        "       t.last_seen_at IS NULL OR t.last_seen_at < now() - interval '1 minute', t.lifetime_days "
        "FROM auth_token t JOIN app_user u ON u.company_id = t.company_id AND u.id = t.user_id "
        "WHERE t.company_id = $1 AND t.token_hash = $2",
        {c, hash});
    if (rows.rows() == 0) return std::nullopt;
    TokenLookup found{TokenOwner{rows.text(0, 0), rows.text(0, 1)}, TokenState::valid, rows.text(0, 2) == "t",
                      std::stoi(rows.text(0, 6))};
    if (rows.text(0, 3) == "t")
        found.state = TokenState::revoked;
    else if (rows.text(0, 4) == "t")
        found.state = TokenState::expired;
    else if (rows.text(0, 5) == "t")
        // Sliding expiry: a device in use stays signed in; one unused for its lifetime does not.
        conn.exec(
            "UPDATE auth_token SET last_seen_at = now(), expires_at = now() + make_interval(days => lifetime_days) "
            "WHERE company_id = $1 AND token_hash = $2 AND revoked_at IS NULL AND expires_at > now()",
            {c, hash});
    return found;
}

std::optional<TokenOwner> find_token(PgConnection& conn, std::int64_t company_id, const std::string& token) {
    auto found = lookup_token(conn, company_id, token);
    if (!found || found->state != TokenState::valid || !found->user_active) return std::nullopt;
    return found->owner;
}

long revoke_user_tokens(PgConnection& conn, std::int64_t company_id, const std::string& user_id,
                        const std::string& keep_hash) {
    return conn
        .exec("UPDATE auth_token SET revoked_at = now() "
              "WHERE company_id = $1 AND user_id = $2::uuid AND revoked_at IS NULL AND token_hash <> $3",
              {std::to_string(company_id), user_id, keep_hash})
        .affected();
}

}  // namespace crm::server
