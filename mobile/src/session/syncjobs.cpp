#include "session/syncjobs.h"

#include "common/jsonvariant.h"

#include "crm/sync/http_transport.h"
#include "crm/sync/replica.h"
#include "crm/sync/sync_client.h"

#include <exception>

using JsonVariant::toQString;
using JsonVariant::toStd;

namespace {

SyncJobOutcome failure(const crm::Error& error, const crm::sync::SyncClient* client = nullptr) {
    SyncJobOutcome outcome{false, toQString(error.code), toQString(error.message), {}};
    if (client && client->retry_after()) outcome.retryAfterSeconds = int(client->retry_after()->count());
    return outcome;
}

// Never lets an exception escape the worker thread: it becomes an outcome like any other error.
template <typename Fn>
SyncJobOutcome guarded(Fn&& fn) {
    try {
        return fn();
    } catch (const std::exception& e) {
        return failure(crm::Error{"internal", e.what()});
    } catch (...) {
        return failure(crm::Error{"internal", "unknown failure"});
    }
}

}  // namespace

SyncJobOutcome SyncJobs::signIn(const QString& replicaPath, const QString& serverUrl, const QString& login,
                                const QString& password, const QString& caFile) {
    return guarded([&]() -> SyncJobOutcome {
        auto url = crm::sync::parse_server_url(toStd(serverUrl.trimmed()));
        if (!url) return failure(url.error());
        url->ca_file = toStd(caFile);
        auto replica = crm::sync::Replica::open(toStd(replicaPath));
        if (!replica) return failure(replica.error());
        crm::sync::HttpTransport transport(url.value());
        crm::sync::SyncClient client(**replica, transport);
        auto user = client.login(toStd(serverUrl.trimmed()), toStd(login.trimmed()), toStd(password));
        if (!user) return failure(user.error(), &client);
        if (auto session = (*replica)->session(); session && !caFile.isEmpty()) {
            session->ca_file = toStd(caFile);
            (*replica)->set_session(*session);
        }
        return SyncJobOutcome{true, {}, {}, toQString(user->login)};
    });
}

SyncJobOutcome SyncJobs::sync(const QString& replicaPath, ProgressFn onProgress, WaitFn wait) {
    return guarded([&]() -> SyncJobOutcome {
        auto replica = crm::sync::Replica::open(toStd(replicaPath));
        if (!replica) return failure(replica.error());
        const auto session = (*replica)->session();
        if (!session) return failure(crm::Error{"signed_out", "not signed in"});
        auto url = crm::sync::parse_server_url(session->server_url);
        if (!url) return failure(url.error());
        url->ca_file = session->ca_file;
        crm::sync::HttpTransport transport(url.value());
        crm::sync::SyncClient client(**replica, transport);
        client.on_progress = std::move(onProgress);
        if (wait) client.wait_before_retry = std::move(wait);
        auto report = client.sync();
        if (!report) return failure(report.error(), &client);
        const QString summary = QStringLiteral("pushed %1, pulled %2, rejected %3")
                                    .arg(report->pushed)
                                    .arg(report->pulled)
                                    .arg(report->rejected);
        return SyncJobOutcome{true, {}, {}, summary};
    });
}
