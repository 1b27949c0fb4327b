#pragma once
// Locale-aware display of dates, times, numbers and money for QML (`Fmt.date(...)`), following
// QLocale's default, which the app sets from the chosen language. Inputs are the replica's
// strings: ISO-8601 timestamps (UTC) and YYYY-MM-DD dates; bad input gives "".

#include <QObject>
#include <QString>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

class Formatter : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(Fmt)
    QML_SINGLETON

public:
    explicit Formatter(QObject* parent = nullptr);

    /// Local date and time, short format ("2026/11/23 14:05" / "11/23/26, 2:05 PM").
    Q_INVOKABLE QString dateTime(const QString& isoTimestamp) const;
    /// Local time of day, short format.
    Q_INVOKABLE QString time(const QString& isoTimestamp) const;
    /// A date (YYYY-MM-DD or a timestamp's local date), short format.
    Q_INVOKABLE QString date(const QString& isoDateOrTimestamp) const;
    /// A date in the locale's long form, with the weekday ("Monday, November 23, 2026" / "2026年11月23日星期一").
    Q_INVOKABLE QString longDate(const QString& isoDate) const;
    /// A number with the locale's grouping and `decimals` digits.
    Q_INVOKABLE QString number(const QVariant& value, int decimals = 0) const;
    /// An amount of money in the company currency (CNY), e.g. "¥1,234.50".
    Q_INVOKABLE QString money(const QVariant& amount) const;
    /// A distance: "85 m" / "1.2 km".
    Q_INVOKABLE QString distance(const QVariant& metres) const;

    /// Today's local date as YYYY-MM-DD (for date fields' defaults).
    Q_INVOKABLE QString today() const;
    /// Now as an ISO-8601 UTC timestamp.
    Q_INVOKABLE QString nowUtc() const;
    /// A local date ("YYYY-MM-DD") plus local time ("HH:MM") as an ISO-8601 UTC timestamp; "" when invalid.
    Q_INVOKABLE QString localToUtc(const QString& date, const QString& time) const;
};
