#include "crm/server/sign_in_limits.h"

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

std::optional<SignInBlock> sign_in_block(PgConnection& conn, std::int64_t company_id, const SignInLimits& limits,
                                         const std::string& login, const std::string& address) {
    if (auto seconds = seconds_blocked(conn, company_id, limits, "login", login, limits.per_login))
        return SignInBlock{"login", *seconds};
    if (auto seconds = seconds_blocked(conn, company_id, limits, "address", address, limits.per_address))
        return SignInBlock{"address", *seconds};
    return std::nullopt;
}

void record_sign_in_failure(PgConnection& conn, std::int64_t company_id, const SignInLimits& limits,
                            const std::string& login, const std::string& address) {
    const std::string c = std::to_string(company_id);
    conn.exec("DELETE FROM sign_in_failure WHERE company_id = $1 AND failed_at <= now() - make_interval(secs => $2::int)",
              {c, std::to_string(limits.window_seconds)});
    conn.exec("INSERT INTO sign_in_failure (company_id, login, address) VALUES ($1, $2, $3)", {c, login, address});
}

void clear_sign_in_failures(PgConnection& conn, std::int64_t company_id, const std::string& login) {
    conn.exec("DELETE FROM sign_in_failure WHERE company_id = $1 AND login = $2", {std::to_string(company_id), login});
}

}  // namespace crm::server
