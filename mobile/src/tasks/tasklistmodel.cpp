#include "tasks/tasklistmodel.h"

#include "records/editsupport.h"
#include "tasks/taskqueries.h"

#include <QDate>

namespace {
constexpr int kDoneShown = 200;  // the done list is history: the most recent ones are enough
}

TaskListModel::TaskListModel(QObject* parent) : ReplicaListModel(parent) {}

void TaskListModel::setShowDone(bool show) {
    if (show == m_showDone) return;
    m_showDone = show;
    emit showDoneChanged();
    reload();
}

QList<QByteArray> TaskListModel::roleKeys() const {
    return {"id", "title", "dueAt", "section", "overdue", "lateText", "done", "doneAt",
            "relatedEntity", "relatedId", "relatedName", "pending"};
}

QVector<QVariantMap> TaskListModel::loadRows(crm::sync::Replica& replica) const {
    const std::string me = EditSupport::currentUserId(replica);
    // Read before reload() compares counts, so a change of doneCount alone also notifies.
    m_doneCount = me.empty() ? 0 : TaskQueries::doneCount(replica, me);
    if (me.empty()) return {};
    QVector<QVariantMap> rows = TaskQueries::openTasks(replica, me, QDate::currentDate());
    if (m_showDone) rows += TaskQueries::doneTasks(replica, me, kDoneShown);
    return rows;
}
