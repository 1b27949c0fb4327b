#include "appcontroller.h"

#include "jsonvariant.h"
#include "syncjobs.h"

#include "crm/shared/entity_schema.h"
#include "crm/shared/formats.h"
#include "crm/shared/validation.h"
#include "crm/sync/replica.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QThread>

#include <exception>

using JsonVariant::toQString;
using JsonVariant::toStd;

Q_LOGGING_CATEGORY(lcApp, "crm.mobile")

AppController::AppController(const QString& replicaPath, const QString& defaultServerUrl, QObject* parent)
    : QObject(parent), m_replicaPath(replicaPath), m_defaultServerUrl(defaultServerUrl), m_serverUrl(defaultServerUrl) {
    try {
        auto opened = crm::sync::Replica::open(toStd(replicaPath));
        if (opened) {
            m_replica = std::move(opened.value());
        } else {
            setErrorString(tr("Cannot open the local data file %1: %2").arg(replicaPath, toQString(opened.error().message)));
        }
    } catch (const std::exception& e) {
        setErrorString(tr("Cannot open the local data file %1: %2").arg(replicaPath, QString::fromUtf8(e.what())));
    }
    if (!m_errorString.isEmpty()) qCWarning(lcApp) << m_errorString;
    refreshSession();
    refreshStatus();
}

AppController::~AppController() {
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
    const QString path = m_replicaPath;
    runInBackground([path, server, login, password] { return SyncJobs::signIn(path, server, login, password); },
                    [this](const SyncJobOutcome& outcome) { onSignInDone(outcome); });
}

void AppController::finishJob(bool& busyFlag, const SyncJobOutcome& outcome, const char* what) {
    busyFlag = false;
    emit busyChanged();
    refreshSession();
    refreshStatus();
    emit recordsChanged();
    if (outcome.ok) {
        qCInfo(lcApp) << what << "done:" << outcome.summary;
        return;
    }
    setErrorString(describeError(outcome.errorCode, outcome.errorMessage));
    qCWarning(lcApp) << what << "failed:" << outcome.errorCode << outcome.errorMessage;
}

void AppController::onSignInDone(const SyncJobOutcome& outcome) {
    finishJob(m_signingIn, outcome, "sign-in");
    if (!outcome.ok) {
        emit signInFinished(false);
        return;
    }
    emit signInFinished(true);
    syncNow();
}

void AppController::syncNow() {
    if (m_syncing || m_signingIn || !m_signedIn || !m_replica) return;
    m_syncing = true;
    emit busyChanged();
    const QString path = m_replicaPath;
    runInBackground([path] { return SyncJobs::sync(path); },
                    [this](const SyncJobOutcome& outcome) { onSyncDone(outcome); });
}

void AppController::onSyncDone(const SyncJobOutcome& outcome) {
    finishJob(m_syncing, outcome, "sync");
    emit syncFinished(outcome.ok);
}

bool AppController::signOut(bool force) {
    if (!m_replica || m_syncing || m_signingIn) return false;
    if (m_pendingCount > 0 && !force) {
        setErrorString(tr("%n change(s) not yet synced: sync first, or sign out anyway and lose them.", "",
                          m_pendingCount));
        return false;
    }
    try {
        m_replica->wipe();
    } catch (const std::exception& e) {
        setErrorString(tr("Sign-out failed: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    setErrorString({});
    refreshSession();
    refreshStatus();
    emit recordsChanged();
    return true;
}

void AppController::notifyLocalEdit() {
    refreshStatus();
    emit recordsChanged();
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
    const QString server = session ? toQString(session->server_url) : m_defaultServerUrl;
    if (signedIn == m_signedIn && userName == m_userName && role == m_role && server == m_serverUrl) return;
    m_signedIn = signedIn;
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
        m_lastSyncAt = JsonVariant::displayTime(toQString(status.last_sync_at));
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

QString AppController::describeError(const QString& code, const QString& message) {
    if (code == QLatin1String("unreachable")) {
        // Drop the transport's source-location suffix ("... [system:111 at /usr/include/...]").
        const int detail = message.indexOf(QLatin1String(" ["));
        return tr("Cannot reach the server: %1").arg(detail > 0 ? message.left(detail) : message);
    }
    if (code == QLatin1String("signed_out")) return tr("Signed out by the server: %1").arg(message);
    return message.isEmpty() ? code : message;
}
