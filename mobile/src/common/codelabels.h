#pragma once
// The user's words for the stored codes (stages, statuses, priorities...), through tr(), for
// QML (`CodeLabels.stage("proposal")`). Unknown codes come back as they are.

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class CodeLabels : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit CodeLabels(QObject* parent = nullptr);

    /// Opportunity stage: discovery, qualification, proposal, negotiation, closing.
    Q_INVOKABLE QString stage(const QString& code) const;
    /// Opportunity status: following, on_hold, won, lost.
    Q_INVOKABLE QString dealStatus(const QString& code) const;
    /// Lead status: new, contacted, qualified, converted, invalid.
    Q_INVOKABLE QString leadStatus(const QString& code) const;
    /// Lead priority: low, normal, high.
    Q_INVOKABLE QString priority(const QString& code) const;
    /// Customer lifecycle: potential, active, lost.
    Q_INVOKABLE QString lifecycle(const QString& code) const;
    /// Record kinds in duplicate warnings: lead, customer, contact.
    Q_INVOKABLE QString entity(const QString& code) const;
};
