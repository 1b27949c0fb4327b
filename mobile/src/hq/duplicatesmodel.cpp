#include "hq/duplicatesmodel.h"

#include "common/jsonvariant.h"
#include "session/appcontroller.h"
#include "session/managementclient.h"

using nlohmann::json;

namespace {

QString text(const json& record, const char* field) { return JsonVariant::text(record, field); }

QString reasonLabel(const std::string& reason) {
    if (reason == "phone") return DuplicatesModel::tr("same phone");
    if (reason == "company") return DuplicatesModel::tr("same company");
    if (reason == "person_and_company") return DuplicatesModel::tr("same person and company");
    return QString::fromStdString(reason);
}

}  // namespace

DuplicatesModel::DuplicatesModel(QObject* parent) : QObject(parent) {}

void DuplicatesModel::setController(AppController* controller) {
    if (m_controller == controller) return;
    m_controller = controller;
    emit controllerChanged();
    refresh();
}

void DuplicatesModel::setEntity(const QString& entity) {
    if (m_entity == entity || (entity != QLatin1String("lead") && entity != QLatin1String("customer"))) return;
    m_entity = entity;
    m_groups.clear();
    emit entityChanged();
    emit changed();
    refresh();
}

void DuplicatesModel::call(const QString& method, const QString& path, const json& body,
                           std::function<void(const json&)> ok) {
    if (!m_controller) return;
    ++m_pending;
    emit busyChanged();
    QPointer<DuplicatesModel> self(this);
    auto done = [self, ok = std::move(ok)](const ManagementClient::Reply& reply) {
        if (!self) return;
        --self->m_pending;
        emit self->busyChanged();
        self->m_offline = reply.status == 0;
        self->m_error = reply.ok() ? QString() : reply.errorMessage;
        if (reply.ok()) ok(reply.body);
        emit self->changed();
    };
    if (method == QLatin1String("GET"))
        m_controller->management()->get(path, std::move(done));
    else
        m_controller->management()->post(path, body, std::move(done));
}

void DuplicatesModel::refresh() {
    call(QStringLiteral("GET"), QStringLiteral("/v1/duplicates?entity=") + m_entity, nullptr,
         [this](const json& body) { setGroups(body); });
    call(QStringLiteral("GET"), QStringLiteral("/v1/merges"), nullptr, [this](const json& body) { setMerges(body); });
}

void DuplicatesModel::setGroups(const json& body) {
    m_groups.clear();
    const bool lead = body.value("entity", std::string()) == "lead";
    for (const auto& group : body.value("groups", json::array())) {
        QStringList reasons;
        QVariantList reasonCodes;
        for (const auto& r : group.value("reasons", json::array())) {
            reasons << reasonLabel(r.get<std::string>());
            reasonCodes << QString::fromStdString(r.get<std::string>());
        }
        QVariantList records;
        for (const auto& r : group.value("records", json::array())) {
            const QString company = text(r, lead ? "company_name" : "name"), person = text(r, "person_name");
            const QString owner = text(r, "owner_login");
            records.append(QVariantMap{
                {QStringLiteral("id"), text(r, "id")},
                {QStringLiteral("title"), company.isEmpty() ? person : company},
                {QStringLiteral("subtitle"), lead ? person : text(r, "tax_id")},
                {QStringLiteral("phone"), text(r, "phone")},
                {QStringLiteral("region"), text(r, "region")},
                {QStringLiteral("status"), text(r, lead ? "status" : "lifecycle")},
                {QStringLiteral("owner"), owner.isEmpty() ? tr("Pool") : owner},
                {QStringLiteral("created"), text(r, "created_at")},
                {QStringLiteral("createdText"), JsonVariant::displayTime(text(r, "created_at"))}});
        }
        m_groups.append(QVariantMap{{QStringLiteral("reasons"), reasonCodes},
                                    {QStringLiteral("reasonText"), reasons.join(QStringLiteral(", "))},
                                    {QStringLiteral("records"), records}});
    }
}

void DuplicatesModel::setMerges(const json& body) {
    m_merges.clear();
    for (const auto& m : body.value("merges", json::array()))
        m_merges.append(QVariantMap{{QStringLiteral("id"), QVariant::fromValue<qint64>(m.value("id", std::int64_t{0}))},
                                    {QStringLiteral("entity"), text(m, "entity")},
                                    {QStringLiteral("survivorId"), text(m, "survivor_id")},
                                    {QStringLiteral("survivorLabel"), text(m, "survivor_label")},
                                    {QStringLiteral("count"), static_cast<int>(m.value("duplicate_ids", json::array()).size())},
                                    {QStringLiteral("by"), text(m, "by")},
                                    {QStringLiteral("at"), text(m, "at")},
                                    {QStringLiteral("atText"), JsonVariant::displayTime(text(m, "at"))},
                                    {QStringLiteral("undone"), m.value("undone", false)}});
}

void DuplicatesModel::mergeGroup(int groupIndex, const QString& survivorId) {
    if (groupIndex < 0 || groupIndex >= m_groups.size()) return;
    json duplicates = json::array();
    bool survivorInGroup = false;
    for (const auto& r : m_groups[groupIndex].toMap().value(QStringLiteral("records")).toList()) {
        const QString id = r.toMap().value(QStringLiteral("id")).toString();
        if (id == survivorId)
            survivorInGroup = true;
        else
            duplicates.push_back(id.toStdString());
    }
    if (!survivorInGroup || duplicates.empty()) return;
    const json body = {{"entity", m_entity.toStdString()}, {"survivor_id", survivorId.toStdString()},
                       {"duplicate_ids", duplicates}};
    call(QStringLiteral("POST"), QStringLiteral("/v1/merge"), body, [this](const json& reply) {
        const qint64 id = reply.value("merge_id", std::int64_t{0});
        m_lastResult = tr("Merge %1 done: %2 linked records moved to the survivor.")
                           .arg(id)
                           .arg(reply.value("moved", 0L));
        emit merged(id);
        refresh();
    });
}

void DuplicatesModel::undo(qint64 mergeId) {
    call(QStringLiteral("POST"), QStringLiteral("/v1/merge/undo"), {{"merge_id", mergeId}}, [this, mergeId](const json& reply) {
        const auto kept = reply.value("kept", json::array()).size();
        m_lastResult = kept == 0 ? tr("Merge %1 undone.").arg(mergeId)
                                 : tr("Merge %1 undone; %2 linked records changed since stay with the survivor.")
                                       .arg(mergeId)
                                       .arg(kept);
        emit undone(mergeId);
        refresh();
    });
}
