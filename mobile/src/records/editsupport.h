#pragma once
// Small helpers shared by the editing classes (VisitEditor, TaskEditor, CommentInbox): field
// messages from shared/'s rules worded for the form, the signed-in user, and "now" as stored.

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

#include <nlohmann/json.hpp>

#include <string>

namespace crm::sync {
class Replica;
}

namespace EditSupport {

/// Problems with `fields` (only the fields given) under shared/'s rules for `entity`, as
/// field -> message for the form.
QVariantMap checkFields(const char* entity, const nlohmann::json& fields);
/// A replica refusal ("visit: follow_up_date must be a date YYYY-MM-DD; ...") as field -> message.
QVariantMap fieldsFromMessage(const QString& message);
/// The id of the signed-in user ("" when nobody is).
std::string currentUserId(crm::sync::Replica& replica);
/// Now as the replica stores timestamps ("2026-11-23T14:15:17.123Z").
std::string nowUtc();
/// A local date (YYYY-MM-DD) at a local time (HH:mm) as a stored UTC timestamp; "" when invalid.
std::string localToUtc(const QString& date, const QString& time);
/// `text` trimmed as a JSON value: null when empty (clears the field).
nlohmann::json textOrNull(const QString& text);

}  // namespace EditSupport
