#pragma once
// The managers' comments (批示) the rep gets: on one visit (`visitId`, oldest first) or, with
// `unreadOnly`, every unread comment on the signed-in user's visits (newest first), for Today.
// Roles: id body createdAt readAt unread visitId customerName pending.

#include "records/replicalistmodel.h"

class CommentListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(bool unreadOnly READ unreadOnly WRITE setUnreadOnly NOTIFY unreadOnlyChanged)

public:
    explicit CommentListModel(QObject* parent = nullptr);

    QString visitId() const { return m_visitId; }
    void setVisitId(const QString& id);
    bool unreadOnly() const { return m_unreadOnly; }
    void setUnreadOnly(bool unreadOnly);

signals:
    void visitIdChanged();
    void unreadOnlyChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    QString m_visitId;
    bool m_unreadOnly = false;
};
