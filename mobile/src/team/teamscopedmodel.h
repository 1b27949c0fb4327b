#pragma once
// Base of the leaders' team lists (TeamVisitModel, RepDayModel): a local date range, a unit of the
// org tree (its whole subtree) and one person, as the team review page filters them.

#include "records/replicalistmodel.h"

#include <QSet>

#include <optional>
#include <string>

class TeamDirectory;

class TeamScopedModel : public ReplicaListModel {
    Q_OBJECT
    QML_ANONYMOUS
    /// First and last local day shown (YYYY-MM-DD, both included); empty = today.
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filterChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filterChanged)
    /// Only people in this unit or below it ("" = everyone the replica holds).
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY filterChanged)
    /// Only this person ("" = everyone in the unit).
    Q_PROPERTY(QString repId READ repId WRITE setRepId NOTIFY filterChanged)

public:
    explicit TeamScopedModel(QObject* parent = nullptr);

    QString fromDate() const { return m_fromDate; }
    void setFromDate(const QString& date);
    QString toDate() const { return m_toDate; }
    void setToDate(const QString& date);
    QString unitId() const { return m_unitId; }
    void setUnitId(const QString& id);
    QString repId() const { return m_repId; }
    void setRepId(const QString& id);

signals:
    void filterChanged();

protected:
    /// The date range as stored UTC timestamps [start, end).
    struct Window {
        std::string startUtc;
        std::string endUtc;
    };
    Window window() const;
    /// The people the filters allow; nullopt = no restriction.
    std::optional<QSet<QString>> people(const TeamDirectory& directory) const;

private:
    void set(QString& member, const QString& value);

    QString m_fromDate;
    QString m_toDate;
    QString m_unitId;
    QString m_repId;
};
