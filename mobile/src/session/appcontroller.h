#pragma once
// The app's one controller: owns the GUI thread's Replica, the session state, the sync status,
// and runs sign-in and sync on worker threads. QML binds its properties and calls its invokables.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

namespace crm::sync {
class Replica;
}
class BackgroundSync;
class Language;
class ManagementClient;
class QThread;
class SyncProgressState;
struct SyncJobOutcome;
Q_MOC_INCLUDE("language.h")
Q_MOC_INCLUDE("managementclient.h")
Q_MOC_INCLUDE("syncprogressstate.h")

class AppController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("AppController is created by main.cpp and passed to Main.qml")

    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(QString userName READ userName NOTIFY sessionChanged)
    Q_PROPERTY(QString role READ role NOTIFY sessionChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY sessionChanged)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY busyChanged)
    Q_PROPERTY(bool syncing READ syncing NOTIFY busyChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY statusChanged)
    Q_PROPERTY(int issueCount READ issueCount NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncAt READ lastSyncAt NOTIFY statusChanged)
    Q_PROPERTY(QString lastSyncResult READ lastSyncResult NOTIFY statusChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    /// The server is busy (it answered 503/429 with Retry-After): when the next automatic sync
    /// runs (UTC, ISO 8601 with Z); "" when not held back.
    Q_PROPERTY(QString retryAt READ retryAt NOTIFY retryAtChanged)
    /// The server is reachable: the live channel is up or the last sync succeeded.
    Q_PROPERTY(bool online READ online NOTIFY onlineChanged)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY replicaBrokenChanged)
    /// The local data file could not be opened (damaged, another app's, newer): startAfresh().
    Q_PROPERTY(bool replicaBroken READ replicaBroken NOTIFY replicaBrokenChanged)
    /// Where startAfresh() kept the damaged file ("" before).
    Q_PROPERTY(QString setAsidePath READ setAsidePath NOTIFY replicaBrokenChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    /// The replica file (drafts and settings files sit beside it).
    Q_PROPERTY(QString replicaPath READ replicaPath CONSTANT)
    Q_PROPERTY(Language* language READ language CONSTANT)
    Q_PROPERTY(SyncProgressState* progress READ progress CONSTANT)
    /// The signed-in user's id ("" when signed out).
    Q_PROPERTY(QString userId READ userId NOTIFY sessionChanged)
    /// Calls to the server's management endpoints (reports, merges, conflicts, ...).
    Q_PROPERTY(ManagementClient* management READ management CONSTANT)

public:
    /// Opens the replica at replicaPath (errors land in errorString); defaultServerUrl prefills sign-in.
    AppController(const QString& replicaPath, const QString& defaultServerUrl, QObject* parent = nullptr);
    ~AppController() override;

    /// The GUI thread's replica, or nullptr when it could not be opened.
    crm::sync::Replica* replica() const;
    QString replicaPath() const { return m_replicaPath; }

    bool signedIn() const { return m_signedIn; }
    QString userName() const { return m_userName; }
    QString role() const { return m_role; }
    QString serverUrl() const { return m_serverUrl; }
    bool signingIn() const { return m_signingIn; }
    bool syncing() const { return m_syncing; }
    int pendingCount() const { return m_pendingCount; }
    int issueCount() const { return m_issueCount; }
    /// The last sync attempt as an ISO-8601 UTC timestamp ("" when never synced); QML shows it with Fmt.
    QString lastSyncAt() const { return m_lastSyncAt; }
    /// "ok" or the error of the last sync attempt.
    QString lastSyncResult() const { return m_lastSyncResult; }
    QString errorString() const { return m_errorString; }
    QString retryAt() const;
    bool online() const;
    QString deviceId() const { return m_deviceId; }
    bool replicaBroken() const { return !m_replica; }
    QString setAsidePath() const { return m_setAsidePath; }
    QString appVersion() const;
    Language* language() const { return m_language; }
    SyncProgressState* progress() const { return m_progress; }
    QString userId() const { return m_userId; }
    ManagementClient* management() const { return m_management; }
    /// When to sync by itself (timers, live pokes); exposed for tests to tune the timing.
    BackgroundSync* backgroundSync() const { return m_background; }

    /// The PEM CA that verifies an https:// server at the next sign-in (crm-mobile --ca); the
    /// session keeps it for syncs, live pokes and management calls.
    void setCaFile(const QString& path) { m_caFile = path; }

    /// Starts signing in off the GUI thread; a first sync follows on success.
    Q_INVOKABLE void signIn(const QString& server, const QString& login, const QString& password);
    /// Starts a sync off the GUI thread; asked while one runs, one more follows it.
    Q_INVOKABLE void syncNow();
    /// Signs out: wipes the replica and the form drafts, stops background sync. With unsynced
    /// edits or undismissed sync issues it refuses (returns false, errorString says how many)
    /// unless forced. During a running sync the sign-out happens when the sync ends.
    Q_INVOKABLE bool signOut(bool force);
    /// What a sign-out would discard: pending edits plus undismissed sync issues.
    Q_INVOKABLE int discardCount() const { return m_pendingCount + m_issueCount; }
    /// Dismisses a sync issue (the user has read it); false when it failed.
    Q_INVOKABLE bool dismissIssue(qint64 issueId);
    /// To be called by every C++ class that wrote to replica() (a local edit): refreshes the
    /// pending count, reloads the models and lets a background sync pick the edit up.
    Q_INVOKABLE void notifyLocalEdit();
    /// Copies text to the clipboard (the customer's phone number).
    Q_INVOKABLE void copyToClipboard(const QString& text);
    /// Clears errorString (after the user has seen it).
    Q_INVOKABLE void clearError();
    /// Renames the damaged data file aside (kept for support, never deleted) and opens a fresh
    /// one, so that signing in fetches everything again; a new device id. False (errorString
    /// says why) when it cannot, or when the data file is not broken.
    Q_INVOKABLE bool startAfresh();

signals:
    void sessionChanged();
    void busyChanged();
    void statusChanged();
    void errorStringChanged();
    void replicaBrokenChanged();
    void retryAtChanged();
    void onlineChanged();
    /// The local records changed (after a sync or a local edit): models reload.
    void recordsChanged();
    void signInFinished(bool ok);
    void syncFinished(bool ok);
    /// A sync starts; reason: "user", "sign-in", "edit", "timer", "resume", "poke", "live", "refused".
    void syncStarted(const QString& reason);

private:
    void openReplica();
    void refreshSession();
    void refreshStatus();
    void setErrorString(const QString& text);
    void runInBackground(std::function<SyncJobOutcome()> job, std::function<void(const SyncJobOutcome&)> done);
    /// Clears the job's busy flag, refreshes session, status and models, reports a failure.
    void finishJob(bool& busyFlag, const SyncJobOutcome& outcome, const char* what);
    void onSignInDone(const SyncJobOutcome& outcome);
    void onSyncDone(const SyncJobOutcome& outcome);
    void startSync(const QString& reason);
    /// Wipes the replica and drafts; the session ends.
    bool wipeAndSignOut();
    static QString describeError(const QString& code, const QString& message, int retryAfterSeconds = 0);

    QString m_replicaPath;
    QString m_deviceId;
    QString m_setAsidePath;
    Language* m_language = nullptr;
    SyncProgressState* m_progress = nullptr;
    ManagementClient* m_management = nullptr;
    QString m_userId;
    QString m_caFile;
    BackgroundSync* m_background = nullptr;
    bool m_syncAgain = false;       ///< a sync was asked for while one ran
    bool m_signOutQueued = false;   ///< a confirmed sign-out waits for the running job
    QString m_defaultServerUrl;
    std::unique_ptr<crm::sync::Replica> m_replica;
    QList<QPointer<QThread>> m_threads;
    /// Set when the controller goes: a sync waiting out a Retry-After gives up at once.
    std::shared_ptr<std::atomic<bool>> m_closing = std::make_shared<std::atomic<bool>>(false);
    bool m_signedIn = false;
    QString m_userName;
    QString m_role;
    QString m_serverUrl;
    bool m_signingIn = false;
    bool m_syncing = false;
    int m_pendingCount = 0;
    int m_issueCount = 0;
    QString m_lastSyncAt;
    QString m_lastSyncResult;
    QString m_errorString;
};
