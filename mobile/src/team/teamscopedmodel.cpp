#include "team/teamscopedmodel.h"

#include "records/editsupport.h"
#include "team/teamdirectory.h"

#include <QDate>

TeamScopedModel::TeamScopedModel(QObject* parent) : ReplicaListModel(parent) {}

void TeamScopedModel::set(QString& member, const QString& value) {
    if (member == value) return;
    member = value;
    emit filterChanged();
    reload();
}

void TeamScopedModel::setFromDate(const QString& date) { set(m_fromDate, date); }
void TeamScopedModel::setToDate(const QString& date) { set(m_toDate, date); }
void TeamScopedModel::setUnitId(const QString& id) { set(m_unitId, id); }
void TeamScopedModel::setRepId(const QString& id) { set(m_repId, id); }

TeamScopedModel::Window TeamScopedModel::window() const {
    const QDate today = QDate::currentDate();
    QDate from = QDate::fromString(m_fromDate, Qt::ISODate);
    QDate to = QDate::fromString(m_toDate, Qt::ISODate);
    if (!from.isValid()) from = today;
    if (!to.isValid() || to < from) to = from;
    return {EditSupport::localToUtc(from.toString(Qt::ISODate), QStringLiteral("00:00")),
            EditSupport::localToUtc(to.addDays(1).toString(Qt::ISODate), QStringLiteral("00:00"))};
}

std::optional<QSet<QString>> TeamScopedModel::people(const TeamDirectory& directory) const {
    if (!m_repId.isEmpty()) return QSet<QString>{m_repId};
    if (m_unitId.isEmpty()) return std::nullopt;
    QSet<QString> ids;
    for (const auto& user : directory.usersWithin(m_unitId)) ids.insert(user.toMap().value(QStringLiteral("id")).toString());
    return ids;
}
