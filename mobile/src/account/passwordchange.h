#pragma once
// The change-password form (PasswordPage): checks the three fields here, before any network
// call (non-empty, the repeat matches, new differs from current, the server's length rule), then
// sends POST /v1/password through ManagementClient (a worker thread). Each error lands on the
// field it belongs to. The passwords are never logged and are not kept after the call.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <nlohmann/json.hpp>

#include <functional>

#include "session/managementclient.h"

class AppController;
Q_MOC_INCLUDE("session/appcontroller.h")

class PasswordChange : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// Per-field errors ("" when fine) and a message for the whole form.
    Q_PROPERTY(QString currentError READ currentError NOTIFY stateChanged)
    Q_PROPERTY(QString newError READ newError NOTIFY stateChanged)
    Q_PROPERTY(QString repeatError READ repeatError NOTIFY stateChanged)
    Q_PROPERTY(QString formError READ formError NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    /// The server changed the password (the form shows the confirmation).
    Q_PROPERTY(bool done READ done NOTIFY stateChanged)
    /// Other sign-ins of the user the server signed out.
    Q_PROPERTY(int otherDevicesSignedOut READ otherDevicesSignedOut NOTIFY stateChanged)
    Q_PROPERTY(int minLength READ minLength CONSTANT)

public:
    /// The server's rule (server/src/password.cpp): 8 to 1000 bytes, not the login.
    static constexpr int kMinLength = 8;
    static constexpr int kMaxLength = 1000;

    /// Sends the POST body; replaced by tests. Default: the controller's ManagementClient.
    using Sender = std::function<void(const nlohmann::json& body, ManagementClient::Callback done)>;

    explicit PasswordChange(QObject* parent = nullptr);

    AppController* controller() const;
    void setController(AppController* controller);
    void setSender(Sender sender) { m_sender = std::move(sender); }

    QString currentError() const { return m_currentError; }
    QString newError() const { return m_newError; }
    QString repeatError() const { return m_repeatError; }
    QString formError() const { return m_formError; }
    bool busy() const { return m_busy; }
    bool done() const { return m_done; }
    int otherDevicesSignedOut() const { return m_otherDevices; }
    int minLength() const { return kMinLength; }

    /// Checks the fields; when they are fine sends the change and returns true (the answer
    /// arrives later: done or errors). Bad input returns false with the errors set, sends nothing.
    Q_INVOKABLE bool submit(const QString& current, const QString& fresh, const QString& repeat);
    /// Clears errors and the confirmation (the page opens fresh).
    Q_INVOKABLE void reset();

signals:
    void controllerChanged();
    void stateChanged();
    /// The server's answer arrived (ok: changed).
    void finished(bool ok);

private:
    bool validate(const QString& current, const QString& fresh, const QString& repeat);
    void settle(const ManagementClient::Reply& reply);
    QString login() const;

    QPointer<AppController> m_controller;
    Sender m_sender;
    QString m_currentError, m_newError, m_repeatError, m_formError;
    bool m_busy = false;
    bool m_done = false;
    int m_otherDevices = 0;
};
