#include "crm/server/live/live_notify_listener.h"

#include <libpq-fe.h>
#include <poll.h>

#include <algorithm>
#include <cerrno>
#include <iostream>
#include <memory>

namespace crm::server {

struct NotifyListener::Connection {
    std::unique_ptr<PGconn, decltype(&PQfinish)> pg{nullptr, &PQfinish};
};

namespace {

constexpr std::chrono::milliseconds kPollInterval{200};
constexpr std::chrono::milliseconds kFirstBackoff{100};

/// Runs one statement; false (and a log line) on failure.
bool exec_simple(PGconn* conn, const char* sql, std::string* first_value = nullptr) {
    std::unique_ptr<PGresult, decltype(&PQclear)> res(PQexec(conn, sql), &PQclear);
    const auto status = PQresultStatus(res.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        std::cerr << "crm-server: live listener: " << PQerrorMessage(conn);
        return false;
    }
    if (first_value && PQntuples(res.get()) > 0) *first_value = PQgetvalue(res.get(), 0, 0);
    return true;
}

}  // namespace

NotifyListener::NotifyListener(std::string conninfo, NotifyListenerCallbacks callbacks,
                               std::chrono::milliseconds max_backoff)
    : conninfo_(std::move(conninfo)), callbacks_(std::move(callbacks)), max_backoff_(max_backoff) {}

NotifyListener::~NotifyListener() { stop(); }

bool NotifyListener::start() {
    Connection conn;
    const bool connected = connect(conn);
    thread_ = std::thread([this, c = std::move(conn)]() mutable { run(std::move(c)); });
    return connected;
}

void NotifyListener::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

bool NotifyListener::pause(std::chrono::milliseconds delay) {
    std::unique_lock lock(mutex_);
    return !wake_.wait_for(lock, delay, [this] { return stopping_; });
}

bool NotifyListener::connect(Connection& conn) {
    // The caller's conninfo (key=value or URI) is expanded from "dbname"; the later keywords
    // bound the connect time and detect a silently vanished server.
    const char* keys[] = {"dbname", "connect_timeout", "application_name", "keepalives", "keepalives_idle",
                          "keepalives_interval", "keepalives_count", nullptr};
    const char* values[] = {conninfo_.c_str(), "5", "crm-server live", "1", "10", "5", "3", nullptr};
    conn.pg.reset(PQconnectdbParams(keys, values, 1));
    if (!conn.pg || PQstatus(conn.pg.get()) != CONNECTION_OK) {
        if (conn.pg) std::cerr << "crm-server: live listener cannot connect: " << PQerrorMessage(conn.pg.get());
        conn.pg.reset();
        return false;
    }
    // LISTEN last: it stays the connection's reported query (pg_stat_activity) while it idles.
    std::string newest = "0";
    if (!exec_simple(conn.pg.get(), "SELECT last_value FROM change_seq", &newest) ||
        !exec_simple(conn.pg.get(), (std::string("LISTEN ") + kChangeChannel).c_str())) {
        conn.pg.reset();
        return false;
    }
    listening_ = true;
    if (callbacks_.on_connected) callbacks_.on_connected(std::stoll(newest));
    return true;
}

void NotifyListener::run(Connection conn) {
    auto backoff = kFirstBackoff;
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stopping_) break;
        }
        if (!conn.pg) {
            if (!pause(backoff)) break;
            if (!connect(conn)) {
                backoff = std::min(backoff * 2, max_backoff_);
                continue;
            }
            std::cerr << "crm-server: live listener reconnected\n";
            backoff = kFirstBackoff;
        }
        PGconn* pg = conn.pg.get();
        pollfd pfd{PQsocket(pg), POLLIN, 0};
        const int ready = poll(&pfd, 1, static_cast<int>(kPollInterval.count()));
        if (ready < 0 && errno != EINTR) std::cerr << "crm-server: live listener: poll failed\n";
        if (ready > 0 && (!PQconsumeInput(pg) || PQstatus(pg) != CONNECTION_OK)) {
            std::cerr << "crm-server: live listener lost the database: " << PQerrorMessage(pg);
            listening_ = false;
            conn.pg.reset();
            continue;
        }
        while (PGnotify* n = PQnotifies(pg)) {
            const std::string payload = n->extra ? n->extra : "";
            PQfreemem(n);
            if (auto notice = parse_change_notice(payload)) {
                if (callbacks_.on_notice) callbacks_.on_notice(*notice);
            } else {
                std::cerr << "crm-server: live listener: malformed notice skipped: " << payload << '\n';
            }
        }
    }
    listening_ = false;
}

}  // namespace crm::server
