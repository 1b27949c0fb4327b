#pragma once
// Field checks for the app's forms with shared/'s rules (crm::check_fields), worded for the user
// through tr(): the same rules the replica and the server apply, shown next to each field.

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <nlohmann/json.hpp>

namespace RecordValidation {

/// Field name -> translated problem for `fields` of `entity` (update mode: only the given
/// fields are checked; create mode: required ones must be present too).
QVariantMap fieldErrors(const char* entity, const nlohmann::json& fields, bool creating);
/// One of shared/'s English problem texts ("is required", "must be at most 5") in the user's language.
QString translate(const QString& problem);

}  // namespace RecordValidation
