#include "common/recordvalidation.h"

#include "common/jsonvariant.h"

#include "crm/shared/entity_schema.h"
#include "crm/shared/validation.h"

#include <QRegularExpression>

namespace {

// tr() context of these messages in the .ts file.
QString tr(const char* text) { return QCoreApplication::translate("RecordValidation", text); }

}  // namespace

namespace RecordValidation {

QString translate(const QString& problem) {
    static const QRegularExpression number(QStringLiteral("(-?[0-9][0-9.e+]*)"));
    const QString bound = number.match(problem).captured(1);
    if (problem == QLatin1String("is required")) return tr("Required");
    if (problem.startsWith(QLatin1String("must be a date"))) return tr("Enter a date as YYYY-MM-DD");
    if (problem == QLatin1String("must be a number") || problem == QLatin1String("must be a whole number"))
        return tr("Enter a number");
    if (problem.startsWith(QLatin1String("must be at least"))) return tr("Must be at least %1").arg(bound);
    if (problem.startsWith(QLatin1String("must be at most"))) return tr("Must be at most %1").arg(bound);
    if (problem.startsWith(QLatin1String("is longer than"))) return tr("Too long (at most %1 bytes)").arg(bound);
    if (problem.startsWith(QLatin1String("must be one of"))) return tr("Choose one of the offered values");
    if (problem.startsWith(QLatin1String("must not contain NUL"))) return tr("Contains characters that cannot be stored");
    return problem;
}

QVariantMap fieldErrors(const char* entity, const nlohmann::json& fields, bool creating) {
    QVariantMap errors;
    const auto* spec = crm::find_entity(entity);
    if (!spec) return errors;
    for (const auto& problem : crm::check_fields(*spec, fields, creating ? crm::ValidationMode::create
                                                                         : crm::ValidationMode::update))
        errors.insert(JsonVariant::toQString(problem.field), translate(JsonVariant::toQString(problem.message)));
    return errors;
}

}  // namespace RecordValidation
