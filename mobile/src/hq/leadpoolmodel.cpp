#include "hq/leadpoolmodel.h"

#include "common/jsonvariant.h"
#include "session/appcontroller.h"
#include "session/managementclient.h"

#include "crm/sync/replica.h"

using nlohmann::json;

namespace {

QString counts(const json& byKey) {
    QStringList parts;
    for (const auto& [key, n] : byKey.items()) parts << QStringLiteral("%1 %2").arg(QString::fromStdString(key)).arg(n.get<long>());
    return parts.join(QStringLiteral(" · "));
}

bool isOpen(const std::string& status) { return status == "new" || status == "contacted" || status == "qualified"; }

}  // namespace

LeadPoolModel::LeadPoolModel(QObject* parent) : QObject(parent) {}

void LeadPoolModel::setController(AppController* controller) {
    if (m_controller == controller) return;
    if (m_controller) disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (m_controller) connect(m_controller, &AppController::recordsChanged, this, &LeadPoolModel::reloadLeads);
    emit controllerChanged();
    refresh();
}

void LeadPoolModel::refresh() {
    if (!m_controller) return;
    ++m_pending;
    emit changed();
    QPointer<LeadPoolModel> self(this);
    m_controller->management()->get(QStringLiteral("/v1/leads/pools"), [self](const ManagementClient::Reply& reply) {
        if (!self) return;
        --self->m_pending;
        self->m_offline = reply.status == 0;
        self->m_error = reply.ok() ? QString() : reply.errorMessage;
        if (reply.ok()) {
            self->m_pools.clear();
            for (const auto& p : reply.body.value("pools", json::array())) {
                const bool none = !p["pool"].is_string();
                self->m_pools.append(QVariantMap{
                    {QStringLiteral("key"), none ? QString() : QString::fromStdString(p["pool"].get<std::string>())},
                    {QStringLiteral("name"), none ? tr("(no pool)") : QString::fromStdString(p["pool"].get<std::string>())},
                    {QStringLiteral("total"), static_cast<int>(p.value("total", 0L))},
                    {QStringLiteral("priorities"), counts(p.value("by_priority", json::object()))},
                    {QStringLiteral("regions"), counts(p.value("by_region", json::object()))}});
            }
            emit self->poolsChanged();
        }
        self->reloadLeads();
    });
}

void LeadPoolModel::choosePool(const QString& key) {
    m_pool = key;
    m_poolChosen = true;
    m_selected.clear();
    reloadLeads();
}

void LeadPoolModel::reloadLeads() {
    m_leads.clear();
    auto* replica = m_controller ? m_controller->replica() : nullptr;
    QSet<QString> still;
    if (replica && m_poolChosen) {
        for (const auto& lead : replica->list("lead")) {
            if (lead.contains("owner_id") && !lead["owner_id"].is_null()) continue;
            if (!isOpen(lead.value("status", std::string()))) continue;
            if (JsonVariant::text(lead, "pool") != m_pool) continue;
            const QString id = JsonVariant::text(lead, "id");
            const QString company = JsonVariant::text(lead, "company_name"), person = JsonVariant::text(lead, "person_name");
            if (m_selected.contains(id)) still.insert(id);
            m_leads.append(QVariantMap{{QStringLiteral("id"), id},
                                       {QStringLiteral("title"), company.isEmpty() ? person : company},
                                       {QStringLiteral("person"), company.isEmpty() ? QString() : person},
                                       {QStringLiteral("phone"), JsonVariant::text(lead, "phone")},
                                       {QStringLiteral("region"), JsonVariant::text(lead, "region")},
                                       {QStringLiteral("priority"), JsonVariant::text(lead, "priority")},
                                       {QStringLiteral("selected"), m_selected.contains(id)}});
        }
    }
    m_selected = still;
    emit changed();
}

void LeadPoolModel::toggle(const QString& leadId) {
    if (m_selected.contains(leadId))
        m_selected.remove(leadId);
    else
        m_selected.insert(leadId);
    reloadLeads();
}

void LeadPoolModel::selectAll(bool selected) {
    m_selected.clear();
    if (selected)
        for (const auto& lead : m_leads) m_selected.insert(lead.toMap().value(QStringLiteral("id")).toString());
    reloadLeads();
}

void LeadPoolModel::assignSelected(const QString& ownerId) {
    if (!m_controller || m_selected.isEmpty() || ownerId.isEmpty()) return;
    json ids = json::array();
    for (const auto& id : m_selected) ids.push_back(id.toStdString());
    ++m_pending;
    emit changed();
    QPointer<LeadPoolModel> self(this);
    m_controller->management()->post(
        QStringLiteral("/v1/leads/assign"), {{"lead_ids", ids}, {"owner", ownerId.toStdString()}},
        [self](const ManagementClient::Reply& reply) {
            if (!self) return;
            --self->m_pending;
            self->m_offline = reply.status == 0;
            self->m_error = reply.ok() ? QString() : reply.errorMessage;
            if (reply.ok()) {
                const int n = static_cast<int>(reply.body.value("assigned", 0L));
                self->m_lastResult = tr("%n lead(s) assigned.", "", n);
                self->m_selected.clear();
                emit self->assigned(n);
                self->m_controller->syncNow();  // the leads leave the pool on this device too
                self->refresh();
            }
            emit self->changed();
        });
}
