#include "team/revisiondecision.h"

#include "common/jsonvariant.h"

#include "crm/sync/replica.h"

using JsonVariant::toStd;

RevisionDecision::RevisionDecision(QObject* parent) : RecordWriter(parent) {}

bool RevisionDecision::approve(const QString& revisionId, const QString& note) {
    return decide(revisionId, "approved", note);
}

bool RevisionDecision::reject(const QString& revisionId, const QString& note) {
    return decide(revisionId, "rejected", note);
}

bool RevisionDecision::decide(const QString& revisionId, const char* status, const QString& note) {
    if (!controller() || controller()->role() == QStringLiteral("rep")) {
        fail({}, tr("Only managers and headquarters decide on changes."));
        return false;
    }
    auto* r = replica();
    if (!r) return false;
    const auto revision = r->find("revision", toStd(revisionId));
    if (!revision || revision->value("status", "") != "pending") {
        fail({}, tr("This change is no longer waiting for a decision."));
        return false;
    }
    const QString trimmed = note.trimmed();
    nlohmann::json change = {{"status", status}};
    if (!trimmed.isEmpty()) change["decision_note"] = toStd(trimmed);
    QVariantMap extra;
    if (trimmed.size() > 1000)
        extra.insert(QStringLiteral("decision_note"), tr("At most 1000 characters (now %1)").arg(trimmed.size()));
    if (!check("revision", change, false, extra) || !update("revision", toStd(revisionId), change)) return false;
    succeed();
    return true;
}
