#include "team/revisionlistmodel.h"

#include "common/jsonvariant.h"
#include "records/editsupport.h"
#include "team/teamdirectory.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

using JsonVariant::toQString;
using JsonVariant::toStd;

RevisionListModel::RevisionListModel(QObject* parent) : ReplicaListModel(parent) {}

KeyFieldHistoryModel::KeyFieldHistoryModel(QObject* parent) : RevisionListModel(parent) {
    setMode(QStringLiteral("history"));
}

void RevisionListModel::set(QString& member, const QString& value) {
    if (member == value) return;
    member = value;
    emit filterChanged();
    reload();
}

void RevisionListModel::setMode(const QString& mode) { set(m_mode, mode); }
void RevisionListModel::setCustomerId(const QString& id) { set(m_customerId, id); }
void RevisionListModel::setStatusFilter(const QString& status) { set(m_statusFilter, status); }

namespace {

/// What a person is shown of the requesting device: the server sends a label ("device-" + 8 hex
/// digits), never another user's device id; revisions made before that carry the id, shown by
/// its first 8 characters.
QString shortDevice(const QString& device) {
    if (device.isEmpty()) return QStringLiteral("–");
    return device.startsWith(QLatin1String("device-")) ? device.mid(7) : device.left(8);
}

}  // namespace

QList<QByteArray> RevisionListModel::roleKeys() const {
    return {"id",         "customerId",      "customerName", "field",     "oldValue",  "newValue",
            "status",     "requestedBy",     "requestedByName", "requestedAt", "requestedDevice", "requestedDeviceShort", "decidedBy",
            "decidedByName", "decidedAt", "decisionNote", "pending"};
}

QVector<QVariantMap> RevisionListModel::loadRows(crm::sync::Replica& replica) const {
    std::string where = "r.entity='revision' AND r.deleted=0 ";
    std::string order;
    std::string param;
    if (m_mode == "pending") {
        where += "AND json_extract(r.data,'$.status') = 'pending' ";
        order = "json_extract(r.data,'$.requested_at'), r.id";
    } else if (m_mode == "decided") {
        where += "AND json_extract(r.data,'$.status') <> 'pending' ";
        order = "coalesce(json_extract(r.data,'$.decided_at'), json_extract(r.data,'$.requested_at')) DESC, r.id";
    } else if (m_mode == "mine") {
        where += "AND json_extract(r.data,'$.requested_by') = ?1 ";
        param = EditSupport::currentUserId(replica);
        order = "json_extract(r.data,'$.requested_at') DESC, r.id";
    } else if (m_mode == "history") {
        where += "AND json_extract(r.data,'$.status') IN ('approved','direct','rejected') ";
        order = "coalesce(json_extract(r.data,'$.decided_at'), json_extract(r.data,'$.requested_at')), r.id";
    } else {
        return {};
    }
    if (!m_customerId.isEmpty()) where += "AND json_extract(r.data,'$.customer_id') = ?2 ";
    if (!m_statusFilter.isEmpty() && m_mode != "pending") where += "AND json_extract(r.data,'$.status') = ?3 ";
    auto st = replica.database().prepare(
        "SELECT r.id, json_extract(r.data,'$.customer_id'), "
        "  (SELECT json_extract(cu.data,'$.name') FROM local_record cu WHERE cu.entity='customer' "
        "     AND cu.id = json_extract(r.data,'$.customer_id')), "
        "  json_extract(r.data,'$.field'), json_extract(r.data,'$.old_value'), json_extract(r.data,'$.new_value'), "
        "  json_extract(r.data,'$.status'), json_extract(r.data,'$.requested_by'), json_extract(r.data,'$.requested_at'), "
        "  json_extract(r.data,'$.requested_device'), json_extract(r.data,'$.decided_by'), "
        "  json_extract(r.data,'$.decided_at'), json_extract(r.data,'$.decision_note'), r.pending "
        "FROM local_record r WHERE " + where + "ORDER BY " + order);
    if (!param.empty()) st.bind(1, param);
    if (!m_customerId.isEmpty()) st.bind(2, toStd(m_customerId));
    if (!m_statusFilter.isEmpty() && m_mode != "pending") st.bind(3, toStd(m_statusFilter));

    TeamDirectory directory;
    directory.setController(controller());
    auto nameOf = [&](const QString& id) {
        if (id.isEmpty()) return QString();
        const QString name = directory.userName(id);
        return name.isEmpty() ? id.left(8) : name;
    };
    QVector<QVariantMap> rows;
    while (st.step()) {
        const QString requestedBy = toQString(st.text(7));
        const QString decidedBy = toQString(st.text(10));
        rows.append({{QStringLiteral("id"), toQString(st.text(0))},
                     {QStringLiteral("customerId"), toQString(st.text(1))},
                     {QStringLiteral("customerName"), toQString(st.text(2))},
                     {QStringLiteral("field"), toQString(st.text(3))},
                     {QStringLiteral("oldValue"), toQString(st.text(4))},
                     {QStringLiteral("newValue"), toQString(st.text(5))},
                     {QStringLiteral("status"), toQString(st.text(6))},
                     {QStringLiteral("requestedBy"), requestedBy},
                     {QStringLiteral("requestedByName"), nameOf(requestedBy)},
                     {QStringLiteral("requestedAt"), toQString(st.text(8))},
                     {QStringLiteral("requestedDevice"), toQString(st.text(9))},
                     {QStringLiteral("requestedDeviceShort"), shortDevice(toQString(st.text(9)))},
                     {QStringLiteral("decidedBy"), decidedBy},
                     {QStringLiteral("decidedByName"), nameOf(decidedBy)},
                     {QStringLiteral("decidedAt"), toQString(st.text(11))},
                     {QStringLiteral("decisionNote"), toQString(st.text(12))},
                     {QStringLiteral("pending"), st.integer(13) != 0}});
    }
    return rows;
}
