#include "hq/orgmodel.h"

#include "common/jsonvariant.h"
#include "crm/sync/replica.h"
#include "session/appcontroller.h"
#include "session/managementclient.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

constexpr int kMaxName = 200;
constexpr int kMaxLogin = 100;
constexpr int kMinPassword = 8;
constexpr int kMaxPassword = 1000;

/// The directory entry (from the replica) of the user with this login; null when unknown.
nlohmann::json directoryUser(AppController* controller, const QString& login) {
    if (!controller || !controller->replica()) return nullptr;
    const auto doc = controller->replica()->document("directory");
    if (!doc || !doc->is_object()) return nullptr;
    for (const auto& u : doc->value("users", nlohmann::json::array()))
        if (u.value("login", std::string()) == login.toStdString()) return u;
    return nullptr;
}

}  // namespace

OrgModel::OrgModel(QObject* parent) : QObject(parent) {}

void OrgModel::setController(AppController* controller) {
    if (controller == m_controller) return;
    m_controller = controller;
    emit controllerChanged();
    refresh();
}

void OrgModel::setBusy(bool busy) {
    if (busy == m_busy) return;
    m_busy = busy;
    emit busyChanged();
}

void OrgModel::clearErrors() {
    if (m_errors.isEmpty() && m_error.isEmpty()) return;
    m_errors.clear();
    m_error.clear();
    emit errorsChanged();
}

bool OrgModel::check(const QVariantMap& errors) {
    m_errors = errors;
    m_error = errors.isEmpty() ? QString() : tr("Check the highlighted fields.");
    emit errorsChanged();
    return errors.isEmpty();
}

void OrgModel::refresh() {
    if (!m_controller || !m_controller->management() || m_controller->role() != QLatin1String("hq")) return;
    QPointer<OrgModel> self(this);
    m_controller->management()->get(QStringLiteral("/v1/org/devices"), [self](const ManagementClient::Reply& reply) {
        if (!self || !reply.ok()) return;
        self->m_devices = JsonVariant::toVariant(reply.body.value("devices", nlohmann::json::object())).toMap();
        emit self->devicesChanged();
    });
}

void OrgModel::send(const QString& path, const nlohmann::json& body, const QString& done) {
    if (!m_controller || !m_controller->management()) return;
    setBusy(true);
    QPointer<OrgModel> self(this);
    m_controller->management()->post(path, body, [self, done](const ManagementClient::Reply& reply) {
        if (!self) return;
        self->setBusy(false);
        if (!reply.ok()) {
            self->m_error = reply.status == 0 ? tr("Org changes need a connection to the server: %1").arg(reply.errorMessage)
                                              : reply.errorMessage;
            emit self->errorsChanged();
            return;
        }
        self->m_message = done;
        emit self->messageChanged();
        emit self->actionDone(done);
        self->refresh();
        if (self->m_controller) self->m_controller->syncNow();  // the directory and the books follow
    });
}

static QVariantMap nameErrors(const QString& field, const QString& value) {
    QVariantMap errors;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty()) errors[field] = QCoreApplication::translate("OrgModel", "Required.");
    else if (trimmed.toUtf8().size() > kMaxName)
        errors[field] = QCoreApplication::translate("OrgModel", "At most %1 characters.").arg(kMaxName);
    return errors;
}

bool OrgModel::addUnit(const QString& name, const QString& parent) {
    QVariantMap errors = nameErrors(QStringLiteral("name"), name);
    errors.insert(nameErrors(QStringLiteral("parent"), parent));
    if (!check(errors)) return false;
    send(QStringLiteral("/v1/units/add"), {{"name", name.trimmed().toStdString()}, {"parent", parent.toStdString()}},
         tr("Unit %1 added under %2.").arg(name.trimmed(), parent));
    return true;
}

bool OrgModel::moveUnit(const QString& unit, const QString& parent) {
    QVariantMap errors = nameErrors(QStringLiteral("unit"), unit);
    errors.insert(nameErrors(QStringLiteral("parent"), parent));
    if (errors.isEmpty() && unit == parent) errors[QStringLiteral("parent")] = tr("A unit cannot be its own parent.");
    if (!check(errors)) return false;
    send(QStringLiteral("/v1/units/move"), {{"unit", unit.toStdString()}, {"parent", parent.toStdString()}},
         tr("Unit %1 moved under %2; devices re-scope at their next sync.").arg(unit, parent));
    return true;
}

bool OrgModel::addUser(const QString& login, const QString& role, const QString& unit, const QString& displayName,
                       const QString& password) {
    QVariantMap errors;
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    if (login.isEmpty()) errors[QStringLiteral("login")] = tr("Required.");
    else if (login.size() > kMaxLogin) errors[QStringLiteral("login")] = tr("At most %1 characters.").arg(kMaxLogin);
    else if (!loginPattern.match(login).hasMatch())
        errors[QStringLiteral("login")] = tr("Letters, digits and . _ @ - only, no spaces.");
    if (role != QLatin1String("rep") && role != QLatin1String("manager") && role != QLatin1String("hq"))
        errors[QStringLiteral("role")] = tr("Choose a role.");
    errors.insert(nameErrors(QStringLiteral("unit"), unit));
    if (displayName.toUtf8().size() > kMaxName)
        errors[QStringLiteral("displayName")] = tr("At most %1 characters.").arg(kMaxName);
    if (password.size() < kMinPassword) errors[QStringLiteral("password")] = tr("At least %1 characters.").arg(kMinPassword);
    else if (password.size() > kMaxPassword)
        errors[QStringLiteral("password")] = tr("At most %1 characters.").arg(kMaxPassword);
    else if (password == login) errors[QStringLiteral("password")] = tr("The password must not be the login.");
    if (!check(errors)) return false;
    send(QStringLiteral("/v1/users/add"),
         {{"login", login.toStdString()}, {"role", role.toStdString()}, {"unit", unit.toStdString()},
          {"display_name", displayName.trimmed().toStdString()}, {"password", password.toStdString()}},
         tr("User %1 added to %2.").arg(login, unit));
    return true;
}

bool OrgModel::moveUser(const QString& login, const QString& unit) {
    QVariantMap errors = nameErrors(QStringLiteral("login"), login);
    errors.insert(nameErrors(QStringLiteral("unit"), unit));
    if (!check(errors)) return false;
    send(QStringLiteral("/v1/users/move"), {{"login", login.toStdString()}, {"unit", unit.toStdString()}},
         tr("%1 moved to %2; devices re-scope at their next sync.").arg(login, unit));
    return true;
}

bool OrgModel::deactivate(const QString& login, const QString& heir) {
    QVariantMap errors = nameErrors(QStringLiteral("login"), login);
    if (heir == login && !heir.isEmpty()) errors[QStringLiteral("heir")] = tr("Choose another person to take the book.");
    if (!heir.isEmpty() && directoryUser(m_controller, heir).is_object() &&
        !directoryUser(m_controller, heir).value("active", true))
        errors[QStringLiteral("heir")] = tr("%1 is deactivated.").arg(heir);
    if (!check(errors)) return false;
    nlohmann::json body = {{"login", login.toStdString()}};
    if (!heir.isEmpty()) body["reassign_to"] = heir.toStdString();
    send(QStringLiteral("/v1/users/deactivate"), body,
         heir.isEmpty() ? tr("%1 was deactivated.").arg(login)
                        : tr("%1 was deactivated; the book now belongs to %2.").arg(login, heir));
    return true;
}

bool OrgModel::reactivate(const QString& login) {
    if (!check(nameErrors(QStringLiteral("login"), login))) return false;
    send(QStringLiteral("/v1/users/reactivate"), {{"login", login.toStdString()}},
         tr("%1 is active again and signs in afresh.").arg(login));
    return true;
}

int OrgModel::ownedRecordCount(const QString& userId) const {
    if (!m_controller || !m_controller->replica() || userId.isEmpty()) return 0;
    int n = 0;
    for (const char* entity : {"customer", "lead", "opportunity", "task"})
        n += static_cast<int>(m_controller->replica()->list_where(entity, "owner_id", userId.toStdString()).size());
    return n;
}

QString OrgModel::handOverSummary(const QString& login, const QString& heir) const {
    const auto user = directoryUser(m_controller, login);
    const int owned = user.is_object() ? ownedRecordCount(QString::fromStdString(user.value("id", std::string()))) : 0;
    const QString wipe = tr("%1 can no longer sign in; the data on their devices is removed at their next contact "
                            "with the server (edits they had not synced are kept in the server's rejection log).")
                             .arg(login);
    const QString moved =
        heir.isEmpty()
            ? tr("%1's %n record(s) stay without a new owner.", "", owned).arg(login)
            : tr("%n record(s) (customers, leads, deals, tasks, with their contacts and visits) move from %1 to %2.", "",
                 owned)
                  .arg(login, heir);
    return tr("%1 %2", "two sentences in a row").arg(moved, wipe);
}
