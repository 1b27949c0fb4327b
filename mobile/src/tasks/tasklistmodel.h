#pragma once
// The rep's follow-up tasks for the Tasks tab: open ones by due time in sections overdue / today /
// later / none (no due time), then, when `showDone`, the done ones (most recent first). Roles as
// in TaskQueries.

#include "records/replicalistmodel.h"

class TaskListModel : public ReplicaListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool showDone READ showDone WRITE setShowDone NOTIFY showDoneChanged)
    /// How many tasks are done (shown or not), for the collapsed "Done" header.
    Q_PROPERTY(int doneCount READ doneCount NOTIFY countChanged)

public:
    explicit TaskListModel(QObject* parent = nullptr);

    bool showDone() const { return m_showDone; }
    void setShowDone(bool show);
    int doneCount() const { return m_doneCount; }

signals:
    void showDoneChanged();

protected:
    QList<QByteArray> roleKeys() const override;
    QVector<QVariantMap> loadRows(crm::sync::Replica& replica) const override;

private:
    bool m_showDone = false;
    mutable int m_doneCount = 0;
};
