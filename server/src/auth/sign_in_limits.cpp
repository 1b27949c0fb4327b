#include "crm/server/auth/sign_in_limits.h"

#include <algorithm>

namespace crm::server {
namespace {

/// Seconds until the `limit`-th newest failure of `column` = `key` leaves the window (then
/// fewer than `limit` remain), or nullopt when there are fewer than `limit` failures in it.
std::optional<int> seconds_blocked(PgConnection& conn, std::int64_t company_id, const SignInLimits& limits,
                                   const char* column, const std::string& key, int limit) {
    auto rows = conn.exec(
        std::string("SELECT ceil(extract(epoch FROM failed_at + make_interval(secs => $3::int) - now()))::int "
                    "FROM sign_in_failure WHERE company_id = $1 AND ") +
            column +
            " = $2 AND failed_at > now() - make_interval(secs => $3::int) "
            "ORDER BY failed_at DESC OFFSET $4::int LIMIT 1",
        {std::to_string(company_id), key, std::to_string(limits.window_seconds), std::to_string(limit - 1)});
    if (rows.rows() == 0) return std::nullopt;
    return std::max(1, std::stoi(rows.text(0, 0)));
}

}  // namespace

std::optional<SignInBlock> claim_sign_in_attempt(PgConnection& conn, std::int64_t company_id,
                                                 const SignInLimits& limits, const std::string& login,
                                                 const std::string& address, std::int64_t& attempt_id) {
    const std::string c = std::to_string(company_id);
    PgTransaction tx(conn);
    // Always login before address, so two attempts never wait for each other's second lock.
    tx.exec("SELECT pg_advisory_xact_lock(hashtextextended('sign-in login ' || $1 || ' ' || $2, 0))", {c, login});
    tx.exec("SELECT pg_advisory_xact_lock(hashtextextended('sign-in address ' || $1 || ' ' || $2, 0))", {c, address});
    tx.exec("DELETE FROM sign_in_failure WHERE company_id = $1 AND failed_at <= now() - make_interval(secs => $2::int)",
            {c, std::to_string(limits.window_seconds)});
    std::optional<SignInBlock> block;
    if (auto seconds = seconds_blocked(tx.connection(), company_id, limits, "login", login, limits.per_login))
        block = SignInBlock{"login", *seconds};
    else if (auto wait = seconds_blocked(tx.connection(), company_id, limits, "address", address, limits.per_address))
        block = SignInBlock{"address", *wait};
    else
        attempt_id = std::stoll(
            tx.exec("INSERT INTO sign_in_failure (company_id, login, address) VALUES ($1, $2, $3) RETURNING id",
                    {c, login, address})
                .text(0, 0));
    tx.commit();
    return block;
}

void forget_sign_in_attempt(PgConnection& conn, std::int64_t attempt_id) {
    conn.exec("DELETE FROM sign_in_failure WHERE id = $1", {std::to_string(attempt_id)});
}

void clear_sign_in_failures(PgConnection& conn, std::int64_t company_id, const std::string& login) {
    conn.exec("DELETE FROM sign_in_failure WHERE company_id = $1 AND login = $2", {std::to_string(company_id), login});
}

}  // namespace crm::server
