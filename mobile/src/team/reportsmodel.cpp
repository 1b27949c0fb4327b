#include "team/reportsmodel.h"

#include "common/jsonvariant.h"
#include "crm/sync/replica.h"
#include "session/appcontroller.h"
#include "session/managementclient.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <array>
#include <memory>

using JsonVariant::toQString;
using JsonVariant::toStd;
using JsonVariant::toVariant;

namespace {

constexpr std::array kReports = {"funnel", "visits", "lifecycle", "targets"};

double number(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_number() ? it->get<double>() : 0.0;
}

QVariant rate(const nlohmann::json& j) {
    auto it = j.find("rate_from_previous");
    return it != j.end() && it->is_number() ? QVariant(it->get<double>()) : QVariant();
}

}  // namespace

ReportsModel::ReportsModel(QObject* parent) : QObject(parent), m_today(QDateTime::currentDateTimeUtc().date()) {
    applyPeriod();
}

void ReportsModel::setController(AppController* controller) {
    if (controller == m_controller) return;
    m_controller = controller;
    emit controllerChanged();
}

void ReportsModel::setToday(QDate today) {
    m_today = today;
    applyPeriod();
}

void ReportsModel::setPeriod(const QString& period) {
    if (period == m_period) return;
    m_period = period;
    applyPeriod();
}

void ReportsModel::applyPeriod() {
    const QDate first(m_today.year(), m_today.month(), 1);
    if (m_period == QLatin1String("last_month")) {
        m_from = first.addMonths(-1);
        m_to = first;
    } else if (m_period == QLatin1String("quarter")) {
        m_from = QDate(m_today.year(), (m_today.month() - 1) / 3 * 3 + 1, 1);
        m_to = m_from.addMonths(3);
    } else if (m_period != QLatin1String("custom") || !m_from.isValid()) {
        m_from = first;
        m_to = first.addMonths(1);
    }
    emit queryChanged();
}

void ReportsModel::setFrom(const QString& from) {
    const QDate date = QDate::fromString(from, Qt::ISODate);
    if (!date.isValid() || date == m_from) return;
    m_period = QStringLiteral("custom");
    m_from = date;
    emit queryChanged();
}

void ReportsModel::setTo(const QString& to) {
    const QDate date = QDate::fromString(to, Qt::ISODate);
    if (!date.isValid() || date == m_to) return;
    m_period = QStringLiteral("custom");
    m_to = date;
    emit queryChanged();
}

void ReportsModel::setUnitId(const QString& id) {
    if (id == m_unitId) return;
    m_unitId = id;
    emit queryChanged();
}

void ReportsModel::setUserId(const QString& id) {
    if (id == m_userId) return;
    m_userId = id;
    emit queryChanged();
}

QString ReportsModel::query(bool withUser) const {
    QString q = QStringLiteral("from=%1&to=%2").arg(from(), to());
    if (!m_unitId.isEmpty()) q += QStringLiteral("&unit=") + QString::fromLatin1(QUrl::toPercentEncoding(m_unitId));
    if (withUser && !m_userId.isEmpty()) q += QStringLiteral("&user=") + QString::fromLatin1(QUrl::toPercentEncoding(m_userId));
    return q;
}

std::string ReportsModel::cacheKey() const { return "reports:" + toStd(query(true)); }

void ReportsModel::refresh() {
    if (!m_controller || !m_controller->management()) return;
    if (m_to <= m_from) {
        m_error = tr("The end of the period must be after its start.");
        emit figuresChanged();
        return;
    }
    const int generation = ++m_generation;
    auto staging = std::make_shared<nlohmann::json>(nlohmann::json::object());
    auto failure = std::make_shared<QString>();
    const bool wasLoading = loading();
    m_pending = int(kReports.size());
    if (!wasLoading) emit loadingChanged();
    for (const char* report : kReports) {
        const QString path = QString::fromLatin1(report) == QLatin1String("targets")
                                 ? QStringLiteral("/v1/reports/targets?month=%1%2")
                                       .arg(month(), m_unitId.isEmpty() ? QString() : QStringLiteral("&unit=") + m_unitId)
                                 : QStringLiteral("/v1/reports/%1?%2").arg(QLatin1String(report), query(true));
        m_controller->management()->get(path, [this, generation, staging, failure, report](const ManagementClient::Reply& r) {
            if (generation != m_generation) return;  // a newer query is on its way
            if (r.ok()) (*staging)[report] = r.body;
            else if (failure->isEmpty()) *failure = r.errorMessage.isEmpty() ? r.errorCode : r.errorMessage;
            if (--m_pending > 0) return;
            if (failure->isEmpty()) {
                (*staging)["fetched_at"] = toStd(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
                m_figures = *staging;
                m_error.clear();
                m_fromCache = false;
                try {
                    if (m_controller && m_controller->replica()) m_controller->replica()->set_document(cacheKey(), m_figures);
                } catch (const std::exception& e) {
                    qWarning() << "could not keep the report figures:" << e.what();
                }
                emit figuresChanged();
            } else {
                showCached(*failure);
            }
            emit loadingChanged();
        });
    }
}

void ReportsModel::showCached(const QString& why) {
    m_error = why;
    m_fromCache = false;
    m_figures = nlohmann::json::object();
    try {
        if (m_controller && m_controller->replica())
            if (auto cached = m_controller->replica()->document(cacheKey()); cached && cached->is_object()) {
                m_figures = *cached;
                m_fromCache = true;
            }
    } catch (const std::exception& e) {
        qWarning() << "could not read the kept report figures:" << e.what();
    }
    emit figuresChanged();
}

void ReportsModel::setTarget(const QString& subjectKind, const QString& subjectId, const QString& metric, double value) {
    if (!m_controller || !m_controller->management()) return;
    nlohmann::json body = {{"month", toStd(month())}, {"metric", toStd(metric)}, {"value", value}};
    body[subjectKind == QLatin1String("unit") ? "unit_id" : "user_id"] = toStd(subjectId);
    m_controller->management()->post(QStringLiteral("/v1/targets/set"), body, [this](const ManagementClient::Reply& r) {
        emit targetSaved(r.ok(), r.ok() ? QString() : (r.errorMessage.isEmpty() ? r.errorCode : r.errorMessage));
        if (r.ok()) refresh();
    });
}

QString ReportsModel::fetchedAt() const {
    auto it = m_figures.find("fetched_at");
    return it != m_figures.end() && it->is_string() ? JsonVariant::displayTime(toQString(it->get<std::string>())) : QString();
}

QVariantMap ReportsModel::funnel() const {
    auto it = m_figures.find("funnel");
    return it != m_figures.end() ? toVariant(*it).toMap() : QVariantMap();
}

QVariantList ReportsModel::funnelBars() const {
    auto it = m_figures.find("funnel");
    if (it == m_figures.end()) return {};
    const auto& f = *it;
    QVariantList bars;
    auto add = [&](const std::string& key, const nlohmann::json& step, double amount) {
        bars.append(QVariantMap{{QStringLiteral("key"), toQString(key)},
                                {QStringLiteral("count"), number(step, "count")},
                                {QStringLiteral("amount"), amount},
                                {QStringLiteral("rate"), rate(step)}});
    };
    for (const auto& step : f.value("leads", nlohmann::json::array()))
        add("lead_" + step.value("step", std::string()), step, -1);
    for (const auto& stage : f.value("stages", nlohmann::json::array()))
        add(stage.value("stage", std::string()), stage, number(stage, "amount"));
    const auto won = f.value("won", nlohmann::json::object());
    bars.append(QVariantMap{{QStringLiteral("key"), QStringLiteral("won")},
                            {QStringLiteral("count"), number(won, "count")},
                            {QStringLiteral("amount"), number(won, "amount")},
                            {QStringLiteral("rate"), f.value("opportunity_to_won", nlohmann::json()).is_number()
                                                         ? QVariant(f["opportunity_to_won"].get<double>()) : QVariant()}});
    double widest = 1;
    for (const auto& b : bars) widest = std::max(widest, b.toMap().value(QStringLiteral("count")).toDouble());
    for (auto& b : bars) {
        auto m = b.toMap();
        m.insert(QStringLiteral("fraction"), m.value(QStringLiteral("count")).toDouble() / widest);
        b = m;
    }
    return bars;
}

QVariantMap ReportsModel::visitsChart() const {
    auto it = m_figures.find("visits");
    if (it == m_figures.end()) return {};
    QStringList weeks;
    for (const auto& rep : it->value("reps", nlohmann::json::array()))
        for (const auto& w : rep.value("weeks", nlohmann::json::array())) {
            const QString week = toQString(w.value("week", std::string()));
            if (!weeks.contains(week)) weeks.append(week);
        }
    std::sort(weeks.begin(), weeks.end());
    double max = 1;
    QVariantList reps;
    for (const auto& rep : it->value("reps", nlohmann::json::array())) {
        QVariantList counts, verified, flagged;
        for (const auto& week : weeks) {
            double c = 0, v = 0, f = 0;
            for (const auto& w : rep.value("weeks", nlohmann::json::array()))
                if (toQString(w.value("week", std::string())) == week) {
                    c = number(w, "check_ins");
                    v = number(w, "verified");
                    f = number(w, "flagged");
                }
            max = std::max(max, c);
            counts.append(c);
            verified.append(v);
            flagged.append(f);
        }
        reps.append(QVariantMap{{QStringLiteral("login"), toQString(rep.value("login", std::string()))},
                                {QStringLiteral("name"), toQString(rep.value("name", std::string()))},
                                {QStringLiteral("total"), number(rep, "check_ins")},
                                {QStringLiteral("counts"), counts},
                                {QStringLiteral("verified"), verified},
                                {QStringLiteral("flagged"), flagged}});
    }
    return {{QStringLiteral("weeks"), weeks}, {QStringLiteral("reps"), reps}, {QStringLiteral("max"), max}};
}

QVariantMap ReportsModel::lifecycle() const {
    auto it = m_figures.find("lifecycle");
    return it != m_figures.end() ? toVariant(*it).toMap() : QVariantMap();
}

QVariantList ReportsModel::targets() const {
    auto it = m_figures.find("targets");
    return it != m_figures.end() ? toVariant(it->value("targets", nlohmann::json::array())).toList() : QVariantList();
}
