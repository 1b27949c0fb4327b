#pragma once
// The sync issues page's list: every rejected, partly lost or moved edit the replica keeps
// until the user dismisses it, newest first, with readable (translated) names and what the user
// had entered, so nothing is silently lost.

#include "records/replicalistmodel.h"

class SyncIssueListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit SyncIssueListModel(QObject* parent = nullptr);

    /// Dismisses the issue with this id (the user has read it); false when that failed.
    Q_INVOKABLE bool dismiss(qint64 issueId);

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;
};
