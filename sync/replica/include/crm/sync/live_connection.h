#pragma once
// The client end of live pokes: a WebSocket to /v1/live on a thread of its own that reports
// each poke and reconnects with capped exponential backoff. Plain C++; Beast stays in the .cpp.

#include "crm/shared/result.h"
#include "crm/sync/http_transport.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace crm::sync {

/// Timing of a LiveConnection.
struct LiveOptions {
    std::chrono::milliseconds first_backoff{200};     ///< wait before the first reconnect
    std::chrono::milliseconds max_backoff{10'000};    ///< the backoff doubles up to this
    std::chrono::milliseconds connect_timeout{10'000};  ///< TCP connect + upgrade handshake
    /// No frame for this long (the client pings at half of it) means the server is gone.
    std::chrono::milliseconds idle_timeout{60'000};
};

/// Listens for pokes for one signed-in device. Callbacks run on the connection's thread; set
/// them before start(). Never throws from the thread.
class LiveConnection {
public:
    LiveConnection(ServerUrl url, std::string token, LiveOptions options = {});
    ~LiveConnection();
    LiveConnection(const LiveConnection&) = delete;
    LiveConnection& operator=(const LiveConnection&) = delete;

    /// {"type":"poke","cursor":N} arrived: new data is visible up to server sequence N.
    std::function<void(std::int64_t cursor)> on_poke;
    /// Connected (true) or lost / failed to connect (false, with why); reconnecting follows.
    std::function<void(bool connected, const std::string& message)> on_state;
    /// The server refused the sign-in (401 on upgrade: Error "unauthorized" or
    /// "account_deactivated"; also a 400 protocol_mismatch). No more retries after this.
    std::function<void(const Error& error)> on_refused;

    /// Starts the thread (once).
    void start();
    /// Closes the socket and joins the thread; returns promptly (no blocking I/O waits).
    void stop();

private:
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

}  // namespace crm::sync
