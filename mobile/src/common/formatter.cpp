#include "common/formatter.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace {

QDateTime parseTimestamp(const QString& text) {
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toLocalTime() : QDateTime();
}

}  // namespace

Formatter::Formatter(QObject* parent) : QObject(parent) {}

QString Formatter::dateTime(const QString& isoTimestamp) const {
    const QDateTime t = parseTimestamp(isoTimestamp);
    return t.isValid() ? QLocale().toString(t, QLocale::ShortFormat) : QString();
}

QString Formatter::time(const QString& isoTimestamp) const {
    const QDateTime t = parseTimestamp(isoTimestamp);
    return t.isValid() ? QLocale().toString(t.time(), QLocale::ShortFormat) : QString();
}

QString Formatter::date(const QString& isoDateOrTimestamp) const {
    QDate d = QDate::fromString(isoDateOrTimestamp, Qt::ISODate);
    if (!d.isValid() || isoDateOrTimestamp.size() > 10) d = parseTimestamp(isoDateOrTimestamp).date();
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString();
}

QString Formatter::longDate(const QString& isoDate) const {
    const QDate d = QDate::fromString(isoDate.left(10), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QString();
}

QString Formatter::number(const QVariant& value, int decimals) const {
    bool ok = false;
    const double x = value.toDouble(&ok);
    return ok ? QLocale().toString(x, 'f', decimals) : QString();
}

QString Formatter::money(const QVariant& amount) const {
    bool ok = false;
    const double x = amount.toDouble(&ok);
    if (!ok) return {};
    return QLocale().toCurrencyString(x, QStringLiteral("¥"), 2);
}

QString Formatter::distance(const QVariant& metres) const {
    bool ok = false;
    const double m = metres.toDouble(&ok);
    if (!ok || m < 0) return {};
    if (m < 1000) return tr("%1 m").arg(QLocale().toString(m, 'f', 0));
    return tr("%1 km").arg(QLocale().toString(m / 1000.0, 'f', 1));
}

QString Formatter::today() const { return QDate::currentDate().toString(Qt::ISODate); }

QString Formatter::nowUtc() const { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString Formatter::localToUtc(const QString& date, const QString& time) const {
    const QDate d = QDate::fromString(date, Qt::ISODate);
    const QTime t = QTime::fromString(time, QStringLiteral("HH:mm"));
    if (!d.isValid() || !t.isValid()) return {};
    return QDateTime(d, t).toUTC().toString(Qt::ISODateWithMs);
}
