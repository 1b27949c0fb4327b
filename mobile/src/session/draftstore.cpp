#include "session/draftstore.h"

#include <QSettings>

DraftStore::DraftStore(QObject* parent) : QObject(parent) {}

void DraftStore::setReplicaPath(const QString& replicaPath) {
    if (m_replicaPath == replicaPath) return;
    m_replicaPath = replicaPath;
    emit replicaPathChanged();
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
    if (m_replicaPath.isEmpty() || m_key.isEmpty()) return;
    QSettings settings(draftsPath(m_replicaPath), QSettings::IniFormat);
    settings.setValue(groupKey(), fields);
    settings.sync();
    emit draftChanged();
}

QVariantMap DraftStore::load() const {
    if (m_replicaPath.isEmpty() || m_key.isEmpty()) return {};
    QSettings settings(draftsPath(m_replicaPath), QSettings::IniFormat);
    return settings.value(groupKey()).toMap();
}

void DraftStore::clear() {
    if (m_replicaPath.isEmpty() || m_key.isEmpty()) return;
    QSettings settings(draftsPath(m_replicaPath), QSettings::IniFormat);
    settings.remove(groupKey());
    settings.sync();
    emit draftChanged();
}
