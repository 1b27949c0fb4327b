#pragma once
// One record of any entity for a detail page (lead, opportunity): its fields as a map, whether
// it is on the device and whether it has unsynced edits; reloads when the records change.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "session/appcontroller.h"

class RecordView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString entity READ entity WRITE setEntity NOTIFY recordChanged)
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY recordChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    /// field name -> value (JSON as Qt values); missing fields are absent.
    Q_PROPERTY(QVariantMap fields READ fields NOTIFY changed)

public:
    explicit RecordView(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString entity() const { return m_entity; }
    void setEntity(const QString& entity);
    QString recordId() const { return m_recordId; }
    void setRecordId(const QString& id);
    bool found() const { return m_found; }
    bool pending() const { return m_pending; }
    QVariantMap fields() const { return m_fields; }

    Q_INVOKABLE void reload();

signals:
    void controllerChanged();
    void recordChanged();
    void changed();

private:
    QPointer<AppController> m_controller;
    QMetaObject::Connection m_connection;
    QString m_entity;
    QString m_recordId;
    bool m_found = false;
    bool m_pending = false;
    QVariantMap m_fields;
};
