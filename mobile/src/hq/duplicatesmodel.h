#pragma once
// Headquarters' duplicate review (DuplicatesPage.qml): the server's duplicate groups of leads or
// customers (GET /v1/duplicates), merging a group into a chosen survivor (POST /v1/merge), the
// recent merges (GET /v1/merges) and their undo (POST /v1/merge/undo). Needs a connection: the
// groups are computed company-wide by the server; offline, `offline` is true.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <nlohmann/json.hpp>

class AppController;
Q_MOC_INCLUDE("session/appcontroller.h")

class DuplicatesModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// "lead" or "customer".
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY entityChanged)
    /// [{reasons: [..], reasonText, records: [{id, title, subtitle, phone, owner, created, createdText}]}],
    /// records oldest first (the default survivor).
    Q_PROPERTY(QVariantList groups READ groups NOTIFY changed)
    /// [{id, entity, survivorId, survivorLabel, count, by, at, atText, undone}], newest first.
    Q_PROPERTY(QVariantList merges READ merges NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// The last call found no server (or no session): the page says it needs a connection.
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    /// The server's or the app's message of the last failed call ("" after a success).
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /// What the last merge or undo did, for a person ("" before any).
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY changed)

public:
    explicit DuplicatesModel(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString entity() const { return m_entity; }
    void setEntity(const QString& entity);
    QVariantList groups() const { return m_groups; }
    QVariantList merges() const { return m_merges; }
    bool busy() const { return m_pending > 0; }
    bool offline() const { return m_offline; }
    QString error() const { return m_error; }
    QString lastResult() const { return m_lastResult; }

    /// Reloads the groups and the recent merges.
    Q_INVOKABLE void refresh();
    /// Merges the other records of group `groupIndex` into `survivorId` (one of its records).
    Q_INVOKABLE void mergeGroup(int groupIndex, const QString& survivorId);
    /// Undoes merge `mergeId`.
    Q_INVOKABLE void undo(qint64 mergeId);

signals:
    void controllerChanged();
    void entityChanged();
    void changed();
    void busyChanged();
    /// A merge or undo went through (`mergeId`); the lists reload.
    void merged(qint64 mergeId);
    void undone(qint64 mergeId);

private:
    void call(const QString& method, const QString& path, const nlohmann::json& body,
              std::function<void(const nlohmann::json&)> ok);
    void setGroups(const nlohmann::json& body);
    void setMerges(const nlohmann::json& body);

    QPointer<AppController> m_controller;
    QString m_entity = QStringLiteral("lead");
    QVariantList m_groups, m_merges;
    int m_pending = 0;
    bool m_offline = false;
    QString m_error, m_lastResult;
};
