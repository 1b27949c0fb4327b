#include "common/duedates.h"

#include "common/jsonvariant.h"

#include "crm/shared/formats.h"

#include <QCoreApplication>
#include <QDateTime>

namespace DueDates {

DayWindow today() {
    const QDate day = QDate::currentDate();
    return {day, crm::format_timestamp_ms(QDateTime(day, QTime(0, 0)).toMSecsSinceEpoch()),
            crm::format_timestamp_ms(QDateTime(day.addDays(1), QTime(0, 0)).toMSecsSinceEpoch())};
}

QString section(const QString& isoTimestamp, const QDate& today) {
    const QDateTime t = JsonVariant::parseTimestamp(isoTimestamp);
    if (!t.isValid()) return QStringLiteral("none");
    const QDate day = t.toLocalTime().date();
    if (day < today) return QStringLiteral("overdue");
    return day == today ? QStringLiteral("today") : QStringLiteral("later");
}

int daysLate(const QString& isoTimestamp, const QDate& today) {
    const QDateTime t = JsonVariant::parseTimestamp(isoTimestamp);
    if (!t.isValid()) return 0;
    return int(std::max<qint64>(0, t.toLocalTime().date().daysTo(today)));
}

QString lateText(int days) {
    if (days <= 0) return {};
    if (days == 1) return QCoreApplication::translate("DueDates", "1 day late");
    return QCoreApplication::translate("DueDates", "%1 days late").arg(days);
}

}  // namespace DueDates
