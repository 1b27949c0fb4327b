#pragma once
// A customer's timeline: its visits and the comments on them, newest first. Rows have
// kind "visit" or "comment"; a comment carries the visit it belongs to (visitId).

#include "records/replicalistmodel.h"

class TimelineModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)

public:
    explicit TimelineModel(QObject* parent = nullptr);

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
