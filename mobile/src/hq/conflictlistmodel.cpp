#include "hq/conflictlistmodel.h"

#include "common/domainlabels.h"
#include "common/jsonvariant.h"
#include "session/appcontroller.h"
#include "session/managementclient.h"

#include <QCoreApplication>

namespace {

QString str(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

/// A stored field value for a person: text as is, null as "(empty)", anything else as JSON.
QString valueText(const nlohmann::json& value) {
    if (value.is_null()) return QCoreApplication::translate("ConflictListModel", "(empty)");
    if (value.is_string()) return QString::fromStdString(value.get<std::string>());
    if (value.is_boolean()) return value.get<bool>() ? QCoreApplication::translate("ConflictListModel", "yes")
                                                     : QCoreApplication::translate("ConflictListModel", "no");
    return QString::fromStdString(value.dump());
}

}  // namespace

ConflictListModel::ConflictListModel(QObject* parent) : QAbstractListModel(parent) {}

void ConflictListModel::setController(AppController* controller) {
    if (controller == m_controller) return;
    m_controller = controller;
    emit controllerChanged();
    refresh();
}

void ConflictListModel::setStatus(const QString& status) {
    if (status == m_status) return;
    if (status != QLatin1String("open") && status != QLatin1String("resolved") && status != QLatin1String("all")) {
        qWarning("ConflictListModel: status must be open, resolved or all");
        return;
    }
    m_status = status;
    emit statusChanged();
    refresh();
}

int ConflictListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QHash<int, QByteArray> ConflictListModel::roleNames() const {
    return {{ConflictIdRole, "conflictId"},       {EntityRole, "entity"},           {EntityLabelRole, "entityLabel"},
            {RecordIdRole, "recordId"},           {TitleRole, "title"},             {FieldRole, "field"},
            {FieldLabelRole, "fieldLabel"},       {WinningValueRole, "winningValue"}, {WinningAuthorRole, "winningAuthor"},
            {WinningAtRole, "winningAt"},         {LosingValueRole, "losingValue"}, {LosingAuthorRole, "losingAuthor"},
            {LosingAtRole, "losingAt"},           {LosingDeviceRole, "losingDevice"}, {ResolvedRole, "resolved"},
            {ResolutionRole, "resolution"},       {ResolvedByRole, "resolvedBy"},   {RecordDeletedRole, "recordDeleted"}};
}

QVariant ConflictListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= count()) return {};
    const auto& c = m_rows[static_cast<std::size_t>(index.row())];
    const auto winning = c.value("winning", nlohmann::json::object());
    const auto losing = c.value("losing", nlohmann::json::object());
    switch (role) {
    case ConflictIdRole: return QVariant::fromValue<qint64>(c.value("id", std::int64_t{0}));
    case EntityRole: return str(c, "entity");
    case EntityLabelRole: return DomainLabels::entity(str(c, "entity"));
    case RecordIdRole: return str(c, "record_id");
    case TitleRole: return str(c, "title");
    case FieldRole: return str(c, "field");
    case FieldLabelRole: return DomainLabels::field(str(c, "field"));
    case WinningValueRole: return valueText(winning.value("value", nlohmann::json()));
    case WinningAuthorRole: return str(winning, "author");
    case WinningAtRole: return JsonVariant::displayTime(str(winning, "at"));
    case LosingValueRole: return valueText(losing.value("value", nlohmann::json()));
    case LosingAuthorRole: return str(losing, "author");
    case LosingAtRole: return JsonVariant::displayTime(str(losing, "at"));
    case LosingDeviceRole: return str(losing, "device");
    case ResolvedRole: return c.value("resolved", false);
    case ResolutionRole: return str(c, "resolution");
    case ResolvedByRole: return str(c, "resolved_by");
    case RecordDeletedRole: return c.value("record_deleted", false);
    default: return {};
    }
}

QVariantMap ConflictListModel::get(int row) const {
    QVariantMap map;
    if (row < 0 || row >= count()) return map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return map;
}

void ConflictListModel::setLoading(bool loading) {
    if (loading == m_loading) return;
    m_loading = loading;
    emit loadingChanged();
}

void ConflictListModel::setError(const QString& error, bool offline) {
    if (error == m_error && offline == m_offline) return;
    m_error = error;
    m_offline = offline;
    emit errorStringChanged();
}

bool ConflictListModel::settle(const ManagementClient::Reply& reply) {
    setLoading(false);
    if (reply.ok()) {
        setError({}, false);
        return true;
    }
    // Offline has its own sentence; a server's refusal keeps the server's words.
    if (reply.status == 0) setError(tr("The conflict log is on the server: connect to the network to review it."), true);
    else setError(reply.errorMessage, false);
    return false;
}

void ConflictListModel::refresh() {
    if (!m_controller || !m_controller->management()) return;
    const int generation = ++m_generation;
    setLoading(true);
    QPointer<ConflictListModel> self(this);
    m_controller->management()->get(QStringLiteral("/v1/conflicts?limit=500&status=") + m_status,
                                    [self, generation](const ManagementClient::Reply& reply) {
        if (!self || generation != self->m_generation || !self->settle(reply)) return;
        self->beginResetModel();
        self->m_rows.clear();
        for (const auto& c : reply.body.value("conflicts", nlohmann::json::array())) self->m_rows.push_back(c);
        self->endResetModel();
        emit self->countChanged();
    });
}

void ConflictListModel::act(const QString& path, qint64 conflictId, const QString& done) {
    if (!m_controller || !m_controller->management()) return;
    setLoading(true);
    QPointer<ConflictListModel> self(this);
    m_controller->management()->post(path, {{"conflict_id", conflictId}},
                                     [self, done](const ManagementClient::Reply& reply) {
        if (!self || !self->settle(reply)) return;
        emit self->actionDone(done);
        self->refresh();
        if (self->m_controller) self->m_controller->syncNow();  // the re-applied value comes down
    });
}

void ConflictListModel::reapply(qint64 conflictId) {
    act(QStringLiteral("/v1/conflicts/reapply"), conflictId, tr("The value was re-applied; every device gets it."));
}

void ConflictListModel::dismiss(qint64 conflictId) {
    act(QStringLiteral("/v1/conflicts/dismiss"), conflictId, tr("The conflict was dismissed."));
}
