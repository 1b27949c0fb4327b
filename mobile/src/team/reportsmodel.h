#pragma once
// The management reports of crm-server (funnel, visits per rep per week, customer lifecycle,
// targets vs actual) for ReportsPage: fetched through ManagementClient for a period and an
// optional unit / person filter, shaped for plain Qt Quick charts, and kept in the replica
// (document "reports:<query>") so that offline the page shows the last figures with their time.

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include <nlohmann/json.hpp>

class AppController;
Q_MOC_INCLUDE("session/appcontroller.h")

class ReportsModel : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// "this_month", "last_month", "quarter" (the current one) or "custom" (from / to).
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY queryChanged)
    /// First day (inclusive) and end day (exclusive), yyyy-MM-dd; set them for "custom".
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY queryChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY queryChanged)
    /// Optional filters: an org unit id, a user id ("" = the caller's whole scope).
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY queryChanged)
    Q_PROPERTY(QString userId READ userId WRITE setUserId NOTIFY queryChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// Why the last fetch failed ("" when it did not); the figures then come from the cache.
    Q_PROPERTY(QString error READ error NOTIFY figuresChanged)
    /// When the figures shown were fetched (local "yyyy-MM-dd HH:mm"; "" when there are none).
    Q_PROPERTY(QString fetchedAt READ fetchedAt NOTIFY figuresChanged)
    Q_PROPERTY(bool fromCache READ fromCache NOTIFY figuresChanged)
    Q_PROPERTY(bool hasFigures READ hasFigures NOTIFY figuresChanged)
    /// [{key, count, amount, rate (or null), fraction of the first bar}] leads then deal stages then won.
    Q_PROPERTY(QVariantList funnelBars READ funnelBars NOTIFY figuresChanged)
    Q_PROPERTY(QVariantMap funnel READ funnel NOTIFY figuresChanged)
    /// {weeks: ["2026-W40", ...], reps: [{login, name, counts: [per week], verified: [...], flagged: [...]}], max}
    Q_PROPERTY(QVariantMap visitsChart READ visitsChart NOTIFY figuresChanged)
    /// The lifecycle report: {counts: {...}, rates: {...}}.
    Q_PROPERTY(QVariantMap lifecycle READ lifecycle NOTIFY figuresChanged)
    /// [{subject, subject_id, subject_name, metric, target, actual, progress}] of the month of `from`.
    Q_PROPERTY(QVariantList targets READ targets NOTIFY figuresChanged)
    Q_PROPERTY(QString month READ month NOTIFY queryChanged)

public:
    explicit ReportsModel(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString period() const { return m_period; }
    void setPeriod(const QString& period);
    QString from() const { return m_from.toString(Qt::ISODate); }
    void setFrom(const QString& from);
    QString to() const { return m_to.toString(Qt::ISODate); }
    void setTo(const QString& to);
    QString unitId() const { return m_unitId; }
    void setUnitId(const QString& id);
    QString userId() const { return m_userId; }
    void setUserId(const QString& id);
    QString month() const { return m_from.toString(QStringLiteral("yyyy-MM")); }
    bool loading() const { return m_pending > 0; }
    QString error() const { return m_error; }
    QString fetchedAt() const;
    bool fromCache() const { return m_fromCache; }
    bool hasFigures() const { return !m_figures.empty(); }
    QVariantList funnelBars() const;
    QVariantMap funnel() const;
    QVariantMap visitsChart() const;
    QVariantMap lifecycle() const;
    QVariantList targets() const;

    /// Fetches the four reports for the current query; offline: the cached figures of that query.
    Q_INVOKABLE void refresh();
    /// Sets a target of the month of `from` for a unit ("unit") or user ("user"); refreshes after.
    Q_INVOKABLE void setTarget(const QString& subjectKind, const QString& subjectId, const QString& metric, double value);
    /// Today's date for the period presets (tests set it; default: the current UTC date).
    void setToday(QDate today);

signals:
    void controllerChanged();
    void queryChanged();
    void loadingChanged();
    void figuresChanged();
    /// A target was saved (true) or refused (false, with the server's message).
    void targetSaved(bool ok, const QString& message);

private:
    void applyPeriod();
    QString query(bool withUser) const;
    std::string cacheKey() const;
    void showCached(const QString& why);

    QPointer<AppController> m_controller;
    QString m_period = QStringLiteral("this_month");
    QDate m_today;
    QDate m_from;
    QDate m_to;
    QString m_unitId;
    QString m_userId;
    int m_pending = 0;
    int m_generation = 0;
    QString m_error;
    bool m_fromCache = false;
    nlohmann::json m_figures = nlohmann::json::object();  ///< {funnel, visits, lifecycle, targets, fetched_at}
};
