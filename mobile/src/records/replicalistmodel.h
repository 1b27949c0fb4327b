#pragma once
// Base of the list models over the replica: rows are maps keyed by role name, reloaded whenever
// the controller reports changed records. Subclasses say which roles they have and load rows.

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantMap>
#include <QVector>
#include <QtQml/qqmlregistration.h>

#include "session/appcontroller.h"

class ReplicaListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit ReplicaListModel(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The row as a map of role name -> value (empty when out of range), for QML and tests.
    Q_INVOKABLE QVariantMap get(int row) const;
    /// Re-reads the rows from the replica.
    Q_INVOKABLE void reload();

signals:
    void controllerChanged();
    void countChanged();

protected:
    /// Role names in role order; role i is Qt::UserRole + 1 + i.
    virtual QList<QByteArray> roleKeys() const = 0;
    /// The rows to show; called with a valid replica. May throw: reload() turns that into a log line.
    virtual QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const = 0;

private:
    QPointer<AppController> m_controller;
    QMetaObject::Connection m_connection;
    QVector<QVariantMap> m_rows;
};
