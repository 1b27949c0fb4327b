#pragma once
// A leader's decision on a pending key-field revision: its status becomes approved or rejected
// (with an optional note of at most 1000 characters) through the replica, offline like any edit;
// the server checks the subtree rule, applies an approved value and records who and when.

#include "records/recordwriter.h"

class RevisionDecision : public RecordWriter {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit RevisionDecision(QObject* parent = nullptr);

    Q_INVOKABLE bool approve(const QString& revisionId, const QString& note);
    Q_INVOKABLE bool reject(const QString& revisionId, const QString& note);

private:
    bool decide(const QString& revisionId, const char* status, const QString& note);
};
