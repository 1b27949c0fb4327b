#include "deals/stagehistorymodel.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

#include <algorithm>

using JsonVariant::text;

StageHistoryModel::StageHistoryModel(QObject* parent) : ReplicaListModel(parent) {}

void StageHistoryModel::setOpportunityId(const QString& id) {
    if (id == m_opportunityId) return;
    m_opportunityId = id;
    emit opportunityIdChanged();
    reload();
}

QList<QByteArray> StageHistoryModel::roleKeys() const {
    return {"id", "fromStage", "toStage", "fromStatus", "toStatus", "changedAt", "pending"};
}

QVector<QVariantMap> StageHistoryModel::loadRows(crm::sync::Replica& replica) const {
    QVector<QVariantMap> rows;
    if (m_opportunityId.isEmpty()) return rows;
    const auto pending = replica.pending_ids("opportunity_stage");
    for (const auto& record :
         replica.list_where("opportunity_stage", "opportunity_id", JsonVariant::toStd(m_opportunityId))) {
        rows.append(QVariantMap{{QStringLiteral("id"), text(record, "id")},
                                {QStringLiteral("fromStage"), text(record, "from_stage")},
                                {QStringLiteral("toStage"), text(record, "to_stage")},
                                {QStringLiteral("fromStatus"), text(record, "from_status")},
                                {QStringLiteral("toStatus"), text(record, "to_status")},
                                {QStringLiteral("changedAt"), text(record, "changed_at")},
                                {QStringLiteral("pending"), pending.count(record.value("id", "")) > 0}});
    }
    // ISO-8601 UTC with milliseconds sorts as text; equal times keep the later-created first.
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("changedAt")).toString() > b.value(QStringLiteral("changedAt")).toString();
    });
    return rows;
}
