#pragma once
// One visit as the detail and form pages show it: the record's fields (camelCase keys in `visit`),
// its customer's name and whether that customer has a stored position, its follow-up task and
// its pending state. Reloads whenever the controller reports changed records.

#include "session/appcontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class VisitDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString visitId READ visitId WRITE setVisitId NOTIFY visitIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool checkedIn READ checkedIn NOTIFY changed)
    Q_PROPERTY(bool checkedOut READ checkedOut NOTIFY changed)
    /// Keys: customerId customerName customerHasPosition plannedAt checkInAt checkOutAt checkInStatus
    /// serverCheckInStatus checkInSource checkInDistance checkInAccuracy checkInFixAge checkInLatitude
    /// checkInLongitude checkOutAccuracy purpose notes outcome nextStep followUpDate pending
    /// followUpTaskId followUpTaskTitle followUpTaskDone. Timestamps as stored (UTC ISO-8601); missing
    /// numbers are absent.
    Q_PROPERTY(QVariantMap visit READ visit NOTIFY changed)

public:
    explicit VisitDetail(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString visitId() const { return m_visitId; }
    void setVisitId(const QString& id);
    bool found() const { return !m_visit.isEmpty(); }
    bool checkedIn() const { return !m_visit.value(QStringLiteral("checkInAt")).toString().isEmpty(); }
    bool checkedOut() const { return !m_visit.value(QStringLiteral("checkOutAt")).toString().isEmpty(); }
    QVariantMap visit() const { return m_visit; }

    Q_INVOKABLE void reload();

    /// The visit's map as `visit` holds it (empty when there is no such visit).
    static QVariantMap read(crm::sync::Replica& replica, const QString& visitId);

signals:
    void controllerChanged();
    void visitIdChanged();
    void changed();

private:
    QPointer<AppController> m_controller;
    QMetaObject::Connection m_connection;
    QString m_visitId;
    QVariantMap m_visit;
};
