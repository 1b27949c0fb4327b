#pragma once
// What the rep does with leads, offline: capture one, qualify it into a customer + contact +
// opportunity, or mark it invalid with a reason.

#include "records/recordwriter.h"

class LeadActions : public RecordWriter {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit LeadActions(QObject* parent = nullptr);

    /// Captures a new lead (status "new", owned by the rep). fields: person_name, company_name,
    /// phone, source, region, priority. Returns its id, or "" (see errors / errorText).
    Q_INVOKABLE QString capture(const QVariantMap& fields);
    /// Creates a customer owned by the rep (named after the company, else the person), a contact
    /// for the person, an opportunity in stage discovery / status following with its first stage
    /// record, and marks the lead converted with links to both. Returns the customer's id or "".
    Q_INVOKABLE QString qualify(const QString& leadId);
    /// Marks the lead invalid; the reason is required.
    Q_INVOKABLE bool markInvalid(const QString& leadId, const QString& reason);
};
