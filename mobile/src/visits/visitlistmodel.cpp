#include "visits/visitlistmodel.h"

#include "common/jsonvariant.h"
#include "records/replicaindexes.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <algorithm>

using JsonVariant::text;

VisitListModel::VisitListModel(QObject* parent) : ReplicaListModel(parent) {}

void VisitListModel::setCustomerId(const QString& id) {
    if (id == m_customerId) return;
    m_customerId = id;
    emit customerIdChanged();
    reload();
}

QList<QByteArray> VisitListModel::roleKeys() const {
    return {"id",           "checkInAt",     "plannedAt",    "purpose",      "notes",         "outcome",
            "nextStep",     "followUpDate",  "pending",      "sortKey",      "checkInAtUtc",  "plannedAtUtc",
            "checkOutAtUtc", "checkInStatus", "unreadComments"};
}

QVector<QVariantMap> VisitListModel::loadRows(crm::sync::Replica& replica) const {
    QVector<QVariantMap> rows;
    if (m_customerId.isEmpty()) return rows;
    ReplicaIndexes::ensure(replica);
    // The customer's visits through the customer_id index, each with its unread comment count.
    auto st = replica.database().prepare(
        "SELECT v.data, v.pending, (SELECT count(*) FROM local_record c WHERE c.entity='comment' AND c.deleted=0 "
        "  AND json_extract(c.data,'$.read_at') IS NULL AND json_extract(c.data,'$.visit_id') = v.id) "
        "FROM local_record v WHERE v.entity='visit' AND v.deleted=0 AND json_extract(v.data,'$.customer_id') = ?");
    st.bind(1, JsonVariant::toStd(m_customerId));
    while (st.step()) {
        const auto record = nlohmann::json::parse(st.text(0));
        const QString checkIn = text(record, "check_in_at");
        const QString planned = text(record, "planned_at");
        QDateTime when = JsonVariant::parseTimestamp(checkIn);
        if (!when.isValid()) when = JsonVariant::parseTimestamp(planned);
        if (!when.isValid()) when = JsonVariant::parseTimestamp(text(record, "created_at"));
        rows.append(QVariantMap{{QStringLiteral("id"), text(record, "id")},
                                {QStringLiteral("checkInAt"), JsonVariant::displayTime(checkIn)},
                                {QStringLiteral("plannedAt"), JsonVariant::displayTime(planned)},
                                {QStringLiteral("purpose"), text(record, "purpose")},
                                {QStringLiteral("notes"), text(record, "notes")},
                                {QStringLiteral("outcome"), text(record, "outcome")},
                                {QStringLiteral("nextStep"), text(record, "next_step")},
                                {QStringLiteral("followUpDate"), text(record, "follow_up_date")},
                                {QStringLiteral("pending"), st.integer(1) != 0},
                                {QStringLiteral("sortKey"), when.isValid() ? when.toMSecsSinceEpoch() : 0},
                                {QStringLiteral("checkInAtUtc"), checkIn},
                                {QStringLiteral("plannedAtUtc"), planned},
                                {QStringLiteral("checkOutAtUtc"), text(record, "check_out_at")},
                                {QStringLiteral("checkInStatus"), text(record, "check_in_status")},
                                {QStringLiteral("unreadComments"), int(st.integer(2))}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("sortKey")).toLongLong() > b.value(QStringLiteral("sortKey")).toLongLong();
    });
    return rows;
}
