#pragma once
// The sync engine: signs in, pushes the outbox and pulls until caught up, over a Transport.

#include "crm/shared/result.h"
#include "crm/sync/protocol.h"
#include "crm/sync/replica.h"
#include "crm/sync/transport.h"

#include <functional>

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

    /// Called after each pushed batch and pulled page with a progress line.
    std::function<void(const std::string&)> on_progress;

private:
    Result<HttpResponse> call(const HttpRequest& request);
    /// 401s: account_deactivated wipes the replica; unauthorized clears the stored token and
    /// becomes Error{"signed_out"}. Other errors pass through.
    Error signed_out_if_refused(const Error& error);
    Status push(SyncReport& report);
    Status pull(SyncReport& report);
    Result<PullResponse> fetch_page(const std::string& token, std::int64_t cursor, std::int64_t scope);

    Replica& replica_;
    Transport& transport_;
};

}  // namespace crm::sync
