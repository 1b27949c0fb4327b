#include "team/teamvisitmodel.h"

#include "common/jsonvariant.h"
#include "records/replicaindexes.h"
#include "team/teamdirectory.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

using JsonVariant::toQString;

TeamVisitModel::TeamVisitModel(QObject* parent) : TeamScopedModel(parent) {}

TeamVisitModel::Flag TeamVisitModel::flagOf(const QString& deviceStatus, const QString& serverStatus) {
    if (!serverStatus.isEmpty())
        return {serverStatus, QStringLiteral("server"), !deviceStatus.isEmpty() && deviceStatus != serverStatus};
    if (!deviceStatus.isEmpty()) return {deviceStatus, QStringLiteral("device"), false};
    return {};
}

QList<QByteArray> TeamVisitModel::roleKeys() const {
    return {"id",      "repId",      "repName",      "customerId",   "customerName", "at",
            "planned", "checkedIn",  "checkedOut",   "purpose",      "summary",      "flag",
            "flagSource", "deviceStatus", "serverStatus", "flagsDiffer", "commentCount", "unreadByRep",
            "pending"};
}

QVector<QVariantMap> TeamVisitModel::loadRows(crm::sync::Replica& replica) const {
    ReplicaIndexes::ensure(replica);
    TeamDirectory directory;
    directory.setController(controller());
    const auto allowed = people(directory);
    const auto range = window();
    auto st = replica.database().prepare(
        "SELECT v.id, json_extract(v.data,'$.rep_id'), json_extract(v.data,'$.customer_id'), "
        "  (SELECT json_extract(cu.data,'$.name') FROM local_record cu WHERE cu.entity='customer' "
        "     AND cu.id = json_extract(v.data,'$.customer_id')), "
        "  coalesce(json_extract(v.data,'$.check_in_at'), json_extract(v.data,'$.planned_at')) AS at, "
        "  json_extract(v.data,'$.check_in_at'), json_extract(v.data,'$.check_out_at'), "
        "  json_extract(v.data,'$.purpose'), coalesce(json_extract(v.data,'$.outcome'), json_extract(v.data,'$.notes')), "
        "  json_extract(v.data,'$.check_in_status'), json_extract(v.data,'$.server_check_in_status'), v.pending, "
        "  (SELECT count(*) FROM local_record c WHERE c.entity='comment' AND c.deleted=0 "
        "     AND json_extract(c.data,'$.visit_id') = v.id), "
        "  (SELECT count(*) FROM local_record c WHERE c.entity='comment' AND c.deleted=0 "
        "     AND json_extract(c.data,'$.visit_id') = v.id AND json_extract(c.data,'$.read_at') IS NULL) "
        "FROM local_record v WHERE v.entity='visit' AND v.deleted=0 AND at >= ? AND at < ? "
        "ORDER BY at DESC, v.id");
    st.bind(1, range.startUtc);
    st.bind(2, range.endUtc);
    QVector<QVariantMap> rows;
    while (st.step()) {
        const QString repId = toQString(st.text(1));
        if (allowed && !allowed->contains(repId)) continue;
        const QString device = toQString(st.text(9));
        const QString server = toQString(st.text(10));
        const Flag flag = flagOf(device, server);
        const bool checkedIn = !toQString(st.text(5)).isEmpty();
        const QString name = directory.userName(repId);
        rows.append({{QStringLiteral("id"), toQString(st.text(0))},
                     {QStringLiteral("repId"), repId},
                     {QStringLiteral("repName"), name.isEmpty() ? repId.left(8) : name},
                     {QStringLiteral("customerId"), toQString(st.text(2))},
                     {QStringLiteral("customerName"), toQString(st.text(3))},
                     {QStringLiteral("at"), toQString(st.text(4))},
                     {QStringLiteral("planned"), !checkedIn},
                     {QStringLiteral("checkedIn"), checkedIn},
                     {QStringLiteral("checkedOut"), !toQString(st.text(6)).isEmpty()},
                     {QStringLiteral("purpose"), toQString(st.text(7))},
                     {QStringLiteral("summary"), toQString(st.text(8))},
                     {QStringLiteral("flag"), flag.status},
                     {QStringLiteral("flagSource"), flag.source},
                     {QStringLiteral("deviceStatus"), device},
                     {QStringLiteral("serverStatus"), server},
                     {QStringLiteral("flagsDiffer"), flag.differ},
                     {QStringLiteral("pending"), st.integer(11) != 0},
                     {QStringLiteral("commentCount"), int(st.integer(12))},
                     {QStringLiteral("unreadByRep"), int(st.integer(13))}});
    }
    return rows;
}
