#pragma once
// The stage history of one opportunity (opportunity_stage records), newest first.

#include "records/replicalistmodel.h"

class StageHistoryModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString opportunityId READ opportunityId WRITE setOpportunityId NOTIFY opportunityIdChanged)

public:
    explicit StageHistoryModel(QObject* parent = nullptr);

    QString opportunityId() const { return m_opportunityId; }
    void setOpportunityId(const QString& id);

signals:
    void opportunityIdChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    QString m_opportunityId;
};
