#include "session/backgroundsync.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcBackground, "crm.background")

namespace {
constexpr int kDebounceMs = 2000;
}

BackgroundSync::BackgroundSync(QObject* parent) : QObject(parent) {
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    m_periodic.setInterval(m_periodMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { due(QStringLiteral("edit")); });
    connect(&m_periodic, &QTimer::timeout, this, [this] { due(QStringLiteral("timer")); });
    m_hold.setSingleShot(true);
    connect(&m_hold, &QTimer::timeout, this, [this] {
        m_heldUntil = QDateTime();
        emit heldUntilChanged();
        due(QStringLiteral("retry"));
    });
    connect(&m_live, &LivePokes::poked, this, [this](qint64 cursor) {
        qCInfo(lcBackground) << "poke, cursor" << cursor;
        due(QStringLiteral("poke"));
    });
    connect(&m_live, &LivePokes::stateChanged, this, [this](bool connected) {
        emit liveConnectedChanged();
        if (connected) due(QStringLiteral("live"));
    });
    connect(&m_live, &LivePokes::refused, this, &BackgroundSync::liveRefused);
}

void BackgroundSync::setSession(bool signedIn, const QString& serverUrl, const QString& token, const QString& caFile) {
    const bool active = signedIn && !token.isEmpty();
    if (!active) {
        m_active = false;
        m_debounce.stop();
        m_periodic.stop();
        m_hold.stop();
        if (m_heldUntil.isValid()) {
            m_heldUntil = QDateTime();
            emit heldUntilChanged();
        }
        m_live.stop();
        return;
    }
    m_live.start(serverUrl, token, caFile);  // no-op when already connected with this token
    if (!m_active) {
        m_active = true;
        m_failures = 0;
        m_periodic.setInterval(m_periodMs);
        m_periodic.start();
    }
}

void BackgroundSync::localEdit() {
    if (m_active) m_debounce.start();  // restarts: a burst of edits is one sync
}

void BackgroundSync::setPeriodMs(int ms) {
    m_periodMs = ms;
    m_periodic.setInterval(ms);
}

void BackgroundSync::syncFinished(bool ok, const QString& errorCode, int retryAfterSeconds) {
    // The server said when it can take requests again (busy, database down): nothing
    // automatic before then.
    const bool hold = !ok && retryAfterSeconds > 0;
    if (hold) {
        m_heldUntil = QDateTime::currentDateTimeUtc().addSecs(retryAfterSeconds);
        m_hold.start(retryAfterSeconds * 1000);
        qCInfo(lcBackground) << "server busy: next automatic sync in" << retryAfterSeconds << "s";
        emit heldUntilChanged();
    } else if (m_heldUntil.isValid()) {
        m_hold.stop();
        m_heldUntil = QDateTime();
        emit heldUntilChanged();
    }
    // Only an unreachable server makes the timer back off; other errors are not cured by waiting
    // longer, and a refused sign-in ends the session (setSession stops everything).
    if (ok) m_failures = 0;
    else if (errorCode == QLatin1String("unreachable")) ++m_failures;
    const qint64 interval = std::min<qint64>(qint64(m_periodMs) << std::min(m_failures, 16), m_maxBackoffMs);
    const int next = int(std::max<qint64>(interval, m_periodMs));
    if (next != m_periodic.interval()) {
        qCInfo(lcBackground) << "periodic sync every" << next / 1000 << "s";
        m_periodic.setInterval(next);
    }
    if (m_active) m_periodic.start();  // counts from the last sync, whoever started it
}

void BackgroundSync::onApplicationStateChanged(Qt::ApplicationState state) {
    const bool resumed = state == Qt::ApplicationActive && m_appState != Qt::ApplicationActive;
    m_appState = state;
    if (resumed) due(QStringLiteral("resume"));
}

void BackgroundSync::due(const QString& reason) {
    if (!m_active) return;
    if (m_hold.isActive()) return;  // a Retry-After runs: its end brings the sync
    emit syncDue(reason);
}
