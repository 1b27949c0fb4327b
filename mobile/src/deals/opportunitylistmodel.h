#pragma once
// Opportunities in funnel order (stage, then expected close), all of the rep's or one customer's;
// filtered by stage and by status ("open": following or on hold; "" all). `summary` gives per
// stage the number and total amount of the open ones, for the stage bar.

#include "records/replicalistmodel.h"

#include <QVariantList>

class OpportunityListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY filterChanged)
    Q_PROPERTY(QString stage READ stage WRITE setStage NOTIFY filterChanged)
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY filterChanged)
    /// [{stage, count, amount}] for every stage, open opportunities only, ignoring the stage filter.
    Q_PROPERTY(QVariantList summary READ summary NOTIFY summaryChanged)

public:
    explicit OpportunityListModel(QObject* parent = nullptr);

    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString& id) { setFilter(m_customerId, id); }
    QString stage() const { return m_stage; }
    void setStage(const QString& stage) { setFilter(m_stage, stage); }
    QString status() const { return m_status; }
    void setStatus(const QString& status) { setFilter(m_status, status); }
    QVariantList summary() const { return m_summary; }

signals:
    void filterChanged();
    void summaryChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    void setFilter(QString& slot, const QString& value);

    QString m_customerId;
    QString m_stage;
    QString m_status;
    mutable QVariantList m_summary;
};
