#include "session/appcontroller.h"

#include "common/jsonvariant.h"
#include "common/waittext.h"
#include "session/backgroundsync.h"
#include "session/draftstore.h"
#include "session/language.h"
#include "session/managementclient.h"
#include "session/syncjobs.h"
#include "session/syncprogressstate.h"

#include "crm/shared/entity_schema.h"
#include "crm/shared/formats.h"
#include "crm/shared/validation.h"
#include "crm/sync/replica.h"
#include "crm/sync/replica_file.h"
#include "crm/sync/sync_client.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QThread>

#include <chrono>
#include <exception>
#include <thread>
#include <utility>

using JsonVariant::toQString;
using JsonVariant::toStd;

Q_LOGGING_CATEGORY(lcApp, "crm.mobile")

AppController::AppController(const QString& replicaPath, const QString& defaultServerUrl, QObject* parent)
    : QObject(parent), m_replicaPath(replicaPath), m_defaultServerUrl(defaultServerUrl), m_serverUrl(defaultServerUrl) {
    // First, so that everything below speaks the user's language.
    m_language = new Language(replicaPath + QStringLiteral(".settings.ini"), this);
    m_progress = new SyncProgressState(this);
    m_management = new ManagementClient([this] { return m_replica ? m_replica->session() : std::nullopt; }, this);
    connect(m_management, &ManagementClient::unauthorized, this, &AppController::syncNow);
    m_background = new BackgroundSync(this);
    connect(m_background, &BackgroundSync::syncDue, this, &AppController::startSync);
    connect(m_background, &BackgroundSync::liveConnectedChanged, this, &AppController::onlineChanged);
    connect(m_background, &BackgroundSync::heldUntilChanged, this, &AppController::retryAtChanged);
    // A refused live channel means a dead token: a sync meets the same 401 and handles it
    // (token cleared, or the replica wiped for a deactivated account).
    connect(m_background, &BackgroundSync::liveRefused, this, [this] { startSync(QStringLiteral("refused")); });
    if (auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, m_background, &BackgroundSync::onApplicationStateChanged);
    openReplica();
    refreshSession();
    refreshStatus();
}

void AppController::openReplica() {
    try {
        auto opened = crm::sync::Replica::open(toStd(m_replicaPath));
        if (opened) {
            m_replica = std::move(opened.value());
            m_deviceId = toQString(m_replica->device_id());
        } else {
            setErrorString(tr("Cannot open the local data file %1: %2").arg(m_replicaPath, toQString(opened.error().message)));
        }
    } catch (const std::exception& e) {
        m_replica.reset();  // opened, then unreadable further in: as damaged as one that does not open
        setErrorString(tr("Cannot open the local data file %1: %2").arg(m_replicaPath, QString::fromUtf8(e.what())));
    }
    if (!m_errorString.isEmpty()) qCWarning(lcApp) << m_errorString;
}

bool AppController::startAfresh() {
    if (m_replica || m_signingIn || m_syncing) return false;
    auto aside = crm::sync::set_replica_aside(toStd(m_replicaPath));
    if (!aside && aside.error().code != "not_found") {
        setErrorString(tr("Cannot set the damaged data file aside: %1").arg(toQString(aside.error().message)));
        return false;
    }
    setErrorString({});
    openReplica();
    if (!m_replica) return false;
    m_setAsidePath = aside ? toQString(*aside) : QString();
    qCInfo(lcApp) << "damaged replica set aside as" << m_setAsidePath;
    emit replicaBrokenChanged();
    refreshSession();
    refreshStatus();
    return true;
}

AppController::~AppController() {
    m_closing->store(true);
    m_background->setSession(false, {}, {});  // closes the live channel first
    for (const auto& thread : std::as_const(m_threads)) {
        if (!thread) continue;
        thread->wait();
        delete thread.data();
    }
}

crm::sync::Replica* AppController::replica() const { return m_replica.get(); }

void AppController::signIn(const QString& server, const QString& login, const QString& password) {
    if (m_signingIn || m_syncing) return;
    if (!m_replica) return;
    if (login.trimmed().isEmpty() || password.isEmpty()) {
        setErrorString(tr("Enter your login and password."));
        emit signInFinished(false);
        return;
    }
    setErrorString({});
    m_signingIn = true;
    emit busyChanged();
    const QString path = m_replicaPath, caFile = m_caFile;
    runInBackground([path, server, login, password, caFile] { return SyncJobs::signIn(path, server, login, password, caFile); },
                    [this](const SyncJobOutcome& outcome) { onSignInDone(outcome); });
}

void AppController::finishJob(bool& busyFlag, const SyncJobOutcome& outcome, const char* what) {
    busyFlag = false;
    emit busyChanged();
    if (m_signOutQueued) {
        // The user confirmed a sign-out while this job ran: it goes ahead now.
        m_signOutQueued = false;
        m_syncAgain = false;
        wipeAndSignOut();
        return;
    }
    refreshSession();
    refreshStatus();
    emit recordsChanged();
    if (outcome.ok) {
        qCInfo(lcApp) << what << "done:" << outcome.summary;
        return;
    }
    setErrorString(describeError(outcome.errorCode, outcome.errorMessage, outcome.retryAfterSeconds));
    qCWarning(lcApp) << what << "failed:" << outcome.errorCode << outcome.errorMessage;
}

void AppController::onSignInDone(const SyncJobOutcome& outcome) {
    finishJob(m_signingIn, outcome, "sign-in");
    if (!outcome.ok) {
        emit signInFinished(false);
        return;
    }
    emit signInFinished(true);
    startSync(QStringLiteral("sign-in"));
}

void AppController::syncNow() { startSync(QStringLiteral("user")); }

void AppController::startSync(const QString& reason) {
    if (!m_signedIn || !m_replica || m_signOutQueued) return;
    if (m_syncing || m_signingIn) {
        m_syncAgain = true;  // e.g. a poke during a sync: its data may have missed this one
        return;
    }
    bool initial = false;
    try {
        initial = m_replica->cursor() == 0;
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "reading the cursor failed:" << e.what();
    }
    m_syncing = true;
    m_syncAgain = false;
    m_progress->begin(initial);
    emit busyChanged();
    emit syncStarted(reason);
    qCInfo(lcApp) << "sync:" << reason;
    const QString path = m_replicaPath;
    auto onProgress = [this](const crm::sync::SyncProgress& figures) {
        // On the worker thread: hand a copy to the GUI thread (dropped if the controller is gone).
        QMetaObject::invokeMethod(this, [this, figures] { m_progress->update(figures); }, Qt::QueuedConnection);
    };
    // A Retry-After wait in the worker, cut short when the controller goes.
    auto wait = [closing = m_closing](std::chrono::seconds seconds) {
        const auto until = std::chrono::steady_clock::now() + seconds;
        while (std::chrono::steady_clock::now() < until) {
            if (closing->load()) return false;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
        return !closing->load();
    };
    runInBackground([path, onProgress, wait] { return SyncJobs::sync(path, onProgress, wait); },
                    [this](const SyncJobOutcome& outcome) { onSyncDone(outcome); });
}

void AppController::onSyncDone(const SyncJobOutcome& outcome) {
    const bool wasOnline = online();
    // A deactivated account's replica was wiped by the sync: its form drafts go too.
    if (outcome.errorCode == QLatin1String(crm::sync::kDeactivatedCode)) QFile::remove(DraftStore::draftsPath(m_replicaPath));
    m_progress->end();
    finishJob(m_syncing, outcome, "sync");
    m_background->syncFinished(outcome.ok, outcome.errorCode, outcome.retryAfterSeconds);
    if (online() != wasOnline) emit onlineChanged();
    emit syncFinished(outcome.ok);
    if (std::exchange(m_syncAgain, false)) startSync(QStringLiteral("again"));
}

bool AppController::online() const {
    return m_background->liveConnected() || (!m_lastSyncAt.isEmpty() && m_lastSyncResult == QLatin1String("ok"));
}

QString AppController::appVersion() const {
    const QString version = QCoreApplication::applicationVersion();
    return version.isEmpty() ? QStringLiteral(CRM_APP_VERSION) : version;
}

bool AppController::signOut(bool force) {
    if (!m_replica || m_signingIn) return false;
    const int discard = discardCount();
    if (discard > 0 && !force) {
        setErrorString(tr("%n change(s) not yet synced or refused by the server. Signing out discards them.", "",
                          discard));
        return false;
    }
    if (m_syncing) {
        // Wiping under a running sync would race it: sign out as soon as it ends.
        m_signOutQueued = true;
        m_background->setSession(false, {}, {});
        return true;
    }
    return wipeAndSignOut();
}

bool AppController::wipeAndSignOut() {
    m_background->setSession(false, {}, {});
    try {
        m_replica->wipe();
    } catch (const std::exception& e) {
        setErrorString(tr("Sign-out failed: %1").arg(QString::fromUtf8(e.what())));
        refreshSession();
        return false;
    }
    // What was typed into forms belongs to the signed-in user too.
    QFile::remove(DraftStore::draftsPath(m_replicaPath));
    setErrorString({});
    refreshSession();
    refreshStatus();
    emit recordsChanged();
    emit onlineChanged();
    return true;
}

bool AppController::dismissIssue(qint64 issueId) {
    if (!m_replica) return false;
    try {
        if (auto done = m_replica->dismiss_issue(issueId); !done) {
            setErrorString(toQString(done.error().message));
            return false;
        }
    } catch (const std::exception& e) {
        setErrorString(QString::fromUtf8(e.what()));
        return false;
    }
    refreshStatus();
    emit recordsChanged();
    return true;
}

void AppController::notifyLocalEdit() {
    refreshStatus();
    emit recordsChanged();
    m_background->localEdit();
}

void AppController::copyToClipboard(const QString& text) {
    if (auto* clipboard = QGuiApplication::clipboard()) clipboard->setText(text);
}

void AppController::clearError() { setErrorString({}); }

void AppController::refreshSession() {
    std::optional<crm::sync::Session> session;
    try {
        if (m_replica) session = m_replica->session();
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "reading the session failed:" << e.what();
    }
    // A session whose token the server refused (401) keeps its data and outbox, but the user
    // must sign in again: signing in as the same user resumes where they left off.
    const bool signedIn = session.has_value() && !session->token.empty();
    const QString userName = session ? toQString(session->user.display_name.empty() ? session->user.login
                                                                                     : session->user.display_name)
                                     : QString();
    const QString role = session ? toQString(session->user.role) : QString();
    const QString userId = session ? toQString(session->user.id) : QString();
    const QString server = session ? toQString(session->server_url) : m_defaultServerUrl;
    // Background sync and live pokes run exactly while there is a usable token.
    m_background->setSession(signedIn && !m_signOutQueued, server, session ? toQString(session->token) : QString(),
                             session ? toQString(session->ca_file) : QString());
    if (signedIn == m_signedIn && userName == m_userName && role == m_role && server == m_serverUrl &&
        userId == m_userId)
        return;
    m_signedIn = signedIn;
    m_userId = userId;
    m_userName = userName;
    m_role = role;
    m_serverUrl = server;
    emit sessionChanged();
}

void AppController::refreshStatus() {
    if (!m_replica) return;
    try {
        const auto status = m_replica->status();
        m_pendingCount = int(status.pending);
        m_issueCount = int(status.issues.size());
        m_lastSyncAt = toQString(status.last_sync_at);
        m_lastSyncResult = toQString(status.last_sync_result);
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "reading the replica status failed:" << e.what();
    }
    emit statusChanged();
}

void AppController::setErrorString(const QString& text) {
    if (text == m_errorString) return;
    m_errorString = text;
    emit errorStringChanged();
}

void AppController::runInBackground(std::function<SyncJobOutcome()> job,
                                    std::function<void(const SyncJobOutcome&)> done) {
    QThread* thread = QThread::create([this, job = std::move(job), done = std::move(done)] {
        const SyncJobOutcome outcome = job();
        // Queued to the GUI thread; dropped if the controller is gone by then.
        QMetaObject::invokeMethod(this, [done, outcome] { done(outcome); }, Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}

QString AppController::retryAt() const {
    const QDateTime until = m_background->heldUntil();
    return until.isValid() ? until.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString AppController::describeError(const QString& code, const QString& message, int retryAfterSeconds) {
    if (code == QLatin1String("too_many_attempts") && retryAfterSeconds > 0)
        return tr("Too many sign-in attempts. Try again in %1.").arg(waitText(retryAfterSeconds));
    if (retryAfterSeconds > 0)
        return tr("The server is busy. The app tries again in %1.").arg(waitText(retryAfterSeconds));
    if (code == QLatin1String("unreachable")) {
        // Drop the transport's source-location suffix ("... [system:111 at /usr/include/...]").
        const int detail = message.indexOf(QLatin1String(" ["));
        return tr("Cannot reach the server: %1").arg(detail > 0 ? message.left(detail) : message);
    }
    if (code == QLatin1String("signed_out")) return tr("Signed out by the server: %1").arg(message);
    return message.isEmpty() ? code : message;
}
