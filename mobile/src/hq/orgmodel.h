#pragma once
// Headquarters' org management (POST /v1/units/*, /v1/users/*): add and move units and users,
// deactivate with hand-over, reactivate. Every form field is checked here first (message per
// field in `errors`); the server's refusals come back in words in `errorString`. The tree itself
// is TeamDirectory's (refreshed by the sync each action starts).

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <nlohmann/json.hpp>

class AppController;
Q_MOC_INCLUDE("session/appcontroller.h")

class OrgModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// field -> message of the last checked form ("" keys absent).
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorsChanged)
    /// What the last action did, in words.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    /// login -> number of devices signed in (GET /v1/org/devices; empty offline).
    Q_PROPERTY(QVariantMap devices READ devices NOTIFY devicesChanged)

public:
    explicit OrgModel(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    bool busy() const { return m_busy; }
    QVariantMap errors() const { return m_errors; }
    QString errorString() const { return m_error; }
    QString message() const { return m_message; }
    QVariantMap devices() const { return m_devices; }

    Q_INVOKABLE void refresh();
    /// Each returns false (and fills `errors`) when a field is not acceptable; else sends.
    Q_INVOKABLE bool addUnit(const QString& name, const QString& parent);
    Q_INVOKABLE bool moveUnit(const QString& unit, const QString& parent);
    Q_INVOKABLE bool addUser(const QString& login, const QString& role, const QString& unit,
                             const QString& displayName, const QString& password);
    Q_INVOKABLE bool moveUser(const QString& login, const QString& unit);
    Q_INVOKABLE bool deactivate(const QString& login, const QString& heir);
    Q_INVOKABLE bool reactivate(const QString& login);
    /// What a hand-over will do, for the confirm dialog: how many records (from this device's
    /// replica: headquarters holds every book) move to the heir, and that the devices are wiped.
    Q_INVOKABLE QString handOverSummary(const QString& login, const QString& heir) const;
    /// Records owned by the user with this login in the replica.
    Q_INVOKABLE int ownedRecordCount(const QString& userId) const;
    Q_INVOKABLE void clearErrors();

signals:
    void controllerChanged();
    void busyChanged();
    void errorsChanged();
    void messageChanged();
    void devicesChanged();
    /// An action succeeded (after which the directory is refreshed by a sync).
    void actionDone(const QString& message);

private:
    bool check(const QVariantMap& errors);
    void send(const QString& path, const nlohmann::json& body, const QString& done);
    void setBusy(bool busy);

    QPointer<AppController> m_controller;
    bool m_busy = false;
    QVariantMap m_errors;
    QString m_error;
    QString m_message;
    QVariantMap m_devices;
};
