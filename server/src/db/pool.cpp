#include "crm/server/db/pool.h"

#include <chrono>
#include <thread>

namespace crm::server {
namespace {
/// How much longer than the statement timeout a statement's answer may take (the network, the
/// database noticing the timeout) before the database counts as not answering.
constexpr std::chrono::seconds kReplyGrace{5};
}  // namespace

PgLease::PgLease(PgPool& pool, std::unique_ptr<PgConnection> conn) : pool_(&pool), conn_(std::move(conn)) {}

PgLease::~PgLease() {
    if (conn_) pool_->give_back(std::move(conn_));
}

PgPool::PgPool(std::string conninfo, std::size_t size, std::chrono::seconds statement_timeout)
    : conninfo_(std::move(conninfo)), size_(size ? size : 1), statement_timeout_(statement_timeout) {}

PgLease PgPool::acquire() {
    std::unique_lock lock(mutex_);
    ++waiting_;
    available_.wait(lock, [&] { return !idle_.empty() || open_ < size_; });
    --waiting_;
    while (!idle_.empty()) {
        auto conn = std::move(idle_.back());
        idle_.pop_back();
        if (conn->still_connected()) return PgLease(*this, std::move(conn));
        --open_;  // broken while idle (e.g. the database restarted): replaced by a new one below
    }
    ++open_;
    lock.unlock();
    try {
        auto conn = std::make_unique<PgConnection>(conninfo_);
        if (statement_timeout_.count() > 0) {
            conn->exec("SET statement_timeout = '" + std::to_string(statement_timeout_.count()) + "s'");
            // The database enforces the statement timeout only while it runs; past it plus this
            // grace the server stops waiting for a database that is frozen rather than gone.
            conn->set_reply_timeout(statement_timeout_ + kReplyGrace);
        }
        return PgLease(*this, std::move(conn));
    } catch (...) {
        std::lock_guard relock(mutex_);
        --open_;
        available_.notify_one();
        throw;
    }
}

PoolStats PgPool::stats() {
    std::lock_guard lock(mutex_);
    return PoolStats{size_, open_, open_ - idle_.size(), waiting_};
}

void PgPool::give_back(std::unique_ptr<PgConnection> conn) {
    std::lock_guard lock(mutex_);
    if (conn->healthy() && !conn->in_transaction()) {
        idle_.push_back(std::move(conn));
    } else {
        --open_;
    }
    available_.notify_one();
}

void with_transaction(PgConnection& conn, const std::function<void(PgTransaction&)>& work, const std::string& begin) {
    constexpr int kAttempts = 5;
    for (int attempt = 1;; ++attempt) {
        try {
            PgTransaction tx(conn, begin);
            work(tx);
            tx.commit();
            return;
        } catch (const PgError& e) {
            if (!e.retryable() || attempt == kAttempts) throw;
            std::this_thread::sleep_for(std::chrono::milliseconds(5 * attempt));
        }
    }
}

}  // namespace crm::server
