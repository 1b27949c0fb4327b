#pragma once
// The sync engine: signs in, pushes the outbox and pulls until caught up, over a Transport.

#include "crm/shared/result.h"
#include "crm/sync/protocol.h"
#include "crm/sync/replica.h"
#include "crm/sync/transport.h"

#include <chrono>
#include <functional>
#include <optional>

namespace crm::sync {

/// What one sync did.
struct SyncReport {
    int pushed = 0;
    int applied = 0;
    int rejected = 0;
    int merged = 0;
    int moved = 0;  ///< accepted into another user's book (out_of_scope)
    int pulled = 0;
    int evicted = 0;
};

/// Where a running sync is, reported after each pushed batch and each pulled page (on the
/// thread that runs sync()). The pull has no known total: the server sends pages until done.
struct SyncProgress {
    enum class Phase { push, pull };
    Phase phase = Phase::push;
    int pushed = 0;        ///< mutations sent so far
    int push_total = 0;    ///< pending mutations when the push began
    int pulled = 0;        ///< records received so far
    int evicted = 0;       ///< evictions received so far
    int pages = 0;         ///< pull pages received so far
    bool has_more = false; ///< pull: the server has more pages
    std::int64_t cursor = 0;  ///< pull: the cursor after the last page

    /// One line for people: "pushed 3 of 5 changes" / "received 1200 records (2 pages)".
    std::string describe() const;
};

/// How a sync rides out a server that answers 503 with Retry-After (database down, too many
/// connections): the same request is sent again after the wait, a push included (the server
/// keys pushes on (device, seq), so a repeat is never applied twice).
struct RetryPolicy {
    int max_attempts = 3;                         ///< tries of one request, the first included
    std::chrono::seconds max_total_wait{30};      ///< the waits of one sync() together
};

class SyncClient {
public:
    SyncClient(Replica& replica, Transport& transport);

    /// Signs in and stores the session (server_url is remembered for later syncs). Signing in
    /// as a different user than the replica's wipes it first, unless it has pending edits
    /// (Error "pending_changes").
    Result<UserInfo> login(const std::string& server_url, const std::string& login, const std::string& password);

    /// Pushes every pending mutation, then pulls until the server has no more. A 401 clears the
    /// token but keeps the data and outbox (Error "signed_out"): signing in again resumes.
    /// A 401 account_deactivated wipes the replica (Error "account_deactivated").
    Result<SyncReport> sync();

    /// Called after each pushed batch and pulled page (describe() gives the line to print).
    std::function<void(const SyncProgress&)> on_progress;

    RetryPolicy retry_policy;
    /// Waits before a retry; returns false to give up (e.g. the app is quitting). Default:
    /// sleeps the thread. Tests inject one that only records the waits.
    std::function<bool(std::chrono::seconds)> wait_before_retry;

    /// The Retry-After of the answer that made the last login() or sync() fail (a 429, or a 503
    /// still refused after the retries): when to try again. Empty after a success or another error.
    std::optional<std::chrono::seconds> retry_after() const { return retry_after_; }

private:
    /// Sends `request`; a 503 with Retry-After is waited out and sent again within retry_policy.
    /// A final 429/503 with Retry-After is noted in retry_after_.
    Result<HttpResponse> call(const HttpRequest& request);
    /// 401s: account_deactivated wipes the replica; unauthorized clears the stored token and
    /// becomes Error{"signed_out"}. Other errors pass through.
    Error signed_out_if_refused(const Error& error);
    /// `error` with " (try again in N s)" when the server said when.
    Error with_retry_hint(Error error) const;
    Status push(SyncReport& report);
    Status pull(SyncReport& report);
    /// Fetches GET /v1/directory into the replica document "directory" (names of users, units).
    Status refresh_directory();
    void report_progress(const SyncProgress& progress) const;
    Result<PullResponse> fetch_page(const std::string& token, std::int64_t cursor, std::int64_t scope);

    Replica& replica_;
    Transport& transport_;
    std::optional<std::chrono::seconds> retry_after_;
    std::chrono::seconds waited_{0};  ///< retry waits so far in this sync()
};

}  // namespace crm::sync
