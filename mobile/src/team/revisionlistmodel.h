#pragma once
// Key-field revisions (name, tax id, credit level) from the replica. `mode`:
//  "pending"  — waiting for a leader's decision, oldest first (a leader's replica holds the subtree's);
//  "decided"  — approved / rejected / withdrawn / direct, newest decision first (`statusFilter` narrows);
//  "mine"     — the signed-in user's own requests, newest first;
//  "history"  — approved, direct and rejected ones, oldest first (KeyFieldHistoryModel).
// `customerId` optionally narrows to one customer. Roles: id customerId customerName field oldValue
// newValue status requestedBy requestedByName requestedAt requestedDevice decidedBy decidedByName
// decidedAt decisionNote pending.

#include "records/replicalistmodel.h"

class RevisionListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY filterChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY filterChanged)
    Q_PROPERTY(QString statusFilter READ statusFilter WRITE setStatusFilter NOTIFY filterChanged)

public:
    explicit RevisionListModel(QObject* parent = nullptr);

    QString mode() const { return m_mode; }
    void setMode(const QString& mode);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString& id);
    QString statusFilter() const { return m_statusFilter; }
    void setStatusFilter(const QString& status);

signals:
    void filterChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    void set(QString& member, const QString& value);

    QString m_mode = QStringLiteral("pending");
    QString m_customerId;
    QString m_statusFilter;
};

/// Every decided value of one customer's key fields, oldest first: who asked, who decided, when,
/// from which device.
class KeyFieldHistoryModel : public RevisionListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit KeyFieldHistoryModel(QObject* parent = nullptr);
};
