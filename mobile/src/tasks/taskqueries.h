#pragma once
// Reads of the rep's follow-up tasks for the Tasks and Today lists, over the replica's indexes:
// each row has id title dueAt (stored UTC) section (overdue|today|later|none|done) overdue lateText
// done doneAt relatedEntity relatedId relatedName pending.

#include <QDate>
#include <QVariantMap>
#include <QVector>

#include <string>

namespace crm::sync {
class Replica;
}

namespace TaskQueries {

/// The user's open tasks by due time (no due time last); only those due before `dueBefore`
/// (a stored UTC timestamp) when it is not empty.
QVector<QVariantMap> openTasks(crm::sync::Replica& replica, const std::string& userId, const QDate& today,
                               const std::string& dueBefore = {});
/// The user's done tasks, most recently done first, at most `limit`.
QVector<QVariantMap> doneTasks(crm::sync::Replica& replica, const std::string& userId, int limit);
/// How many done tasks the user has.
int doneCount(crm::sync::Replica& replica, const std::string& userId);

}  // namespace TaskQueries
