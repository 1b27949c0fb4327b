#pragma once
// A leader's comment (批示) on a rep's visit: a `comment` record written to the replica (author =
// the signed-in leader, filled by the replica), synced like any edit. Reps cannot comment.

#include "records/recordwriter.h"

class LeaderComment : public RecordWriter {
    Q_OBJECT
    QML_ELEMENT

public:
    explicit LeaderComment(QObject* parent = nullptr);

    /// Writes the comment; false with `errors["body"]` / `errorText` when refused.
    Q_INVOKABLE bool post(const QString& visitId, const QString& body);
};
