#pragma once
// What the rep does with opportunities, offline: add one to a customer, move its stage, change
// its status (lost needs a reason), edit amount and expected close. Every stage or status change
// also appends an opportunity_stage record (the history), changed_by = the signed-in user.

#include "records/recordwriter.h"

class OpportunityActions : public RecordWriter {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit OpportunityActions(QObject* parent = nullptr);

    /// Adds an opportunity to the customer. fields: title, amount (text, may be ""), stage,
    /// expected_close (YYYY-MM-DD or ""). Status following. Returns its id or "".
    Q_INVOKABLE QString create(const QString& customerId, const QVariantMap& fields);
    Q_INVOKABLE bool moveStage(const QString& opportunityId, const QString& stage);
    /// following | on_hold | won | lost; lost requires a reason (stored as lost_reason).
    Q_INVOKABLE bool setStatus(const QString& opportunityId, const QString& status, const QString& reason = {});
    /// amount as typed ("" clears it), expected close as YYYY-MM-DD ("" clears it).
    Q_INVOKABLE bool saveTerms(const QString& opportunityId, const QString& amount, const QString& expectedClose);

    /// The stages in funnel order (discovery ... closing).
    Q_INVOKABLE QStringList stages() const;
    Q_INVOKABLE QStringList statuses() const;

private:
    /// Writes the change and its history record; false with errors set when refused.
    bool change(const QString& opportunityId, const nlohmann::json& fields);
    /// The amount field's value from text: null when empty, a number, or a bad value (for the message).
    nlohmann::json amountValue(const QString& text) const;
};
