#pragma once
// The rep's day for the Today tab, in sections:
//  - "overdue": planned visits of earlier days never checked in, and tasks due on earlier days
//    (oldest first; lateText says how late);
//  - "visits": visits planned for today, those not yet checked in first, then the done ones;
//  - "tasks": open tasks due today.
// Rows: kind (visit|task) section id title subtitle when (stored UTC) overdue lateText done
// customerId customerName pending checkInStatus. Read with indexed SQL over the replica, so a
// book of 100k visits is not loaded.

#include "records/replicalistmodel.h"

class TodayModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY countChanged)

public:
    explicit TodayModel(QObject* parent = nullptr);

    int overdueCount() const { return m_overdueCount; }

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    mutable int m_overdueCount = 0;
};
