#pragma once
// Base of the small QML helpers that write records (lead capture and conversion, opportunity
// moves): field checks with shared/'s rules first, so a form shows each message next to its
// field and keeps what was typed; then the replica write and AppController::notifyLocalEdit().

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "session/appcontroller.h"

class RecordWriter : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// Field name -> translated problem from the last refused write (empty after a successful one).
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    /// What went wrong with the last write as a whole ("" after a successful one).
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)

public:
    explicit RecordWriter(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QVariantMap errors() const { return m_errors; }
    QString errorText() const { return m_errorText; }

    /// Forgets one field's message (the user is editing that field).
    Q_INVOKABLE void clearError(const QString& field);

signals:
    void controllerChanged();
    void errorsChanged();

protected:
    /// The replica when signed in; otherwise sets errorText and returns nullptr.
    crm::sync::Replica* replica();
    /// The signed-in user's id ("" when none).
    std::string userId();
    /// Checks fields with shared/'s rules plus `extra` messages; false (messages set) when any fails.
    bool check(const char* entity, const nlohmann::json& fields, bool creating, QVariantMap extra = {});
    /// Creates a record; nullopt (errorText set) when the replica refuses.
    std::optional<std::string> create(const char* entity, const nlohmann::json& fields);
    /// Updates a record; false (errorText set) when the replica refuses.
    bool update(const char* entity, const std::string& id, const nlohmann::json& fields);
    void fail(const QVariantMap& errors, const QString& text);
    /// Clears the messages and tells the controller about the local edit.
    void succeed();
    /// now as the replica's timestamps ("2026-11-23T14:15:17.000Z").
    static std::string now();

private:
    QPointer<AppController> m_controller;
    QVariantMap m_errors;
    QString m_errorText;
};
