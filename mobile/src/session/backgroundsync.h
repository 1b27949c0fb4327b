#pragma once
// When to sync without being asked, while someone is signed in: shortly after a local edit
// (debounced, so a burst of edits is one sync), on a periodic timer that backs off while the
// server is unreachable, when the app becomes active again, and when the server pokes the live
// channel (or the channel comes back after a loss: pokes may have been missed). It only says
// when (syncDue); AppController runs the sync and reports back with syncFinished().

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include "session/livepokes.h"

class BackgroundSync : public QObject {
    Q_OBJECT

public:
    explicit BackgroundSync(QObject* parent = nullptr);

    /// Signed in with a token: timers and the live channel run; otherwise everything stops.
    void setSession(bool signedIn, const QString& serverUrl, const QString& token, const QString& caFile = {});
    bool active() const { return m_active; }
    /// A local edit happened: a sync follows after the debounce delay.
    void localEdit();
    /// The outcome of a sync (whoever started it): resets or grows the periodic backoff. A
    /// server that answered 503/429 with Retry-After (retryAfterSeconds > 0) gets no automatic
    /// sync before that time (edits, pokes and the timer wait; syncDue("retry") then follows).
    void syncFinished(bool ok, const QString& errorCode, int retryAfterSeconds = 0);
    /// When the next automatic sync may run after a Retry-After; invalid when not held back.
    QDateTime heldUntil() const { return m_heldUntil; }
    /// The live channel is up (the server is reachable right now).
    bool liveConnected() const { return m_live.connected(); }

    // Timing, adjustable for tests.
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }
    void setPeriodMs(int ms);
    void setMaxBackoffMs(int ms) { m_maxBackoffMs = ms; }
    /// The periodic timer's current interval (grows while the server is unreachable).
    int currentPeriodMs() const { return m_periodic.interval(); }

public slots:
    /// From QGuiApplication::applicationStateChanged: becoming active again syncs.
    void onApplicationStateChanged(Qt::ApplicationState state);

signals:
    /// Time to sync; reason is "edit", "timer", "resume", "poke", "live" (channel (re)connected)
    /// or "retry" (a Retry-After passed).
    void syncDue(const QString& reason);
    /// heldUntil() changed.
    void heldUntilChanged();
    /// The live channel came up or went down.
    void liveConnectedChanged();
    /// The live channel was refused (401): handle as a refused sync would.
    void liveRefused(const QString& code, const QString& message);

private:
    void due(const QString& reason);

    LivePokes m_live;
    QTimer m_debounce;
    QTimer m_periodic;
    QTimer m_hold;  ///< fires when a Retry-After has passed
    QDateTime m_heldUntil;
    int m_periodMs = 60'000;
    int m_maxBackoffMs = 5 * 60'000;
    int m_failures = 0;
    bool m_active = false;
    Qt::ApplicationState m_appState = Qt::ApplicationActive;
};
