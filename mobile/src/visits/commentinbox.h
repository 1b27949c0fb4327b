#pragma once
// The rep's unread comments: `unreadCount` (comments on the signed-in user's visits with no
// read_at) drives the Today tab's badge; opening a visit's comments marks them read (read_at =
// now, the one comment field a rep may change; it syncs back to the manager).

#include "session/appcontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

class CommentInbox : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(int unreadCount READ unreadCount NOTIFY unreadCountChanged)

public:
    explicit CommentInbox(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    int unreadCount() const { return m_unreadCount; }

    /// Marks every unread comment on the visit read; returns how many were marked.
    Q_INVOKABLE int markVisitRead(const QString& visitId);
    /// Marks one comment read; false when it is not on this device or already read.
    Q_INVOKABLE bool markRead(const QString& commentId);
    Q_INVOKABLE void reload();

signals:
    void controllerChanged();
    void unreadCountChanged();

private:
    QPointer<AppController> m_controller;
    QMetaObject::Connection m_connection;
    int m_unreadCount = 0;
};
