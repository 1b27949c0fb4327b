#include "records/editsupport.h"

#include "common/jsonvariant.h"

#include "crm/shared/entity_schema.h"
#include "crm/shared/formats.h"
#include "crm/shared/validation.h"
#include "crm/sync/replica.h"

#include <QDateTime>
#include <QRegularExpression>

using JsonVariant::toQString;

namespace {

// shared/ words its problems in English for logs and the server; the form shows them translated.
QString wordForForm(const QString& problem) {
    static const QRegularExpression longer(QStringLiteral("^is longer than (\\d+) bytes$"));
    if (problem == QLatin1String("is required")) return QCoreApplication::translate("EditSupport", "Required.");
    if (const auto m = longer.match(problem); m.hasMatch())
        return QCoreApplication::translate("EditSupport", "Too long: at most %1 bytes.").arg(m.captured(1));
    if (problem == QLatin1String("must be a date YYYY-MM-DD"))
        return QCoreApplication::translate("EditSupport", "Enter a real date as YYYY-MM-DD.");
    if (problem.startsWith(QLatin1String("must be an ISO-8601 timestamp")))
        return QCoreApplication::translate("EditSupport", "Enter a valid date and time.");
    if (problem == QLatin1String("must not contain NUL characters"))
        return QCoreApplication::translate("EditSupport", "Contains characters that cannot be stored.");
    return problem;
}

}  // namespace

namespace EditSupport {

QVariantMap checkFields(const char* entity, const nlohmann::json& fields) {
    QVariantMap errors;
    const crm::EntitySpec* spec = crm::find_entity(entity);
    if (!spec) return errors;
    for (const auto& problem : crm::check_fields(*spec, fields, crm::ValidationMode::update))
        errors.insert(toQString(problem.field), wordForForm(toQString(problem.message)));
    return errors;
}

QVariantMap fieldsFromMessage(const QString& message) {
    QVariantMap errors;
    QString body = message;
    if (const int colon = body.indexOf(QLatin1String(": ")); colon >= 0) body = body.mid(colon + 2);
    for (const QString& part : body.split(QStringLiteral("; "), Qt::SkipEmptyParts)) {
        const int space = part.indexOf(QLatin1Char(' '));
        if (space > 0) errors.insert(part.left(space), wordForForm(part.mid(space + 1)));
    }
    return errors;
}

std::string currentUserId(crm::sync::Replica& replica) {
    const auto session = replica.session();
    return session ? session->user.id : std::string();
}

std::string nowUtc() { return crm::format_timestamp_ms(QDateTime::currentMSecsSinceEpoch()); }

std::string localToUtc(const QString& date, const QString& time) {
    const QDate d = QDate::fromString(date, Qt::ISODate);
    const QTime t = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!d.isValid() || !t.isValid()) return {};
    return crm::format_timestamp_ms(QDateTime(d, t).toMSecsSinceEpoch());
}

nlohmann::json textOrNull(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? nlohmann::json() : nlohmann::json(JsonVariant::toStd(trimmed));
}

}  // namespace EditSupport
