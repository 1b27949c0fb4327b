#include "leads/leadlistmodel.h"

#include "common/jsonvariant.h"

#include "crm/shared/normalize.h"
#include "crm/sync/replica.h"

#include <algorithm>

using JsonVariant::text;

LeadListModel::LeadListModel(QObject* parent) : ReplicaListModel(parent) {}

void LeadListModel::setStatus(const QString& status) {
    if (status == m_status) return;
    m_status = status;
    emit filterChanged();
    reload();
}

void LeadListModel::setFilterText(const QString& text) {
    if (text == m_filterText) return;
    m_filterText = text;
    emit filterChanged();
    reload();
}

QList<QByteArray> LeadListModel::roleKeys() const {
    return {"id", "personName", "companyName", "phone", "region", "source", "priority", "status", "createdAt", "pending"};
}

QVector<QVariantMap> LeadListModel::loadRows(crm::sync::Replica& replica) const {
    static const QStringList open{QStringLiteral("new"), QStringLiteral("contacted"), QStringLiteral("qualified")};
    const QString needle = m_filterText.trimmed();
    const std::string phoneKey = crm::normalize_phone(JsonVariant::toStd(needle));
    const auto pending = replica.pending_ids("lead");
    QVector<QVariantMap> rows;
    for (const auto& record : replica.list("lead")) {
        const QString status = text(record, "status");
        if (m_status == QLatin1String("open") ? !open.contains(status) : !m_status.isEmpty() && status != m_status)
            continue;
        QVariantMap row{{QStringLiteral("id"), text(record, "id")},
                        {QStringLiteral("personName"), text(record, "person_name")},
                        {QStringLiteral("companyName"), text(record, "company_name")},
                        {QStringLiteral("phone"), text(record, "phone")},
                        {QStringLiteral("region"), text(record, "region")},
                        {QStringLiteral("source"), text(record, "source")},
                        {QStringLiteral("priority"), text(record, "priority")},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("createdAt"), text(record, "created_at")},
                        {QStringLiteral("pending"), pending.count(record.value("id", "")) > 0}};
        if (!needle.isEmpty()) {
            const bool samePhone = !phoneKey.empty() && crm::normalize_phone(record.value("phone", "")) == phoneKey;
            const bool inText = std::any_of(row.cbegin(), row.cend(), [&](const QVariant& v) {
                return v.typeId() == QMetaType::QString && v.toString().contains(needle, Qt::CaseInsensitive);
            });
            if (!samePhone && !inText) continue;
        }
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value(QStringLiteral("createdAt")).toString() > b.value(QStringLiteral("createdAt")).toString();
    });
    return rows;
}
