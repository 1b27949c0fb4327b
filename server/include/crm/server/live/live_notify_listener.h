#pragma once
// The receiving end of change notices: a thread owning one dedicated PostgreSQL connection
// that LISTENs on crm_change and hands each notice on. libpq stays in the .cpp.

#include "crm/server/db/change_notice.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace crm::server {

/// What the listener reports; both are called on the listener's thread and must not block long.
struct NotifyListenerCallbacks {
    /// One parsed notice (malformed payloads are logged and skipped).
    std::function<void(const ChangeNotice&)> on_notice;
    /// The connection is (re-)established and listening; `newest_seq` is change_seq's last
    /// value. Notices may have been missed while it was down.
    std::function<void(std::int64_t newest_seq)> on_connected;
};

/// LISTEN crm_change on a connection of its own; reconnects with capped backoff when the
/// database goes away. Waits in poll() with a short timeout so stop() returns promptly.
class NotifyListener {
public:
    NotifyListener(std::string conninfo, NotifyListenerCallbacks callbacks,
                   std::chrono::milliseconds max_backoff = std::chrono::seconds(5));
    ~NotifyListener();
    NotifyListener(const NotifyListener&) = delete;
    NotifyListener& operator=(const NotifyListener&) = delete;

    /// Tries to connect once on the calling thread (so notices are heard before the server
    /// accepts sessions), then keeps listening on its own thread. Returns whether that first
    /// attempt succeeded; a failure is retried in the background.
    bool start();
    /// Ends the thread and closes the connection. Idempotent.
    void stop();
    /// True while connected and listening.
    bool listening() const { return listening_; }

private:
    struct Connection;
    bool connect(Connection& conn);
    void run(Connection conn);
    /// Waits up to `delay` unless stop() is called; returns false when stopping.
    bool pause(std::chrono::milliseconds delay);

    std::string conninfo_;
    NotifyListenerCallbacks callbacks_;
    std::chrono::milliseconds max_backoff_;
    std::thread thread_;
    std::atomic<bool> listening_{false};
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
};

}  // namespace crm::server
