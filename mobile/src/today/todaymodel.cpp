#include "today/todaymodel.h"

#include "common/duedates.h"
#include "common/jsonvariant.h"
#include "records/editsupport.h"
#include "records/replicaindexes.h"
#include "tasks/taskqueries.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <algorithm>
#include <vector>

using JsonVariant::toQString;

namespace {

const char* const kVisitSelect =
    "SELECT v.id, json_extract(v.data,'$.planned_at'), json_extract(v.data,'$.check_in_at'), "
    "  json_extract(v.data,'$.purpose'), json_extract(v.data,'$.customer_id'), v.pending, "
    "  json_extract(v.data,'$.check_in_status'), "
    "  (SELECT json_extract(c.data,'$.name') FROM local_record c WHERE c.entity='customer' "
    "     AND c.id = json_extract(v.data,'$.customer_id')) "
    "FROM local_record v ";

QVector<QVariantMap> visits(crm::sync::Replica& replica, const std::string& where,
                            const std::vector<std::string>& params, const DueDates::DayWindow& day) {
    auto st = replica.database().prepare(std::string(kVisitSelect) + where);
    for (std::size_t i = 0; i < params.size(); ++i) st.bind(int(i + 1), params[i]);
    QVector<QVariantMap> rows;
    while (st.step()) {
        const QString planned = toQString(st.text(1));
        const bool done = !st.is_null(2);
        const int late = done ? 0 : DueDates::daysLate(planned, day.today);
        rows.append({{QStringLiteral("kind"), QStringLiteral("visit")},
                     {QStringLiteral("section"), late > 0 ? QStringLiteral("overdue") : QStringLiteral("visits")},
                     {QStringLiteral("id"), toQString(st.text(0))},
                     {QStringLiteral("title"), toQString(st.text(7))},
                     {QStringLiteral("subtitle"), toQString(st.text(3))},
                     {QStringLiteral("when"), planned},
                     {QStringLiteral("overdue"), late > 0},
                     {QStringLiteral("lateText"), DueDates::lateText(late)},
                     {QStringLiteral("done"), done},
                     {QStringLiteral("customerId"), toQString(st.text(4))},
                     {QStringLiteral("customerName"), toQString(st.text(7))},
                     {QStringLiteral("pending"), st.integer(5) != 0},
                     {QStringLiteral("checkInStatus"), toQString(st.text(6))}});
    }
    return rows;
}

QVariantMap taskRow(const QVariantMap& task) {
    const bool overdue = task.value(QStringLiteral("overdue")).toBool();
    return {{QStringLiteral("kind"), QStringLiteral("task")},
            {QStringLiteral("section"), overdue ? QStringLiteral("overdue") : QStringLiteral("tasks")},
            {QStringLiteral("id"), task.value(QStringLiteral("id"))},
            {QStringLiteral("title"), task.value(QStringLiteral("title"))},
            {QStringLiteral("subtitle"), task.value(QStringLiteral("relatedName"))},
            {QStringLiteral("when"), task.value(QStringLiteral("dueAt"))},
            {QStringLiteral("overdue"), overdue},
            {QStringLiteral("lateText"), task.value(QStringLiteral("lateText"))},
            {QStringLiteral("done"), false},
            {QStringLiteral("customerId"), QString()},
            {QStringLiteral("customerName"), QString()},
            {QStringLiteral("pending"), task.value(QStringLiteral("pending"))},
            {QStringLiteral("checkInStatus"), QString()}};
}

QString when(const QVariantMap& row) { return row.value(QStringLiteral("when")).toString(); }

}  // namespace

TodayModel::TodayModel(QObject* parent) : ReplicaListModel(parent) {}

QList<QByteArray> TodayModel::roleKeys() const {
    return {"kind", "section", "id", "title", "subtitle", "when", "overdue", "lateText", "done",
            "customerId", "customerName", "pending", "checkInStatus"};
}

QVector<QVariantMap> TodayModel::loadRows(crm::sync::Replica& replica) const {
    m_overdueCount = 0;
    const std::string me = EditSupport::currentUserId(replica);
    if (me.empty()) return {};
    ReplicaIndexes::ensure(replica);
    const auto day = DueDates::today();

    QVector<QVariantMap> overdue = visits(
        replica,
        "WHERE v.entity='visit' AND v.deleted=0 AND json_extract(v.data,'$.check_in_at') IS NULL "
        "AND json_extract(v.data,'$.planned_at') < ?1 AND json_extract(v.data,'$.rep_id') = ?2",
        {day.startUtc, me}, day);
    QVector<QVariantMap> today = visits(
        replica,
        "WHERE v.entity='visit' AND v.deleted=0 AND json_extract(v.data,'$.planned_at') >= ?1 "
        "AND json_extract(v.data,'$.planned_at') < ?2 AND json_extract(v.data,'$.rep_id') = ?3",
        {day.startUtc, day.endUtc, me}, day);
    QVector<QVariantMap> tasks;
    for (const auto& task : TaskQueries::openTasks(replica, me, day.today, day.endUtc)) {
        QVariantMap row = taskRow(task);
        (row.value(QStringLiteral("overdue")).toBool() ? overdue : tasks).append(row);
    }

    std::stable_sort(overdue.begin(), overdue.end(), [](const auto& a, const auto& b) { return when(a) < when(b); });
    // Today's visits: still to do first, then done; each by planned time.
    std::stable_sort(today.begin(), today.end(), [](const auto& a, const auto& b) {
        const bool doneA = a.value(QStringLiteral("done")).toBool(), doneB = b.value(QStringLiteral("done")).toBool();
        return doneA != doneB ? !doneA : when(a) < when(b);
    });
    m_overdueCount = int(overdue.size());
    return overdue + today + tasks;
}
