#include "customers/timelinemodel.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <nlohmann/json.hpp>

#include <algorithm>

using JsonVariant::text;

namespace {

// The customer's visits and the comments on them, in one read.
constexpr const char* kSql = R"sql(
WITH visits AS (SELECT id, data, pending FROM local_record
                WHERE entity = 'visit' AND NOT deleted AND json_extract(data, '$.customer_id') = ?)
SELECT 'visit', data, pending FROM visits
UNION ALL
SELECT 'comment', data, pending FROM local_record
WHERE entity = 'comment' AND NOT deleted AND json_extract(data, '$.visit_id') IN (SELECT id FROM visits)
)sql";

}  // namespace

TimelineModel::TimelineModel(QObject* parent) : ReplicaListModel(parent) {}

void TimelineModel::setCustomerId(const QString& id) {
    if (id == m_customerId) return;
    m_customerId = id;
    emit customerIdChanged();
    reload();
}

QList<QByteArray> TimelineModel::roleKeys() const {
    return {"kind", "id", "visitId", "at", "planned", "title", "purpose", "detail", "unread", "pending"};
}

QVector<QVariantMap> TimelineModel::loadRows(crm::sync::Replica& replica) const {
    QVector<QVariantMap> rows;
    if (m_customerId.isEmpty()) return rows;
    auto st = replica.database().prepare(kSql);
    st.bind(1, JsonVariant::toStd(m_customerId));
    while (st.step()) {
        const QString kind = JsonVariant::toQString(st.text(0));
        const auto record = nlohmann::json::parse(st.text(1));
        const bool visit = kind == QLatin1String("visit");
        QString at = visit ? text(record, "check_in_at") : text(record, "created_at");
        const bool planned = visit && at.isEmpty();
        if (planned) at = text(record, "planned_at");
        if (at.isEmpty()) at = text(record, "created_at");
        rows.append(QVariantMap{{QStringLiteral("kind"), kind},
                                {QStringLiteral("id"), text(record, "id")},
                                {QStringLiteral("visitId"), visit ? text(record, "id") : text(record, "visit_id")},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("planned"), planned},
                                {QStringLiteral("title"), visit ? text(record, "purpose") : text(record, "body")},
                                {QStringLiteral("purpose"), visit ? text(record, "purpose") : QString()},
                                {QStringLiteral("detail"), visit ? text(record, "outcome") : QString()},
                                {QStringLiteral("unread"), !visit && text(record, "read_at").isEmpty()},
                                {QStringLiteral("pending"), st.integer(2) != 0}});
    }
    // Newest first by time (ISO-8601 UTC strings compare as text).
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("at")).toString() > b.value(QStringLiteral("at")).toString();
    });
    return rows;
}
