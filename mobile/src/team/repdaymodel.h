#pragma once
// "Each rep's day at a glance" over the team review's filters (TeamScopedModel): one row per rep
// in scope (the directory's active reps, plus anyone with visits in the range), by name.
// Roles: repId repName unitName planned done flagged firstCheckIn lastCheckOut tasksDone tasksOverdue
// — planned: visits with a planned time in the range; done: check-ins in the range; flagged:
// those whose flag (TeamVisitModel::flagOf) is not "verified"; tasks done in the range; tasks
// still open and due before now.

#include "team/teamscopedmodel.h"

class RepDayModel : public TeamScopedModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit RepDayModel(QObject* parent = nullptr);

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;
};
