#pragma once
// The org units and users the signed-in user may know of, as last fetched by a sync
// (GET /v1/directory, kept in the replica document "directory"): names for ids, and the
// choices of the team filters (units, people). Works offline.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class AppController;
Q_MOC_INCLUDE("session/appcontroller.h")

class TeamDirectory : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// [{id, name, parentId, depth}] in tree order (parents before children, siblings by name).
    Q_PROPERTY(QVariantList units READ units NOTIFY changed)
    /// [{id, login, name, role, unitId, unitName, active}] sorted by name.
    Q_PROPERTY(QVariantList users READ users NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)

public:
    explicit TeamDirectory(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QVariantList units() const { return m_units; }
    QVariantList users() const { return m_users; }
    bool loaded() const { return m_loaded; }

    /// The user's display name (or login); "" for an unknown id.
    Q_INVOKABLE QString userName(const QString& userId) const;
    Q_INVOKABLE QString unitName(const QString& unitId) const;
    /// The users in the unit or below it (all users for an empty unitId), reps and managers.
    Q_INVOKABLE QVariantList usersWithin(const QString& unitId) const;
    /// True when `unitId` is `ancestorId` or below it.
    Q_INVOKABLE bool unitWithin(const QString& unitId, const QString& ancestorId) const;

    /// Re-reads the replica's document (done on every records change).
    Q_INVOKABLE void reload();

signals:
    void controllerChanged();
    void changed();

private:
    QPointer<AppController> m_controller;
    QVariantList m_units;
    QVariantList m_users;
    QHash<QString, QString> m_parentOf;
    bool m_loaded = false;
};
