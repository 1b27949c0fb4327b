#pragma once
// A leader hands a customer or lead to another person of their subtree (hq: anyone active):
// owner_id changes through the replica; the server checks the subtree rule on push.

#include "records/recordwriter.h"

#include <QVariantList>

class Reassignment : public RecordWriter {
    Q_OBJECT
    QML_ELEMENT
    /// Whether the signed-in user may reassign at all (manager or hq).
    Q_PROPERTY(bool allowed READ allowed NOTIFY controllerChanged)

public:
    explicit Reassignment(QObject* parent = nullptr);

    bool allowed() const;
    /// [{id, name, unitName, role}] the record may go to: active users in the leader's unit and
    /// below (hq: everyone active), without `currentOwnerId`; read from the synced directory.
    Q_INVOKABLE QVariantList candidates(const QString& currentOwnerId) const;
    /// entity: "customer" or "lead". False with errorText when refused.
    Q_INVOKABLE bool reassign(const QString& entity, const QString& recordId, const QString& ownerId);
};
