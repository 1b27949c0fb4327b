// The Reports page and its ReportsModel against a real crm-server with the demo company, signed
// in as the manager: figures fetched for a period (consistent with each other and limited to the
// manager's team), a target set and refused, the last figures shown offline with their time
// (none for a query never fetched), and screenshots at tablet size (1280x800) in both languages.
// Needs CRM_TEST_SERVER_URL and CRM_TEST_ARTIFACTS (run_app_test.sh; the demo password is "demo").

#include "appharness.h"
#include "quickdriver.h"
#include "session/appcontroller.h"
#include "session/language.h"
#include "team/reportsmodel.h"
#include "visits/positionprovider.h"

#include "crm/sync/replica.h"

#include <QDate>
#include <QDir>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <set>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

namespace {
constexpr int kNetworkTimeoutMs = 60000;
}

class ReportsFlowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void reportsInEnglish() { run(QStringLiteral("en")); }
    void reportsInChinese() { run(QStringLiteral("zh_CN")); }

private:
    void run(const QString& language);
    void shoot(QuickDriver* ui, const QString& name);
    QString m_serverUrl, m_artifacts, m_language;
};

void ReportsFlowTest::initTestCase() {
    const QString missing = AppHarness::readEnvironment({{"CRM_TEST_SERVER_URL", &m_serverUrl},
                                                             {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
}

void ReportsFlowTest::shoot(QuickDriver* ui, const QString& name) {
    QVERIFY(ui->waitForStackIdle());
    QTest::qWait(300);
    const QString file = QStringLiteral("%1/reports-%2-%3.png")
                             .arg(m_artifacts, m_language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh"), name);
    QVERIFY2(ui->screenshot(file), qPrintable(file));
}

void ReportsFlowTest::run(const QString& language) {
    m_language = language;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Language choice(dir.filePath(QStringLiteral("replica.sqlite.settings.ini")));
        choice.setChoice(language);
    }
    AppHarness app;
    const QString error = app.start(dir.filePath(QStringLiteral("replica.sqlite")), m_serverUrl);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    app.window()->resize(1280, 800);  // tablet, landscape
    QuickDriver* ui = app.ui();
    AppController* controller = app.controller();
    QVERIFY(ui->waitFor(QStringLiteral("signInPage")));
    ui->typeInto(ui->find(QStringLiteral("serverField")), m_serverUrl);
    ui->typeInto(ui->find(QStringLiteral("loginField")), QStringLiteral("manager"));
    ui->typeInto(ui->find(QStringLiteral("passwordField")), QStringLiteral("demo"));
    ui->click(ui->find(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signedIn() && !controller->syncing() && !controller->lastSyncAt().isEmpty(),
                             kNetworkTimeoutMs);

    // The team the manager leads, from the directory the sync fetched.
    const auto directory = controller->replica()->document("directory");
    QVERIFY(directory.has_value());
    std::set<QString> team;
    QString rep1;
    for (const auto& u : (*directory)["users"]) {
        team.insert(QString::fromStdString(u["login"].get<std::string>()));
        if (u["login"] == "rep1") rep1 = QString::fromStdString(u["id"].get<std::string>());
    }
    QVERIFY(!rep1.isEmpty());

    QQuickItem* stack = ui->find(QStringLiteral("stack"));
    QVERIFY(stack);
    qmlEngine(stack)->rootContext()->setContextProperty(QStringLiteral("reportsController"), controller);
    qmlEngine(stack)->rootContext()->setContextProperty(QStringLiteral("reportsStack"), stack);
    QQmlExpression push(qmlContext(stack), stack,
                        QStringLiteral("push(Qt.resolvedUrl(\"qrc:/CrmMobile/ReportsPage.qml\"), "
                                       "{controller: reportsController, stack: reportsStack})"));
    push.evaluate();
    QVERIFY2(!push.hasError(), qPrintable(push.error().toString()));
    QQuickItem* page = ui->waitFor(QStringLiteral("reportsPage"));
    QVERIFY(page);
    auto* reports = page->findChild<ReportsModel*>(QStringLiteral("reportsModel"));
    QVERIFY(reports);

    // The demo day's visits lie in the last weeks: a custom period over them.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    reports->setFrom(today.addDays(-56).toString(Qt::ISODate));
    reports->setTo(today.addDays(1).toString(Qt::ISODate));
    QCOMPARE(reports->period(), QStringLiteral("custom"));
    QTRY_VERIFY_WITH_TIMEOUT(!reports->loading() && reports->hasFigures() && reports->from() == today.addDays(-56).toString(Qt::ISODate)
                                 && reports->fetchedAt() != QString(), kNetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!reports->loading(), kNetworkTimeoutMs);
    QCOMPARE(reports->error(), QString());
    QVERIFY(!reports->fromCache());

    // The funnel: 3 lead steps, 5 stages, won; a deal that reached a stage passed the earlier
    // ones, so the stage counts never grow; the widest bar is the reference.
    const auto bars = reports->funnelBars();
    QCOMPARE(bars.size(), 9);
    QCOMPARE(bars[3].toMap().value(QStringLiteral("key")).toString(), QStringLiteral("discovery"));
    QVERIFY(bars[3].toMap().value(QStringLiteral("count")).toDouble() > 0);
    for (int i = 4; i < 8; ++i)
        QVERIFY(bars[i].toMap().value(QStringLiteral("count")).toDouble() <= bars[i - 1].toMap().value(QStringLiteral("count")).toDouble());
    double widest = 0;
    for (const auto& b : bars) widest = std::max(widest, b.toMap().value(QStringLiteral("fraction")).toDouble());
    QCOMPARE(widest, 1.0);

    // Check-ins: only the manager's team, per-week counts adding up to each rep's total.
    const auto chart = reports->visitsChart();
    const auto reps = chart.value(QStringLiteral("reps")).toList();
    QVERIFY(!reps.isEmpty());
    for (const auto& r : reps) {
        const auto rep = r.toMap();
        QVERIFY2(team.count(rep.value(QStringLiteral("login")).toString()) == 1, qPrintable(rep.value(QStringLiteral("login")).toString()));
        double sum = 0;
        for (const auto& c : rep.value(QStringLiteral("counts")).toList()) sum += c.toDouble();
        QCOMPARE(sum, rep.value(QStringLiteral("total")).toDouble());
    }
    const auto counts = reports->lifecycle().value(QStringLiteral("counts")).toMap();
    QVERIFY(counts.contains(QStringLiteral("potential")));
    QCOMPARE(counts.value(QStringLiteral("active")).toInt(),
             counts.value(QStringLiteral("new")).toInt() + counts.value(QStringLiteral("retained")).toInt() +
                 counts.value(QStringLiteral("won_back")).toInt());

    // A target for rep1 this period's month is saved and listed with its actual; a person
    // outside the scope (unknown) is refused with the server's message.
    QSignalSpy saved(reports, &ReportsModel::targetSaved);
    reports->setTarget(QStringLiteral("user"), rep1, QStringLiteral("visits"), 12);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, kNetworkTimeoutMs);
    QVERIFY(saved[0][0].toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!reports->loading() && !reports->targets().isEmpty(), kNetworkTimeoutMs);
    const auto target = reports->targets().first().toMap();
    QCOMPARE(target.value(QStringLiteral("subject_name")).toString(), QStringLiteral("rep1"));
    QCOMPARE(target.value(QStringLiteral("target")).toDouble(), 12.0);
    reports->setTarget(QStringLiteral("user"), QStringLiteral("6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e99"),
                       QStringLiteral("visits"), 1);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, kNetworkTimeoutMs);
    QVERIFY(!saved[1][0].toBool());
    QVERIFY(!saved[1][1].toString().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!reports->loading(), kNetworkTimeoutMs);
    shoot(ui, QStringLiteral("01-figures"));
    ui->click(ui->find(QStringLiteral("setTargetButton")));
    QVERIFY(ui->waitFor(QStringLiteral("targetValue")));
    shoot(ui, QStringLiteral("02-target-dialog"));
    QQmlExpression close(qmlContext(page), page, QStringLiteral("targetDialog.close()"));
    close.evaluate();
    QVERIFY2(!close.hasError(), qPrintable(close.error().toString()));
    QTRY_VERIFY(!ui->find(QStringLiteral("targetValue")) || !ui->find(QStringLiteral("targetValue"))->isVisible());

    // Offline (the server unreachable): the same query shows the kept figures with their time.
    const auto bars_online = reports->funnelBars();
    auto session = controller->replica()->session();
    QVERIFY(session.has_value());
    session->server_url = "http://127.0.0.1:1";
    controller->replica()->set_session(*session);
    reports->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!reports->loading() && !reports->error().isEmpty(), kNetworkTimeoutMs);
    QVERIFY(reports->fromCache());
    QVERIFY(reports->hasFigures());
    QVERIFY(!reports->fetchedAt().isEmpty());
    QCOMPARE(reports->funnelBars(), bars_online);
    shoot(ui, QStringLiteral("03-offline"));
    // A query never fetched: nothing to show.
    reports->setPeriod(QStringLiteral("last_month"));
    QTRY_VERIFY_WITH_TIMEOUT(!reports->loading() && !reports->hasFigures() && !reports->error().isEmpty(), kNetworkTimeoutMs);
    QVERIFY(!reports->fromCache());
}

CRM_APP_TEST_MAIN(ReportsFlowTest)
#include "reports_flow_test.moc"
