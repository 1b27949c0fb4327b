#include "visits/visitdetail.h"

#include "common/jsonvariant.h"
#include "records/replicaindexes.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <QLoggingCategory>

#include <exception>

using JsonVariant::text;
using JsonVariant::toStd;

namespace {

// Record field -> key in the `visit` map.
const std::pair<const char*, const char*> kFields[] = {
    {"customer_id", "customerId"},      {"planned_at", "plannedAt"},
    {"check_in_at", "checkInAt"},       {"check_out_at", "checkOutAt"},
    {"check_in_status", "checkInStatus"}, {"server_check_in_status", "serverCheckInStatus"},
    {"check_in_source", "checkInSource"}, {"purpose", "purpose"},
    {"notes", "notes"},                 {"outcome", "outcome"},
    {"next_step", "nextStep"},          {"follow_up_date", "followUpDate"},
    {"rep_id", "repId"},
};
const std::pair<const char*, const char*> kNumbers[] = {
    {"check_in_distance_m", "checkInDistance"}, {"check_in_accuracy", "checkInAccuracy"},
    {"check_in_fix_age_s", "checkInFixAge"},    {"check_in_latitude", "checkInLatitude"},
    {"check_in_longitude", "checkInLongitude"}, {"check_out_accuracy", "checkOutAccuracy"},
};

}  // namespace

VisitDetail::VisitDetail(QObject* parent) : QObject(parent) {}

void VisitDetail::setController(AppController* controller) {
    if (controller == m_controller) return;
    disconnect(m_connection);
    m_controller = controller;
    if (controller) m_connection = connect(controller, &AppController::recordsChanged, this, &VisitDetail::reload);
    emit controllerChanged();
    reload();
}

void VisitDetail::setVisitId(const QString& id) {
    if (id == m_visitId) return;
    m_visitId = id;
    emit visitIdChanged();
    reload();
}

void VisitDetail::reload() {
    QVariantMap visit;
    if (m_controller && m_controller->replica() && !m_visitId.isEmpty()) {
        try {
            visit = read(*m_controller->replica(), m_visitId);
        } catch (const std::exception& e) {
            qWarning() << "VisitDetail could not read the replica:" << e.what();
        }
    }
    if (visit == m_visit) return;
    m_visit = visit;
    emit changed();
}

QVariantMap VisitDetail::read(crm::sync::Replica& replica, const QString& visitId) {
    const auto record = replica.find("visit", toStd(visitId));
    if (!record) return {};
    QVariantMap visit;
    for (const auto& [field, key] : kFields) visit.insert(QString::fromLatin1(key), text(*record, field));
    for (const auto& [field, key] : kNumbers)
        if (record->contains(field) && (*record)[field].is_number())
            visit.insert(QString::fromLatin1(key), (*record)[field].get<double>());
    visit.insert(QStringLiteral("pending"), replica.is_pending("visit", toStd(visitId)));

    const auto customer = replica.find("customer", text(*record, "customer_id").toStdString());
    visit.insert(QStringLiteral("customerName"), customer ? text(*customer, "name") : QString());
    visit.insert(QStringLiteral("customerHasPosition"),
                 customer && customer->contains("latitude") && customer->contains("longitude"));

    // The follow-up task made from this visit, if any.
    ReplicaIndexes::ensure(replica);
    auto st = replica.database().prepare(
        "SELECT id, json_extract(data,'$.title'), json_extract(data,'$.done') FROM local_record "
        "WHERE entity='task' AND deleted=0 AND json_extract(data,'$.related_id') = ? "
        "AND json_extract(data,'$.related_entity') = 'visit' ORDER BY id LIMIT 1");
    st.bind(1, toStd(visitId));
    if (st.step()) {
        visit.insert(QStringLiteral("followUpTaskId"), JsonVariant::toQString(st.text(0)));
        visit.insert(QStringLiteral("followUpTaskTitle"), JsonVariant::toQString(st.text(1)));
        visit.insert(QStringLiteral("followUpTaskDone"), st.integer(2) != 0);
    }
    return visit;
}
