#include "visits/commentlistmodel.h"

#include "common/jsonvariant.h"
#include "records/editsupport.h"
#include "records/replicaindexes.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

using JsonVariant::toQString;
using JsonVariant::toStd;

namespace {

const char* const kSelect =
    "SELECT c.id, json_extract(c.data,'$.body'), json_extract(c.data,'$.created_at'), "
    "  json_extract(c.data,'$.read_at'), json_extract(c.data,'$.visit_id'), c.pending, "
    "  (SELECT json_extract(cu.data,'$.name') FROM local_record cu WHERE cu.entity='customer' "
    "     AND cu.id = json_extract(v.data,'$.customer_id')) "
    "FROM local_record c JOIN local_record v ON v.entity='visit' AND v.id = json_extract(c.data,'$.visit_id') ";

}  // namespace

CommentListModel::CommentListModel(QObject* parent) : ReplicaListModel(parent) {}

void CommentListModel::setVisitId(const QString& id) {
    if (id == m_visitId) return;
    m_visitId = id;
    emit visitIdChanged();
    reload();
}

void CommentListModel::setUnreadOnly(bool unreadOnly) {
    if (unreadOnly == m_unreadOnly) return;
    m_unreadOnly = unreadOnly;
    emit unreadOnlyChanged();
    reload();
}

QList<QByteArray> CommentListModel::roleKeys() const {
    return {"id", "body", "createdAt", "readAt", "unread", "visitId", "customerName", "pending"};
}

QVector<QVariantMap> CommentListModel::loadRows(crm::sync::Replica& replica) const {
    ReplicaIndexes::ensure(replica);
    std::string sql = kSelect;
    std::string param;
    if (m_unreadOnly) {
        sql += "WHERE c.entity='comment' AND c.deleted=0 AND json_extract(c.data,'$.read_at') IS NULL "
               "AND json_extract(v.data,'$.rep_id') = ? ORDER BY json_extract(c.data,'$.created_at') DESC";
        param = EditSupport::currentUserId(replica);
    } else if (!m_visitId.isEmpty()) {
        sql += "WHERE c.entity='comment' AND c.deleted=0 AND json_extract(c.data,'$.visit_id') = ? "
               "ORDER BY json_extract(c.data,'$.created_at')";
        param = toStd(m_visitId);
    } else {
        return {};
    }
    auto st = replica.database().prepare(sql);
    st.bind(1, param);
    QVector<QVariantMap> rows;
    while (st.step()) {
        const QString readAt = toQString(st.text(3));
        rows.append({{QStringLiteral("id"), toQString(st.text(0))},
                     {QStringLiteral("body"), toQString(st.text(1))},
                     {QStringLiteral("createdAt"), toQString(st.text(2))},
                     {QStringLiteral("readAt"), readAt},
                     {QStringLiteral("unread"), readAt.isEmpty()},
                     {QStringLiteral("visitId"), toQString(st.text(4))},
                     {QStringLiteral("pending"), st.integer(5) != 0},
                     {QStringLiteral("customerName"), toQString(st.text(6))}});
    }
    return rows;
}
