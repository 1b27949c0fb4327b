#pragma once
// Writes the rep's tasks: a new task from the form (title, due date and time, optionally about a
// record), done / not done, snooze by days. A refused write fills `errors` (field -> message) and
// `errorString`.

#include "records/recordeditor.h"

#include <nlohmann/json.hpp>

class TaskEditor : public RecordEditor {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit TaskEditor(QObject* parent = nullptr);

    /// fields: title, due_date (YYYY-MM-DD, optional), due_time (HH:mm, default 09:00),
    /// related_entity + related_id (optional). Returns the new task's id, or "" (see errors).
    Q_INVOKABLE QString create(const QVariantMap& fields);
    /// Marks a task done (done_at = now) or open again.
    Q_INVOKABLE bool setDone(const QString& taskId, bool done);
    /// Moves the due date `days` days on from the later of its due date and today, keeping the
    /// time of day (09:00 for a task without one).
    Q_INVOKABLE bool snooze(const QString& taskId, int days);

private:
    bool update(const QString& taskId, const nlohmann::json& fields);
};
