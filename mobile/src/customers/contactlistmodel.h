#pragma once
// The contacts of one customer, key persons first, then by name.

#include "records/replicalistmodel.h"

class ContactListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)

public:
    explicit ContactListModel(QObject* parent = nullptr);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString& id);

signals:
    void customerIdChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    QString m_customerId;
};
