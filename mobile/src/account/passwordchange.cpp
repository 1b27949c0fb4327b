#include "account/passwordchange.h"

#include "common/waittext.h"
#include "crm/sync/replica.h"
#include "session/appcontroller.h"

PasswordChange::PasswordChange(QObject* parent) : QObject(parent) {}

AppController* PasswordChange::controller() const { return m_controller; }

void PasswordChange::setController(AppController* controller) {
    if (controller == m_controller) return;
    m_controller = controller;
    emit controllerChanged();
}

QString PasswordChange::login() const {
    auto* replica = m_controller ? m_controller->replica() : nullptr;
    const auto session = replica ? replica->session() : std::nullopt;
    return session ? QString::fromStdString(session->user.login) : QString();
}

void PasswordChange::reset() {
    m_currentError.clear();
    m_newError.clear();
    m_repeatError.clear();
    m_formError.clear();
    m_done = false;
    m_otherDevices = 0;
    emit stateChanged();
}

bool PasswordChange::validate(const QString& current, const QString& fresh, const QString& repeat) {
    if (current.isEmpty()) m_currentError = tr("Enter your current password.");
    if (fresh.isEmpty()) m_newError = tr("Enter a new password.");
    else if (fresh.toUtf8().size() < kMinLength)
        m_newError = tr("The new password needs at least %n characters.", "", kMinLength);
    else if (fresh.toUtf8().size() > kMaxLength)
        m_newError = tr("The new password may have at most %n characters.", "", kMaxLength);
    else if (fresh == current) m_newError = tr("The new password must differ from the current one.");
    else if (!login().isEmpty() && fresh == login()) m_newError = tr("The new password must not be your login.");
    if (repeat.isEmpty()) m_repeatError = tr("Repeat the new password.");
    else if (repeat != fresh) m_repeatError = tr("The two new passwords differ.");
    return m_currentError.isEmpty() && m_newError.isEmpty() && m_repeatError.isEmpty();
}

bool PasswordChange::submit(const QString& current, const QString& fresh, const QString& repeat) {
    if (m_busy) return false;
    reset();
    if (!validate(current, fresh, repeat)) {
        emit stateChanged();
        return false;
    }
    Sender send = m_sender;
    if (!send) {
        if (!m_controller || !m_controller->management()) {
            m_formError = tr("Not signed in.");
            emit stateChanged();
            return false;
        }
        QPointer<ManagementClient> client = m_controller->management();
        send = [client](const nlohmann::json& body, ManagementClient::Callback done) {
            if (client) client->post(QStringLiteral("/v1/password"), body, std::move(done));
        };
    }
    m_busy = true;
    emit stateChanged();
    QPointer<PasswordChange> self(this);
    // The body is the only copy of the passwords; it goes with the call and is dropped after it.
    send(nlohmann::json{{"current_password", current.toStdString()}, {"new_password", fresh.toStdString()}},
         [self](const ManagementClient::Reply& reply) {
             if (self) self->settle(reply);
         });
    return true;
}

void PasswordChange::settle(const ManagementClient::Reply& reply) {
    m_busy = false;
    if (reply.ok()) {
        m_done = true;
        m_otherDevices = reply.body.is_object() ? reply.body.value("tokens_revoked", 0) : 0;
    } else if (reply.status == 0 && reply.errorCode == QLatin1String("unreachable")) {
        m_formError = tr("Changing the password needs the server, and it cannot be reached now. Nothing was "
                         "changed; try again when you are online.");
    } else if (reply.errorCode == QLatin1String("wrong_password")) {
        m_currentError = tr("This is not your current password.");
    } else if (reply.errorCode == QLatin1String("weak_password")) {
        m_newError = tr("The server does not accept this new password: %1").arg(reply.errorMessage);
    } else if (reply.errorCode == QLatin1String("too_many_attempts")) {
        m_formError = reply.retryAfterSeconds > 0
                          ? tr("Too many attempts. Try again in %1.").arg(waitText(reply.retryAfterSeconds))
                          : tr("Too many attempts. Try again later.");
    } else {
        m_formError = reply.errorMessage.isEmpty() ? reply.errorCode : reply.errorMessage;
    }
    emit stateChanged();
    emit finished(m_done);
}
