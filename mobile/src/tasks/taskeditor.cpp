#include "tasks/taskeditor.h"

#include "common/jsonvariant.h"
#include "records/editsupport.h"

#include "crm/shared/formats.h"
#include "crm/sync/replica.h"

#include <QDateTime>

#include <algorithm>
#include <exception>

using JsonVariant::toQString;
using JsonVariant::toStd;
using nlohmann::json;

TaskEditor::TaskEditor(QObject* parent) : RecordEditor(parent) {}

QString TaskEditor::create(const QVariantMap& fields) {
    auto* replica = writableReplica();
    if (!replica) return {};
    const QString title = fields.value(QStringLiteral("title")).toString().trimmed();
    const QString dueDate = fields.value(QStringLiteral("due_date")).toString().trimmed();
    QString dueTime = fields.value(QStringLiteral("due_time")).toString().trimmed();
    if (dueTime.isEmpty()) dueTime = QStringLiteral("09:00");

    json record{{"title", toStd(title)}, {"done", false}};
    QVariantMap errors = EditSupport::checkFields("task", record);
    if (title.isEmpty()) errors.insert(QStringLiteral("title"), tr("Required."));
    if (!dueDate.isEmpty()) {
        const std::string due = EditSupport::localToUtc(dueDate, dueTime);
        if (!QDate::fromString(dueDate, Qt::ISODate).isValid())
            errors.insert(QStringLiteral("due_date"), tr("Enter a real date as YYYY-MM-DD."));
        else if (due.empty())
            errors.insert(QStringLiteral("due_time"), tr("Enter a time as HH:MM."));
        else
            record["due_at"] = due;
    }
    const QString relatedEntity = fields.value(QStringLiteral("related_entity")).toString();
    const QString relatedId = fields.value(QStringLiteral("related_id")).toString();
    if (!relatedEntity.isEmpty() && !relatedId.isEmpty()) {
        record["related_entity"] = toStd(relatedEntity);
        record["related_id"] = toStd(relatedId);
    }
    if (!errors.isEmpty()) {
        fail(tr("Please correct the marked fields."), errors);
        return {};
    }
    try {
        auto created = replica->create("task", record);
        if (!created) {
            const QString message = toQString(created.error().message);
            fail(message, EditSupport::fieldsFromMessage(message));
            return {};
        }
        succeed();
        return toQString(created.value());
    } catch (const std::exception& e) {
        fail(tr("Could not save the task: %1").arg(QString::fromUtf8(e.what())));
        return {};
    }
}

bool TaskEditor::setDone(const QString& taskId, bool done) {
    return update(taskId, done ? json{{"done", true}, {"done_at", EditSupport::nowUtc()}}
                               : json{{"done", false}, {"done_at", nullptr}});
}

bool TaskEditor::snooze(const QString& taskId, int days) {
    auto* replica = writableReplica();
    if (!replica) return false;
    const auto task = replica->find("task", toStd(taskId));
    if (!task) return fail(tr("The task is not on this device."));
    const QDateTime due = JsonVariant::parseTimestamp(JsonVariant::text(*task, "due_at")).toLocalTime();
    const QDate from = due.isValid() ? std::max(due.date(), QDate::currentDate()) : QDate::currentDate();
    const QTime at = due.isValid() ? QTime(due.time().hour(), due.time().minute()) : QTime(9, 0);
    return update(taskId, json{{"due_at", crm::format_timestamp_ms(QDateTime(from.addDays(days), at).toMSecsSinceEpoch())}});
}

bool TaskEditor::update(const QString& taskId, const json& fields) {
    auto* replica = writableReplica();
    if (!replica) return false;
    try {
        if (auto status = replica->update("task", toStd(taskId), fields); !status)
            return fail(toQString(status.error().message));
    } catch (const std::exception& e) {
        return fail(tr("Could not save the task: %1").arg(QString::fromUtf8(e.what())));
    }
    return succeed();
}
