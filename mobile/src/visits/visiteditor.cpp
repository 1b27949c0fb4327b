#include "visits/visiteditor.h"

#include "common/jsonvariant.h"
#include "records/editsupport.h"
#include "records/replicaindexes.h"
#include "visits/positionprovider.h"

#include "crm/shared/formats.h"
#include "crm/shared/geo.h"
#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <QDateTime>

#include <cmath>
#include <exception>
#include <optional>

using JsonVariant::text;
using JsonVariant::toQString;
using JsonVariant::toStd;
using nlohmann::json;

namespace {

// The fields the visit form sends; anything else is ignored rather than sent to the replica.
const char* const kFormFields[] = {"purpose", "notes", "outcome", "next_step", "follow_up_date"};
constexpr int kResumeWithinHours = 12;
constexpr std::size_t kTaskTitleMaxBytes = 200;  // shared/'s limit for task.title

std::optional<crm::GeoPoint> customerPoint(const json& customer) {
    const auto lat = customer.find("latitude");
    const auto lon = customer.find("longitude");
    if (lat == customer.end() || lon == customer.end() || !lat->is_number() || !lon->is_number()) return std::nullopt;
    return crm::GeoPoint{lat->get<double>(), lon->get<double>()};
}

double rounded(double value, double step) { return std::round(value / step) * step; }

// Cuts text to at most maxBytes of UTF-8 without splitting a character.
QString fitUtf8(QString text, std::size_t maxBytes) {
    while (std::size_t(text.toUtf8().size()) > maxBytes) text.chop(1);
    return text;
}

}  // namespace

VisitEditor::VisitEditor(QObject* parent) : RecordEditor(parent) {}

void VisitEditor::setCustomerId(const QString& id) {
    if (id == m_customerId) return;
    m_customerId = id;
    emit customerIdChanged();
}

void VisitEditor::setVisitId(const QString& id) {
    if (id == m_visitId) return;
    m_visitId = id;
    emit visitIdChanged();
}

bool VisitEditor::resumeOpenVisit() {
    if (!m_visitId.isEmpty() || m_customerId.isEmpty() || !controller() || !controller()->replica()) return false;
    auto& replica = *controller()->replica();
    ReplicaIndexes::ensure(replica);
    const std::string since =
        crm::format_timestamp_ms(QDateTime::currentMSecsSinceEpoch() - qint64(kResumeWithinHours) * 3600 * 1000);
    auto st = replica.database().prepare(
        // By the customer's visits: left to itself SQLite may walk all of the rep's visits instead.
        "SELECT id FROM local_record INDEXED BY app_visit_customer "
        "WHERE entity='visit' AND deleted=0 AND json_extract(data,'$.customer_id') = ? "
        "AND json_extract(data,'$.check_in_at') >= ? AND json_extract(data,'$.check_out_at') IS NULL "
        "AND json_extract(data,'$.rep_id') = ? ORDER BY json_extract(data,'$.check_in_at') DESC LIMIT 1");
    st.bind(1, toStd(m_customerId)).bind(2, since).bind(3, EditSupport::currentUserId(replica));
    if (!st.step()) return false;
    setVisitId(toQString(st.text(0)));
    return true;
}

bool VisitEditor::plan(const QString& date, const QString& time, const QString& purpose) {
    auto* replica = writableReplica();
    if (!replica) return false;
    QVariantMap errors;
    if (!QDate::fromString(date, Qt::ISODate).isValid()) errors.insert(QStringLiteral("date"), tr("Enter a real date as YYYY-MM-DD."));
    if (!QTime::fromString(time, QStringLiteral("HH:mm")).isValid()) errors.insert(QStringLiteral("time"), tr("Enter a time as HH:MM."));
    const json purposeValue = EditSupport::textOrNull(purpose);
    if (!purposeValue.is_null()) errors.insert(EditSupport::checkFields("visit", json{{"purpose", purposeValue}}));
    if (m_customerId.isEmpty()) return fail(tr("Choose a customer first."), errors);
    if (!errors.isEmpty()) return fail(tr("Please correct the marked fields."), errors);
    json record{{"customer_id", toStd(m_customerId)}, {"planned_at", EditSupport::localToUtc(date, time)}};
    if (!purposeValue.is_null()) record["purpose"] = purposeValue;
    try {
        auto created = replica->create("visit", record);
        if (!created) return fail(toQString(created.error().message), EditSupport::fieldsFromMessage(toQString(created.error().message)));
        setVisitId(toQString(created.value()));
    } catch (const std::exception& e) {
        return fail(tr("Could not save the visit: %1").arg(QString::fromUtf8(e.what())));
    }
    return succeed();
}

bool VisitEditor::checkIn(PositionProvider* position, bool manual, const QString& purpose) {
    auto* replica = writableReplica();
    if (!replica) return false;
    try {
        std::optional<json> existing;
        if (!m_visitId.isEmpty()) existing = replica->find("visit", toStd(m_visitId));
        if (existing && existing->contains("check_in_at")) return fail(tr("This visit is already checked in."));
        const QString customerId = existing ? text(*existing, "customer_id") : m_customerId;
        const auto customer = customerId.isEmpty() ? std::nullopt : replica->find("customer", toStd(customerId));
        if (!customer) return fail(tr("The customer is not on this device."));

        const std::optional<crm::GeoFix> fix = (!manual && position) ? position->currentFix() : std::nullopt;
        if (!manual && !fix) return fail(tr("No position yet: wait for a fix, or check in manually."));
        const auto judged = crm::judge_check_in(customerPoint(*customer), fix, manual);

        json record{{"check_in_at", EditSupport::nowUtc()},
                    {"check_in_status", std::string(crm::to_string(judged.status))},
                    {"check_in_source", manual ? std::string("manual") : toStd(position->sourceName())}};
        if (fix) {
            record["check_in_latitude"] = fix->point.latitude;
            record["check_in_longitude"] = fix->point.longitude;
            if (fix->accuracy_m > 0) record["check_in_accuracy"] = rounded(fix->accuracy_m, 0.1);
            record["check_in_fix_age_s"] = rounded(fix->age_s, 0.1);
        }
        if (judged.distance_m) record["check_in_distance_m"] = rounded(*judged.distance_m, 0.1);
        if (const json p = EditSupport::textOrNull(purpose); !p.is_null()) record["purpose"] = p;
        if (const auto errors = EditSupport::checkFields("visit", record); !errors.isEmpty())
            return fail(tr("Please correct the marked fields."), errors);

        if (existing) {
            if (auto status = replica->update("visit", toStd(m_visitId), record); !status)
                return fail(toQString(status.error().message));
        } else {
            record["customer_id"] = toStd(customerId);
            auto created = replica->create("visit", record);
            if (!created) return fail(toQString(created.error().message));
            setVisitId(toQString(created.value()));
        }
    } catch (const std::exception& e) {
        return fail(tr("Could not check in: %1").arg(QString::fromUtf8(e.what())));
    }
    return succeed();
}

bool VisitEditor::save(const QVariantMap& fields) {
    auto* replica = writableReplica();
    if (!replica) return false;
    json record = json::object();
    for (const char* name : kFormFields) record[name] = EditSupport::textOrNull(fields.value(QString::fromLatin1(name)).toString());
    // Field-level messages first (the rules the replica applies as well), shown next to each field.
    if (const auto errors = EditSupport::checkFields("visit", record); !errors.isEmpty())
        return fail(tr("Please correct the marked fields."), errors);
    if (m_visitId.isEmpty()) return fail(tr("Check in first."));
    try {
        if (auto status = replica->update("visit", toStd(m_visitId), record); !status) {
            const QString message = toQString(status.error().message);
            return fail(message, EditSupport::fieldsFromMessage(message));
        }
        const QString followUp = fields.value(QStringLiteral("follow_up_date")).toString().trimmed();
        if (!followUp.isEmpty() && !upsertFollowUpTask(followUp, fields.value(QStringLiteral("next_step")).toString().trimmed()))
            return false;
    } catch (const std::exception& e) {
        return fail(tr("Could not save the visit: %1").arg(QString::fromUtf8(e.what())));
    }
    return succeed();
}

bool VisitEditor::upsertFollowUpTask(const QString& followUpDate, const QString& nextStep) {
    auto& replica = *controller()->replica();
    const auto visit = replica.find("visit", toStd(m_visitId));
    const auto customer = visit ? replica.find("customer", toStd(text(*visit, "customer_id"))) : std::nullopt;
    const QString title = fitUtf8(nextStep.isEmpty() ? tr("Follow up: %1").arg(customer ? text(*customer, "name") : QString())
                                                     : nextStep,
                                  kTaskTitleMaxBytes);
    const json task{{"title", toStd(title)}, {"due_at", EditSupport::localToUtc(followUpDate, QStringLiteral("09:00"))}};

    ReplicaIndexes::ensure(replica);
    auto st = replica.database().prepare(
        "SELECT id, json_extract(data,'$.done') FROM local_record WHERE entity='task' AND deleted=0 "
        "AND json_extract(data,'$.related_id') = ? AND json_extract(data,'$.related_entity') = 'visit' ORDER BY id LIMIT 1");
    st.bind(1, toStd(m_visitId));
    if (st.step()) {
        const std::string taskId = st.text(0);
        const bool done = st.integer(1) != 0;
        st.reset();
        if (done) return true;  // already followed up: the visit's date changes, the done task stays as it was
        if (auto status = replica.update("task", taskId, task); !status) return fail(toQString(status.error().message));
        return true;
    }
    st.reset();
    json created = task;
    created["related_entity"] = "visit";
    created["related_id"] = toStd(m_visitId);
    created["done"] = false;
    if (auto id = replica.create("task", created); !id) return fail(toQString(id.error().message));
    return true;
}

bool VisitEditor::checkOut(const QVariantMap& fields, PositionProvider* position) {
    if (!save(fields)) return false;
    auto& replica = *controller()->replica();
    try {
        const auto visit = replica.find("visit", toStd(m_visitId));
        if (!visit || !visit->contains("check_in_at")) return fail(tr("Check in first."));
        json record{{"check_out_at", EditSupport::nowUtc()}};
        if (const auto fix = position ? position->currentFix() : std::nullopt) {
            record["check_out_latitude"] = fix->point.latitude;
            record["check_out_longitude"] = fix->point.longitude;
            if (fix->accuracy_m > 0) record["check_out_accuracy"] = rounded(fix->accuracy_m, 0.1);
        }
        if (auto status = replica.update("visit", toStd(m_visitId), record); !status)
            return fail(toQString(status.error().message));
    } catch (const std::exception& e) {
        return fail(tr("Could not check out: %1").arg(QString::fromUtf8(e.what())));
    }
    return succeed();
}

bool VisitEditor::setCustomerPosition(PositionProvider* position) {
    auto* replica = writableReplica();
    if (!replica) return false;
    const auto fix = position ? position->currentFix() : std::nullopt;
    if (!fix) return fail(tr("No position yet."));
    try {
        QString customerId = m_customerId;
        if (const auto visit = m_visitId.isEmpty() ? std::nullopt : replica->find("visit", toStd(m_visitId)))
            customerId = text(*visit, "customer_id");
        if (customerId.isEmpty()) return fail(tr("Choose a customer first."));
        if (auto status = replica->update("customer", toStd(customerId),
                                          json{{"latitude", fix->point.latitude}, {"longitude", fix->point.longitude}});
            !status)
            return fail(toQString(status.error().message));
    } catch (const std::exception& e) {
        return fail(tr("Could not store the position: %1").arg(QString::fromUtf8(e.what())));
    }
    return succeed();
}
