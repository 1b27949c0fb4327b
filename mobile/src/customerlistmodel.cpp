#include "customerlistmodel.h"

#include "jsonvariant.h"

#include "crm/sync/replica.h"

#include <QCollator>

#include <algorithm>

using JsonVariant::text;
using JsonVariant::toQString;

CustomerListModel::CustomerListModel(QObject* parent) : ReplicaListModel(parent) {}

void CustomerListModel::setFilterText(const QString& text) {
    if (text == m_filterText) return;
    m_filterText = text;
    emit filterTextChanged();
    reload();
}

QList<QByteArray> CustomerListModel::roleKeys() const {
    return {"id", "name", "kind", "lifecycle", "region", "phone", "address", "pending"};
}

QVector<QVariantMap> CustomerListModel::loadRows(crm::sync::Replica& replica) const {
    const QString needle = m_filterText.trimmed();
    QVector<QVariantMap> rows;
    const auto pending = replica.pending_ids("customer");
    for (const auto& record : replica.list("customer")) {
        const QString name = text(record, "name");
        const QString phone = text(record, "phone");
        const QString region = text(record, "region");
        if (!needle.isEmpty() && !name.contains(needle, Qt::CaseInsensitive) &&
            !phone.contains(needle, Qt::CaseInsensitive) && !region.contains(needle, Qt::CaseInsensitive))
            continue;
        const QString id = text(record, "id");
        rows.append(QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("kind"), text(record, "kind")},
                                {QStringLiteral("lifecycle"), text(record, "lifecycle")},
                                {QStringLiteral("region"), region},
                                {QStringLiteral("phone"), phone},
                                {QStringLiteral("address"), text(record, "address")},
                                {QStringLiteral("pending"), pending.count(JsonVariant::toStd(id)) > 0}});
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&](const QVariantMap& a, const QVariantMap& b) {
        return collator.compare(a.value(QStringLiteral("name")).toString(), b.value(QStringLiteral("name")).toString()) < 0;
    });
    return rows;
}
