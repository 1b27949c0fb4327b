#pragma once
// A bounded pool of PostgreSQL connections, and the retrying transaction helper.

#include "crm/server/db/pg.h"

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace crm::server {

class PgPool;

/// Connection pool figures at one instant (for /metrics).
struct PoolStats {
    std::size_t size = 0;     ///< the most connections it may open
    std::size_t open = 0;     ///< opened (idle or lent)
    std::size_t in_use = 0;   ///< lent out
    std::size_t waiting = 0;  ///< callers waiting for a connection
};

/// A borrowed connection; goes back to the pool (or is dropped if broken) on destruction.
class PgLease {
public:
    PgLease(PgPool& pool, std::unique_ptr<PgConnection> conn);
    ~PgLease();
    PgLease(PgLease&&) = default;
    PgConnection& operator*() { return *conn_; }
    PgConnection* operator->() { return conn_.get(); }

private:
    PgPool* pool_;
    std::unique_ptr<PgConnection> conn_;
};

/// Up to `size` connections to one database, opened lazily.
class PgPool {
public:
    /// statement_timeout > 0: every statement on the pool's connections is cancelled by the
    /// database after it (PgErrorKind::statement_timeout), so a stuck query frees its worker;
    /// and one whose answer has not come 5 s after that (a frozen database) is given up as a
    /// PgErrorKind::connection failure (PgConnection::set_reply_timeout).
    PgPool(std::string conninfo, std::size_t size, std::chrono::seconds statement_timeout = std::chrono::seconds(0));
    /// Borrows a connection, waiting while all are in use; throws PgError when connecting fails.
    PgLease acquire();
    const std::string& conninfo() const { return conninfo_; }
    PoolStats stats();

private:
    friend class PgLease;
    void give_back(std::unique_ptr<PgConnection> conn);

    std::string conninfo_;
    std::size_t size_;
    std::chrono::seconds statement_timeout_;
    std::size_t open_ = 0;
    std::size_t waiting_ = 0;
    std::vector<std::unique_ptr<PgConnection>> idle_;
    std::mutex mutex_;
    std::condition_variable available_;
};

/// Runs `work` in a transaction begun with `begin` and commits it; reruns the whole thing on
/// serialization failure or deadlock (a few times). Other errors propagate.
void with_transaction(PgConnection& conn, const std::function<void(PgTransaction&)>& work,
                      const std::string& begin = "BEGIN");

}  // namespace crm::server
