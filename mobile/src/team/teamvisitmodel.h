#pragma once
// The leaders' team review: the visits of their subtree in a date range (by check-in time, else
// planned time), newest first, filtered by unit and person (TeamScopedModel). Per row the check-in
// flag to show: the server's verdict when it has one, else the device's (`flagSource`), and
// whether the two differ. Roles: id repId repName customerId customerName at planned checkedIn
// checkedOut purpose summary flag flagSource deviceStatus serverStatus flagsDiffer commentCount
// unreadByRep pending.

#include "team/teamscopedmodel.h"

class TeamVisitModel : public TeamScopedModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit TeamVisitModel(QObject* parent = nullptr);

    /// The flag of a check-in: the server's verdict wins over the device's.
    struct Flag {
        QString status;  ///< "" when not checked in
        QString source;  ///< "server" | "device" | ""
        bool differ = false;
    };
    static Flag flagOf(const QString& deviceStatus, const QString& serverStatus);

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;
};
