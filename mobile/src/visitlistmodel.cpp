#include "visitlistmodel.h"

#include "jsonvariant.h"

#include "crm/sync/replica.h"

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
    return {"id", "checkInAt", "plannedAt", "purpose", "notes", "outcome", "nextStep", "followUpDate", "pending", "sortKey"};
}

QVector<QVariantMap> VisitListModel::loadRows(crm::sync::Replica& replica) const {
    QVector<QVariantMap> rows;
    if (m_customerId.isEmpty()) return rows;
    const auto pending = replica.pending_ids("visit");
    for (const auto& record : replica.list_where("visit", "customer_id", JsonVariant::toStd(m_customerId))) {
        const QString id = text(record, "id");
        QDateTime when = JsonVariant::parseTimestamp(text(record, "check_in_at"));
        if (!when.isValid()) when = JsonVariant::parseTimestamp(text(record, "planned_at"));
        if (!when.isValid()) when = JsonVariant::parseTimestamp(text(record, "created_at"));
        rows.append(QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("checkInAt"), JsonVariant::displayTime(text(record, "check_in_at"))},
                                {QStringLiteral("plannedAt"), JsonVariant::displayTime(text(record, "planned_at"))},
                                {QStringLiteral("purpose"), text(record, "purpose")},
                                {QStringLiteral("notes"), text(record, "notes")},
                                {QStringLiteral("outcome"), text(record, "outcome")},
                                {QStringLiteral("nextStep"), text(record, "next_step")},
                                {QStringLiteral("followUpDate"), text(record, "follow_up_date")},
                                {QStringLiteral("pending"), pending.count(JsonVariant::toStd(id)) > 0},
                                {QStringLiteral("sortKey"), when.isValid() ? when.toMSecsSinceEpoch() : 0}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("sortKey")).toLongLong() > b.value(QStringLiteral("sortKey")).toLongLong();
    });
    return rows;
}
