#pragma once
// The visits of one customer, newest first (by check-in, else planned, else created time).
// checkInAt / plannedAt are local "yyyy-MM-dd HH:mm" for display; the *Utc roles keep the stored
// timestamps for Fmt.

#include "records/replicalistmodel.h"

class VisitListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)

public:
    explicit VisitListModel(QObject* parent = nullptr);

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
