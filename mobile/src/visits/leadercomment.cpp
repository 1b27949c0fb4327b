#include "visits/leadercomment.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

using JsonVariant::toStd;

LeaderComment::LeaderComment(QObject* parent) : RecordWriter(parent) {}

bool LeaderComment::post(const QString& visitId, const QString& body) {
    if (!controller() || controller()->role() == QStringLiteral("rep")) {
        fail({}, tr("Only managers and headquarters write comments."));
        return false;
    }
    auto* r = replica();
    if (!r) return false;
    if (!r->find("visit", toStd(visitId))) {
        fail({}, tr("This visit is not on this device."));
        return false;
    }
    const QString trimmed = body.trimmed();
    const nlohmann::json fields = {{"visit_id", toStd(visitId)}, {"author_id", userId()}, {"body", toStd(trimmed)}};
    QVariantMap extra;
    if (trimmed.isEmpty()) extra.insert(QStringLiteral("body"), tr("Write a comment first"));
    if (!check("comment", fields, true, extra) || !create("comment", fields)) return false;
    succeed();
    return true;
}
