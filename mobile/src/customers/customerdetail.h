#pragma once
// One customer's fields for the detail page; reloads when the controller reports changes.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "session/appcontroller.h"

class CustomerDetail : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QString customerId READ customerId WRITE setCustomerId NOTIFY customerIdChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString kind READ kind NOTIFY changed)
    Q_PROPERTY(QString industry READ industry NOTIFY changed)
    Q_PROPERTY(QString region READ region NOTIFY changed)
    Q_PROPERTY(QString address READ address NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString lifecycle READ lifecycle NOTIFY changed)
    Q_PROPERTY(QString level READ level NOTIFY changed)
    Q_PROPERTY(QString tags READ tags NOTIFY changed)
    Q_PROPERTY(bool pending READ pending NOTIFY changed)
    /// Value segment A/B/C and score 0..100 (server-set; "" until the server scored the customer).
    Q_PROPERTY(QString valueSegment READ valueSegment NOTIFY changed)
    Q_PROPERTY(QString valueScore READ valueScore NOTIFY changed)

public:
    explicit CustomerDetail(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString customerId() const { return m_customerId; }
    void setCustomerId(const QString& id);

    bool found() const { return m_found; }
    QString name() const { return field("name"); }
    QString kind() const { return field("kind"); }
    QString industry() const { return field("industry"); }
    QString region() const { return field("region"); }
    QString address() const { return field("address"); }
    QString phone() const { return field("phone"); }
    QString lifecycle() const { return field("lifecycle"); }
    QString level() const { return field("level"); }
    /// Tags joined by ", ".
    QString tags() const { return field("tags"); }
    bool pending() const { return m_pending; }
    QString valueSegment() const { return field("value_segment"); }
    QString valueScore() const { return field("value_score"); }

    /// Re-reads the customer from the replica.
    Q_INVOKABLE void reload();

signals:
    void controllerChanged();
    void customerIdChanged();
    void changed();

private:
    QString field(const char* name) const { return m_fields.value(QString::fromLatin1(name)); }

    QPointer<AppController> m_controller;
    QMetaObject::Connection m_connection;
    QString m_customerId;
    bool m_found = false;
    bool m_pending = false;
    QHash<QString, QString> m_fields;
};
