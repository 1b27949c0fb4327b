#pragma once
// The shared state of live pokes: every open /v1/live session with the books its user sees,
// and the fan-out of change notices to them. No sockets here; sessions are LiveSubscribers.

#include "crm/server/db/change_notice.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace crm::server {

class PgConnection;

/// A live session as the hub sees it. Both calls come from any thread and must not block.
class LiveSubscriber {
public:
    virtual ~LiveSubscriber() = default;
    /// New data may be visible: send {"type":"poke","cursor":N} (coalescing is the session's job).
    virtual void poke(std::int64_t cursor) = 0;
    /// The session must end: its user was deactivated (`code` is the close reason) or the
    /// server is shutting down.
    virtual void close(const std::string& code) = 0;
};

/// Who a session belongs to and whose books its user sees (nullopt: everyone, hq).
struct LiveScope {
    std::int64_t company = 0;
    std::string user_id;
    std::optional<std::vector<std::string>> visible_user_ids;
    std::string device_id;  ///< the signed-in device (its revocation closes the session)
};

/// Thread-safe registry of live sessions; pokes those a notice concerns.
class LiveHub {
public:
    /// A session's WebSocket handshake has begun: it counts in size() until add() or
    /// end_accept(), so that a shutdown waits for it (and closes it) instead of cutting it off.
    void begin_accept();
    /// The handshake begun with begin_accept() failed.
    void end_accept();
    /// Registers a session whose handshake succeeded (ending its begin_accept()); returns the
    /// handle to pass to remove().
    std::uint64_t add(std::weak_ptr<LiveSubscriber> subscriber, LiveScope scope);
    void remove(std::uint64_t handle);
    /// Pokes every session of the notice's company whose user sees one of its scope owners
    /// (every session of the company when there are none). Returns how many were poked.
    std::size_t dispatch(const ChangeNotice& notice);
    /// Pokes every session (e.g. after notices may have been missed).
    std::size_t poke_all(std::int64_t cursor);
    /// Asks every session to close (server shutdown); later add()s are refused with close().
    void close_all();
    /// The distinct users with sessions in this company.
    std::vector<std::string> users(std::int64_t company) const;
    /// Replaces the visible set of every session of this user.
    void set_visible(std::int64_t company, const std::string& user_id,
                     std::optional<std::vector<std::string>> visible_user_ids);
    /// Closes every session of this user with `code` (e.g. account_deactivated).
    void close_user(std::int64_t company, const std::string& user_id, const std::string& code);
    /// The distinct devices of this user with sessions in this company.
    std::vector<std::string> devices(std::int64_t company, const std::string& user_id) const;
    /// Closes every session of this device with `code` (e.g. token_revoked).
    void close_device(std::int64_t company, const std::string& device_id, const std::string& code);
    /// Open sessions, handshakes under way included (for the connection cap and shutdown).
    std::size_t size() const;
    /// Sessions whose handshake is done (the crm_live_devices gauge).
    std::size_t connected() const;

private:
    struct Entry {
        std::weak_ptr<LiveSubscriber> subscriber;
        std::int64_t company = 0;
        std::string user_id;
        std::string device_id;
        /// Sorted; null means everyone. Shared by the sessions of one user after a refresh.
        std::shared_ptr<const std::vector<std::string>> visible;
    };
    using Matcher = std::function<bool(const Entry&)>;
    std::vector<std::shared_ptr<LiveSubscriber>> collect(const Matcher& match) const;

    mutable std::mutex mutex_;
    std::unordered_map<std::uint64_t, Entry> entries_;
    std::uint64_t next_handle_ = 1;
    std::size_t accepting_ = 0;  ///< handshakes under way (begin_accept)
    bool closing_ = false;
};

/// Recomputes, from the database, the visible set of every user with sessions in `company`
/// (after an org change); closes the sessions of users who are gone or inactive and of devices
/// left without a valid token (revoked or expired). Blocking:
/// run it on a worker thread.
void refresh_live_scopes(LiveHub& hub, PgConnection& conn, std::int64_t company);

}  // namespace crm::server
