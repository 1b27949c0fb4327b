#pragma once
// The blocking network jobs of the app. Each runs on a worker thread with its own Replica opened
// on the same file (SQLite WAL), so the GUI thread's Replica is never shared across threads.

#include <QString>

#include <chrono>
#include <functional>

namespace crm::sync {
struct SyncProgress;
}

/// What a finished job reports back to the GUI thread (a plain value, safe to queue).
struct SyncJobOutcome {
    bool ok = false;
    QString errorCode;     ///< crm::Error::code when !ok ("unreachable", "signed_out", ...)
    QString errorMessage;  ///< crm::Error::message when !ok
    QString summary;       ///< sync: "pushed N, pulled M, rejected K"
    int retryAfterSeconds = 0;  ///< the server's Retry-After when it refused (429, or 503 after the retries)
};

class SyncJobs {
public:
    /// Signs in at serverUrl and stores the session in the replica at replicaPath.
    /// caFile: PEM CA that verifies an https:// server ("" = the system's store); kept in the session.
    static SyncJobOutcome signIn(const QString& replicaPath, const QString& serverUrl, const QString& login,
                                 const QString& password, const QString& caFile = {});
    /// Called on the worker thread after each pushed batch and pulled page.
    using ProgressFn = std::function<void(const crm::sync::SyncProgress&)>;

    /// Waits before SyncClient resends a request the server answered 503 + Retry-After;
    /// returns false to give up (the app is closing).
    using WaitFn = std::function<bool(std::chrono::seconds)>;

    /// Pushes the outbox and pulls until caught up, using the replica's stored session.
    static SyncJobOutcome sync(const QString& replicaPath, ProgressFn onProgress = {}, WaitFn wait = {});
};
