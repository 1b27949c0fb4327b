#include "records/replicalistmodel.h"

#include "crm/sync/replica.h"

#include <QDebug>

#include <exception>

ReplicaListModel::ReplicaListModel(QObject* parent) : QAbstractListModel(parent) {}

void ReplicaListModel::setController(AppController* controller) {
    if (controller == m_controller) return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller) m_connection = connect(controller, &AppController::recordsChanged, this, &ReplicaListModel::reload);
    emit controllerChanged();
    reload();
}

int ReplicaListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

QVariant ReplicaListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const auto keys = roleKeys();
    const int key = role - Qt::UserRole - 1;
    if (key < 0 || key >= keys.size()) return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(keys.at(key)));
}

QHash<int, QByteArray> ReplicaListModel::roleNames() const {
    QHash<int, QByteArray> names;
    const auto keys = roleKeys();
    for (int i = 0; i < keys.size(); ++i) names.insert(Qt::UserRole + 1 + i, keys.at(i));
    return names;
}

QVariantMap ReplicaListModel::get(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

void ReplicaListModel::reload() {
    QVector<QVariantMap> rows;
    if (m_controller && m_controller->replica()) {
        try {
            rows = loadRows(*m_controller->replica());
        } catch (const std::exception& e) {
            qWarning() << metaObject()->className() << "could not read the replica:" << e.what();
        }
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges) emit countChanged();
}
