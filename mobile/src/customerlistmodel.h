#pragma once
// The signed-in user's customers, sorted by name, filtered by name / phone / region.

#include "replicalistmodel.h"

class CustomerListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)

public:
    enum Roles { IdRole = Qt::UserRole + 1, NameRole, KindRole, LifecycleRole, RegionRole, PhoneRole, AddressRole, PendingRole };
    Q_ENUM(Roles)

    explicit CustomerListModel(QObject* parent = nullptr);

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString& text);

signals:
    void filterTextChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    QString m_filterText;
};
