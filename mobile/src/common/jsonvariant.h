#pragma once
// Conversions between nlohmann::json records and Qt values, and display formatting of times.

#include <QDateTime>
#include <QString>
#include <QVariant>

#include <nlohmann/json.hpp>

#include <string>

namespace JsonVariant {

/// std::string (UTF-8) -> QString.
QString toQString(const std::string& text);
/// QString -> std::string (UTF-8).
std::string toStd(const QString& text);
/// A field of a record as text: strings as is, numbers/bools printed, tags joined by ", ",
/// missing or null as "".
QString text(const nlohmann::json& record, const char* field);
/// A JSON value as a QVariant (objects -> QVariantMap, arrays -> QVariantList).
QVariant toVariant(const nlohmann::json& value);
/// An ISO-8601 timestamp with zone; invalid QDateTime when empty or malformed.
QDateTime parseTimestamp(const QString& iso);
/// An ISO-8601 timestamp as local "yyyy-MM-dd HH:mm" ("" when empty or malformed).
QString displayTime(const QString& iso);

}  // namespace JsonVariant
