#include "team/repdaymodel.h"

#include "common/jsonvariant.h"
#include "records/editsupport.h"
#include "records/replicaindexes.h"
#include "team/teamdirectory.h"
#include "team/teamvisitmodel.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <QMap>

#include <algorithm>

using JsonVariant::toQString;

namespace {

struct RepDay {
    int planned = 0;
    int done = 0;
    int flagged = 0;
    QString firstCheckIn;
    QString lastCheckOut;
    int tasksDone = 0;
    int tasksOverdue = 0;
};

bool inRange(const QString& at, const std::string& start, const std::string& end) {
    const std::string s = at.toStdString();
    return !s.empty() && s >= start && s < end;
}

}  // namespace

RepDayModel::RepDayModel(QObject* parent) : TeamScopedModel(parent) {}

QList<QByteArray> RepDayModel::roleKeys() const {
    return {"repId", "repName", "unitName", "planned", "done", "flagged", "firstCheckIn", "lastCheckOut",
            "tasksDone", "tasksOverdue"};
}

QVector<QVariantMap> RepDayModel::loadRows(crm::sync::Replica& replica) const {
    ReplicaIndexes::ensure(replica);
    TeamDirectory directory;
    directory.setController(controller());
    const auto allowed = people(directory);
    const auto range = window();
    auto wanted = [&](const QString& id) { return !id.isEmpty() && (!allowed || allowed->contains(id)); };

    QMap<QString, RepDay> days;
    for (const auto& u : directory.users()) {
        const auto user = u.toMap();
        if (user.value("role").toString() == "rep" && user.value("active").toBool() && wanted(user.value("id").toString()))
            days[user.value("id").toString()];
    }

    auto visits = replica.database().prepare(
        "SELECT json_extract(data,'$.rep_id'), json_extract(data,'$.planned_at'), json_extract(data,'$.check_in_at'), "
        "  json_extract(data,'$.check_out_at'), json_extract(data,'$.check_in_status'), "
        "  json_extract(data,'$.server_check_in_status') "
        "FROM local_record WHERE entity='visit' AND deleted=0 "
        "AND ((json_extract(data,'$.planned_at') >= ?1 AND json_extract(data,'$.planned_at') < ?2) "
        "  OR (json_extract(data,'$.check_in_at') >= ?1 AND json_extract(data,'$.check_in_at') < ?2))");
    visits.bind(1, range.startUtc);
    visits.bind(2, range.endUtc);
    while (visits.step()) {
        const QString rep = toQString(visits.text(0));
        if (!wanted(rep)) continue;
        RepDay& day = days[rep];
        if (inRange(toQString(visits.text(1)), range.startUtc, range.endUtc)) ++day.planned;
        const QString checkIn = toQString(visits.text(2));
        if (!inRange(checkIn, range.startUtc, range.endUtc)) continue;
        ++day.done;
        if (TeamVisitModel::flagOf(toQString(visits.text(4)), toQString(visits.text(5))).status != "verified") ++day.flagged;
        if (day.firstCheckIn.isEmpty() || checkIn < day.firstCheckIn) day.firstCheckIn = checkIn;
        const QString checkOut = toQString(visits.text(3));
        if (checkOut > day.lastCheckOut) day.lastCheckOut = checkOut;
    }

    auto tasks = replica.database().prepare(
        "SELECT json_extract(data,'$.owner_id'), json_extract(data,'$.done'), json_extract(data,'$.done_at'), "
        "  json_extract(data,'$.due_at') FROM local_record WHERE entity='task' AND deleted=0");
    const std::string now = EditSupport::nowUtc();
    while (tasks.step()) {
        const QString owner = toQString(tasks.text(0));
        if (!days.contains(owner)) continue;
        const bool done = tasks.integer(1) != 0;
        if (done && inRange(toQString(tasks.text(2)), range.startUtc, range.endUtc)) ++days[owner].tasksDone;
        const std::string due = tasks.text(3);
        if (!done && !due.empty() && due < now) ++days[owner].tasksOverdue;
    }

    QVector<QVariantMap> rows;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const QString name = directory.userName(it.key());
        QString unitName;
        for (const auto& u : directory.users())
            if (u.toMap().value("id").toString() == it.key()) unitName = u.toMap().value("unitName").toString();
        const RepDay& d = it.value();
        rows.append({{QStringLiteral("repId"), it.key()},
                     {QStringLiteral("repName"), name.isEmpty() ? it.key().left(8) : name},
                     {QStringLiteral("unitName"), unitName},
                     {QStringLiteral("planned"), d.planned},
                     {QStringLiteral("done"), d.done},
                     {QStringLiteral("flagged"), d.flagged},
                     {QStringLiteral("firstCheckIn"), d.firstCheckIn},
                     {QStringLiteral("lastCheckOut"), d.lastCheckOut},
                     {QStringLiteral("tasksDone"), d.tasksDone},
                     {QStringLiteral("tasksOverdue"), d.tasksOverdue}});
    }
    std::sort(rows.begin(), rows.end(), [](const QVariantMap& a, const QVariantMap& b) {
        return a.value("repName").toString().localeAwareCompare(b.value("repName").toString()) < 0;
    });
    return rows;
}
