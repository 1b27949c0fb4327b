#include "customers/contactlistmodel.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

#include <algorithm>

using JsonVariant::text;

ContactListModel::ContactListModel(QObject* parent) : ReplicaListModel(parent) {}

void ContactListModel::setCustomerId(const QString& id) {
    if (id == m_customerId) return;
    m_customerId = id;
    emit customerIdChanged();
    reload();
}

QList<QByteArray> ContactListModel::roleKeys() const {
    return {"id", "name", "title", "phone", "mobile", "email", "keyPerson", "pending"};
}

QVector<QVariantMap> ContactListModel::loadRows(crm::sync::Replica& replica) const {
    QVector<QVariantMap> rows;
    if (m_customerId.isEmpty()) return rows;
    const auto pending = replica.pending_ids("contact");
    for (const auto& record : replica.list_where("contact", "customer_id", JsonVariant::toStd(m_customerId))) {
        const QString id = text(record, "id");
        const bool keyPerson = record.value("key_person", nlohmann::json(false)).is_boolean() &&
                               record.value("key_person", false);
        rows.append(QVariantMap{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), text(record, "name")},
                                {QStringLiteral("title"), text(record, "title")},
                                {QStringLiteral("phone"), text(record, "phone")},
                                {QStringLiteral("mobile"), text(record, "mobile")},
                                {QStringLiteral("email"), text(record, "email")},
                                {QStringLiteral("keyPerson"), keyPerson},
                                {QStringLiteral("pending"), pending.count(JsonVariant::toStd(id)) > 0}});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        const bool ka = a.value(QStringLiteral("keyPerson")).toBool();
        const bool kb = b.value(QStringLiteral("keyPerson")).toBool();
        if (ka != kb) return ka;
        return a.value(QStringLiteral("name")).toString().localeAwareCompare(b.value(QStringLiteral("name")).toString()) < 0;
    });
    return rows;
}
