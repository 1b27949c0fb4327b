#include "draftstore.h"

#include "appcontroller.h"

#include <QSettings>

DraftStore::DraftStore(QObject* parent) : QObject(parent) {}

void DraftStore::setController(AppController* controller) {
    if (m_controller == controller) return;
    m_controller = controller;
    emit controllerChanged();
    emit draftChanged();
}

void DraftStore::setKey(const QString& key) {
    if (m_key == key) return;
    m_key = key;
    emit keyChanged();
    emit draftChanged();
}

QString DraftStore::draftsPath(const QString& replicaPath) { return replicaPath + QStringLiteral(".drafts.ini"); }

QString DraftStore::groupKey() const {
    // QSettings treats '/' as a group separator; keep the key flat.
    return QStringLiteral("draft_") + QString(m_key).replace(QLatin1Char('/'), QLatin1Char('_'));
}

bool DraftStore::hasDraft() const { return !load().isEmpty(); }

void DraftStore::save(const QVariantMap& fields) {
    if (!m_controller || m_key.isEmpty()) return;
    QSettings settings(draftsPath(m_controller->replicaPath()), QSettings::IniFormat);
    settings.setValue(groupKey(), fields);
    settings.sync();
    emit draftChanged();
}

QVariantMap DraftStore::load() const {
    if (!m_controller || m_key.isEmpty()) return {};
    QSettings settings(draftsPath(m_controller->replicaPath()), QSettings::IniFormat);
    return settings.value(groupKey()).toMap();
}

void DraftStore::clear() {
    if (!m_controller || m_key.isEmpty()) return;
    QSettings settings(draftsPath(m_controller->replicaPath()), QSettings::IniFormat);
    settings.remove(groupKey());
    settings.sync();
    emit draftChanged();
}
