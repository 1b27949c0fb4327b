#include "session/syncprogressstate.h"

#include "crm/sync/sync_client.h"

#include <QLocale>

SyncProgressState::SyncProgressState(QObject* parent) : QObject(parent) {}

double SyncProgressState::fraction() const {
    if (m_phase == QLatin1String("push") && m_pushTotal > 0) return double(m_pushed) / m_pushTotal;
    return -1;
}

QString SyncProgressState::text() const {
    if (m_phase == QLatin1String("push"))
        return tr("Sending %1 of %2 changes").arg(QLocale().toString(m_pushed), QLocale().toString(m_pushTotal));
    if (m_phase == QLatin1String("pull"))
        return tr("%1 records received (%n page(s))", "", m_pages).arg(QLocale().toString(m_received));
    return m_active ? tr("Connecting to the server…") : QString();
}

void SyncProgressState::begin(bool initial) {
    m_active = true;
    m_initial = initial;
    m_phase.clear();
    m_pushed = m_pushTotal = m_received = m_pages = 0;
    emit changed();
}

void SyncProgressState::update(const crm::sync::SyncProgress& progress) {
    if (!m_active) return;
    const bool pull = progress.phase == crm::sync::SyncProgress::Phase::pull;
    m_phase = pull ? QStringLiteral("pull") : QStringLiteral("push");
    if (pull) {
        m_received = progress.pulled;
        m_pages = progress.pages;
    } else {
        m_pushed = progress.pushed;
        m_pushTotal = progress.push_total;
    }
    emit changed();
}

void SyncProgressState::end() {
    m_active = false;
    m_phase.clear();
    emit changed();
}
