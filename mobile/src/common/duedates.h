#pragma once
// Where a due or planned time falls relative to the local calendar day: the Today and Tasks
// lists group by it (overdue = an earlier day), and show how late something is.

#include <QDate>
#include <QString>

#include <string>

namespace DueDates {

/// Today's local day as stored UTC timestamps [start, end), for range queries.
struct DayWindow {
    QDate today;
    std::string startUtc;
    std::string endUtc;
};
DayWindow today();

/// "overdue" (an earlier local day), "today", "later", or "none" (no valid time).
QString section(const QString& isoTimestamp, const QDate& today);
/// Whole local days from the timestamp's day to today (0 when today or later).
int daysLate(const QString& isoTimestamp, const QDate& today);
/// "1 day late" / "3 days late" (translated); "" when not late.
QString lateText(int days);

}  // namespace DueDates
