#pragma once
// Base of the QML editing classes (VisitEditor, TaskEditor): the controller whose replica they
// write, and the messages of the last refused write — `errors` (field -> message, shown next to
// each field) and `errorString` (for the form) — cleared by the next successful write.

#include "session/appcontroller.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class RecordEditor : public QObject {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY errorsChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorsChanged)

public:
    explicit RecordEditor(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QVariantMap errors() const { return m_errors; }
    QString errorString() const { return m_errorString; }

    /// Forgets the messages of the last refused write.
    Q_INVOKABLE void clearErrors();
    /// Forgets one field's message (the user is editing that field).
    Q_INVOKABLE void clearError(const QString& field);

signals:
    void controllerChanged();
    void errorsChanged();

protected:
    /// The replica to write to, or nullptr (and a message) when nobody is signed in.
    crm::sync::Replica* writableReplica();
    /// Records a refusal; returns false.
    bool fail(const QString& message, const QVariantMap& errors = {});
    /// Clears the messages and tells the controller about the local edit; returns true.
    bool succeed();

private:
    QPointer<AppController> m_controller;
    QVariantMap m_errors;
    QString m_errorString;
};
