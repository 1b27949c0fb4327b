#pragma once
// People-readable, translated names for the replica's machine names: entities, fields, sync
// issue statuses and the server's rejection codes. C++ models call the static functions; QML
// uses the `Labels` singleton (Labels.entity("customer"), Labels.field("follow_up_date")).

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class DomainLabels : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Labels)
    QML_SINGLETON

public:
    explicit DomainLabels(QObject* parent = nullptr);

    /// "customer" -> "Customer"; an unknown name is made readable ("sales_target" -> "Sales target").
    Q_INVOKABLE static QString entity(const QString& name);
    /// "follow_up_date" -> "Follow-up date"; the same name means the same thing in every entity.
    Q_INVOKABLE static QString field(const QString& name);
    /// A sync issue's status: rejected | merged | moved.
    Q_INVOKABLE static QString issueStatus(const QString& status);
    /// A verdict code from the server (invalid, forbidden, not_found, ...); "" for none.
    Q_INVOKABLE static QString issueCode(const QString& code);
    /// A mutation's operation: create | update | delete.
    Q_INVOKABLE static QString operation(const QString& op);
    /// A user's role: rep | manager | hq.
    Q_INVOKABLE static QString role(const QString& role);

    /// Whether the name has its own (translated) label rather than the humanized fallback; a
    /// test keeps every entity and field of the schema labelled.
    static bool hasEntity(const QString& name);
    static bool hasField(const QString& name);

    /// snake_case -> "Snake case" (the fallback for names without a translation).
    static QString humanize(const QString& name);
};
