#include "visits/commentinbox.h"

#include "common/jsonvariant.h"
#include "records/editsupport.h"
#include "records/replicaindexes.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <QDebug>

#include <exception>
#include <vector>

using JsonVariant::toStd;

CommentInbox::CommentInbox(QObject* parent) : QObject(parent) {}

void CommentInbox::setController(AppController* controller) {
    if (controller == m_controller) return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller) m_connection = connect(controller, &AppController::recordsChanged, this, &CommentInbox::reload);
    emit controllerChanged();
    reload();
}

void CommentInbox::reload() {
    int count = 0;
    if (m_controller && m_controller->replica()) {
        try {
            auto& replica = *m_controller->replica();
            ReplicaIndexes::ensure(replica);
            auto st = replica.database().prepare(
                "SELECT count(*) FROM local_record c JOIN local_record v ON v.entity='visit' "
                "  AND v.id = json_extract(c.data,'$.visit_id') "
                "WHERE c.entity='comment' AND c.deleted=0 AND json_extract(c.data,'$.read_at') IS NULL "
                "AND json_extract(v.data,'$.rep_id') = ?");
            st.bind(1, EditSupport::currentUserId(replica));
            if (st.step()) count = int(st.integer(0));
        } catch (const std::exception& e) {
            qWarning() << "CommentInbox could not read the replica:" << e.what();
        }
    }
    if (count == m_unreadCount) return;
    m_unreadCount = count;
    emit unreadCountChanged();
}

int CommentInbox::markVisitRead(const QString& visitId) {
    if (!m_controller || !m_controller->replica()) return 0;
    auto& replica = *m_controller->replica();
    std::vector<std::string> unread;
    try {
        ReplicaIndexes::ensure(replica);
        auto st = replica.database().prepare(
            "SELECT c.id FROM local_record c JOIN local_record v ON v.entity='visit' "
            "  AND v.id = json_extract(c.data,'$.visit_id') "
            "WHERE c.entity='comment' AND c.deleted=0 AND json_extract(c.data,'$.read_at') IS NULL "
            "AND json_extract(c.data,'$.visit_id') = ? AND json_extract(v.data,'$.rep_id') = ?");  // only the rep reads
        st.bind(1, toStd(visitId));
        st.bind(2, EditSupport::currentUserId(replica));
        while (st.step()) unread.push_back(st.text(0));
    } catch (const std::exception& e) {
        qWarning() << "CommentInbox could not read the replica:" << e.what();
        return 0;
    }
    int marked = 0;
    const nlohmann::json readNow{{"read_at", EditSupport::nowUtc()}};
    for (const auto& id : unread)
        if (replica.update("comment", id, readNow)) ++marked;
    if (marked > 0) m_controller->notifyLocalEdit();
    return marked;
}

bool CommentInbox::markRead(const QString& commentId) {
    if (!m_controller || !m_controller->replica()) return false;
    auto& replica = *m_controller->replica();
    const auto comment = replica.find("comment", toStd(commentId));
    if (!comment || comment->contains("read_at")) return false;
    if (!replica.update("comment", toStd(commentId), {{"read_at", EditSupport::nowUtc()}})) return false;
    m_controller->notifyLocalEdit();
    return true;
}
