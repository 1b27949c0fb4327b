#include "tasks/taskqueries.h"

#include "common/duedates.h"
#include "common/jsonvariant.h"
#include "records/replicaindexes.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

using JsonVariant::toQString;

namespace {

// A task with the name of what it is about (a visit's customer, a customer, a lead, ...).
const char* const kSelect =
    "SELECT t.id, json_extract(t.data,'$.title'), json_extract(t.data,'$.due_at'), json_extract(t.data,'$.done'), "
    "  json_extract(t.data,'$.done_at'), json_extract(t.data,'$.related_entity'), json_extract(t.data,'$.related_id'), "
    "  t.pending, "
    "  CASE json_extract(t.data,'$.related_entity') "
    "    WHEN 'visit' THEN (SELECT json_extract(c.data,'$.name') FROM local_record c WHERE c.entity='customer' "
    "                        AND c.id = json_extract(r.data,'$.customer_id')) "
    "    WHEN 'opportunity' THEN json_extract(r.data,'$.title') "
    "    WHEN 'lead' THEN coalesce(json_extract(r.data,'$.company_name'), json_extract(r.data,'$.person_name')) "
    "    ELSE json_extract(r.data,'$.name') END "
    "FROM local_record t "
    "LEFT JOIN local_record r ON r.entity = json_extract(t.data,'$.related_entity') "
    "  AND r.id = json_extract(t.data,'$.related_id') AND r.deleted=0 ";

QVariantMap row(crm::sync::Statement& st, const QDate& today) {
    const QString due = toQString(st.text(2));
    const bool done = st.integer(3) != 0;
    const QString section = done ? QStringLiteral("done") : DueDates::section(due, today);
    const bool overdue = section == QLatin1String("overdue");
    return {{QStringLiteral("id"), toQString(st.text(0))},
            {QStringLiteral("title"), toQString(st.text(1))},
            {QStringLiteral("dueAt"), due},
            {QStringLiteral("section"), section},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("lateText"), overdue ? DueDates::lateText(DueDates::daysLate(due, today)) : QString()},
            {QStringLiteral("done"), done},
            {QStringLiteral("doneAt"), toQString(st.text(4))},
            {QStringLiteral("relatedEntity"), toQString(st.text(5))},
            {QStringLiteral("relatedId"), toQString(st.text(6))},
            {QStringLiteral("pending"), st.integer(7) != 0},
            {QStringLiteral("relatedName"), toQString(st.text(8))}};
}

}  // namespace

namespace TaskQueries {

QVector<QVariantMap> openTasks(crm::sync::Replica& replica, const std::string& userId, const QDate& today,
                               const std::string& dueBefore) {
    ReplicaIndexes::ensure(replica);
    std::string sql = std::string(kSelect) +
                      "WHERE t.entity='task' AND t.deleted=0 AND json_extract(t.data,'$.done') IS NOT 1 "
                      "AND json_extract(t.data,'$.owner_id') = ?1 ";
    if (!dueBefore.empty()) sql += "AND json_extract(t.data,'$.due_at') < ?2 ";
    sql += "ORDER BY json_extract(t.data,'$.due_at') IS NULL, json_extract(t.data,'$.due_at'), t.id";
    auto st = replica.database().prepare(sql);
    st.bind(1, userId);
    if (!dueBefore.empty()) st.bind(2, dueBefore);
    QVector<QVariantMap> rows;
    while (st.step()) rows.append(row(st, today));
    return rows;
}

QVector<QVariantMap> doneTasks(crm::sync::Replica& replica, const std::string& userId, int limit) {
    auto st = replica.database().prepare(
        std::string(kSelect) +
        "WHERE t.entity='task' AND t.deleted=0 AND json_extract(t.data,'$.done') = 1 "
        "AND json_extract(t.data,'$.owner_id') = ? ORDER BY json_extract(t.data,'$.done_at') DESC, t.id LIMIT ?");
    st.bind(1, userId).bind(2, std::int64_t(limit));
    QVector<QVariantMap> rows;
    const QDate today = QDate::currentDate();
    while (st.step()) rows.append(row(st, today));
    return rows;
}

int doneCount(crm::sync::Replica& replica, const std::string& userId) {
    auto st = replica.database().prepare(
        "SELECT count(*) FROM local_record WHERE entity='task' AND deleted=0 AND json_extract(data,'$.done') = 1 "
        "AND json_extract(data,'$.owner_id') = ?");
    st.bind(1, userId);
    return st.step() ? int(st.integer(0)) : 0;
}

}  // namespace TaskQueries
