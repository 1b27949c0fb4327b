#include "records/recordwriter.h"

#include "common/jsonvariant.h"
#include "common/recordvalidation.h"

#include "crm/shared/formats.h"
#include "crm/sync/replica.h"

#include <QDateTime>

#include <exception>

using JsonVariant::toQString;

RecordWriter::RecordWriter(QObject* parent) : QObject(parent) {}

void RecordWriter::setController(AppController* controller) {
    if (controller == m_controller) return;
    m_controller = controller;
    emit controllerChanged();
}

void RecordWriter::clearError(const QString& field) {
    if (!m_errors.contains(field)) return;
    m_errors.remove(field);
    if (m_errors.isEmpty()) m_errorText.clear();
    emit errorsChanged();
}

crm::sync::Replica* RecordWriter::replica() {
    if (m_controller && m_controller->signedIn() && m_controller->replica()) return m_controller->replica();
    fail({}, tr("Not signed in."));
    return nullptr;
}

std::string RecordWriter::userId() {
    try {
        if (auto* r = replica())
            if (auto session = r->session()) return session->user.id;
    } catch (const std::exception&) {
    }
    return {};
}

bool RecordWriter::check(const char* entity, const nlohmann::json& fields, bool creating, QVariantMap extra) {
    const QVariantMap found = RecordValidation::fieldErrors(entity, fields, creating);
    for (auto it = found.begin(); it != found.end(); ++it)
        if (!extra.contains(it.key())) extra.insert(it.key(), it.value());
    if (extra.isEmpty()) return true;
    fail(extra, tr("Please correct the marked fields."));
    return false;
}

std::optional<std::string> RecordWriter::create(const char* entity, const nlohmann::json& fields) {
    auto* r = replica();
    if (!r) return std::nullopt;
    try {
        auto created = r->create(entity, fields);
        if (created) return created.value();
        fail({}, tr("Could not save: %1").arg(toQString(created.error().message)));
    } catch (const std::exception& e) {
        fail({}, tr("Could not save: %1").arg(QString::fromUtf8(e.what())));
    }
    return std::nullopt;
}

bool RecordWriter::update(const char* entity, const std::string& id, const nlohmann::json& fields) {
    auto* r = replica();
    if (!r) return false;
    try {
        auto status = r->update(entity, id, fields);
        if (status) return true;
        fail({}, tr("Could not save: %1").arg(toQString(status.error().message)));
    } catch (const std::exception& e) {
        fail({}, tr("Could not save: %1").arg(QString::fromUtf8(e.what())));
    }
    return false;
}

void RecordWriter::fail(const QVariantMap& errors, const QString& text) {
    m_errors = errors;
    m_errorText = text;
    emit errorsChanged();
}

void RecordWriter::succeed() {
    const bool hadErrors = !m_errors.isEmpty() || !m_errorText.isEmpty();
    m_errors.clear();
    m_errorText.clear();
    if (hadErrors) emit errorsChanged();
    if (m_controller) m_controller->notifyLocalEdit();
}

std::string RecordWriter::now() { return crm::format_timestamp_ms(QDateTime::currentMSecsSinceEpoch()); }
