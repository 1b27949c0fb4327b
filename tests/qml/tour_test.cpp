// A screenshot of every main page, in English and in Simplified Chinese, at phone size (390x844),
// signed in as the demo rep against a real crm-server with the demo day (run_app_test.sh).
// Fails when a page does not open, when QML reports a warning on the way, or when the Chinese
// tour still shows the English tab titles. Screenshots: $CRM_TEST_ARTIFACTS/tour-<lang>-NN-<page>.png.

#include "appharness.h"
#include "quickdriver.h"
#include "session/appcontroller.h"
#include "visits/positionprovider.h"

#include "crm/sync/replica.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kNetworkTimeoutMs = 60000;

QString firstString(const std::vector<nlohmann::json>& records, const char* field) {
    for (const auto& r : records)
        if (r.contains(field) && r[field].is_string()) return QString::fromStdString(r[field].get<std::string>());
    return {};
}

}  // namespace

class TourTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void tourInEnglish() { tour(QStringLiteral("en")); }
    void tourInChinese() { tour(QStringLiteral("zh_CN")); }
    void cleanupTestCase() { QmlWarnings::uninstall(); }

private:
    void tour(const QString& language);
    void shoot(const QString& name);
    /// Pushes a page on the stack as the app does (controller and stack given) and waits for it.
    void open(const QString& page, const QString& objectName, const QString& extraProperties = {});
    void back();
    QQuickItem* stack() const { return m_ui->find(QStringLiteral("stack")); }

    QString m_serverUrl, m_login, m_password, m_artifacts;
    QString m_language;
    int m_shot = 0;
    QuickDriver* m_ui = nullptr;
};

void TourTest::initTestCase() {
    const QString missing = AppHarness::readEnvironment({{"CRM_TEST_SERVER_URL", &m_serverUrl},
                                                             {"CRM_TEST_LOGIN", &m_login},
                                                             {"CRM_TEST_PASSWORD", &m_password},
                                                             {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    QmlWarnings::install();
}

void TourTest::shoot(const QString& name) {
    QVERIFY(m_ui->waitForStackIdle());
    QTest::qWait(250);  // let lists load and lay out
    const QString file = QStringLiteral("%1/tour-%2-%3-%4.png")
                             .arg(m_artifacts, m_language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh"))
                             .arg(++m_shot, 2, 10, QLatin1Char('0'))
                             .arg(name);
    QVERIFY2(m_ui->screenshot(file), qPrintable(file));
}

void TourTest::open(const QString& page, const QString& objectName, const QString& extraProperties) {
    QQuickItem* view = stack();
    QVERIFY(view);
    QQmlExpression push(qmlContext(view), view,
                        QStringLiteral("push(Qt.resolvedUrl(\"qrc:/CrmMobile/%1.qml\"), "
                                       "{controller: tourController, stack: tourStack%2})")
                            .arg(page, extraProperties.isEmpty() ? QString() : QStringLiteral(", ") + extraProperties));
    push.evaluate();
    QVERIFY2(!push.hasError(), qPrintable(push.error().toString()));
    QVERIFY2(m_ui->waitFor(objectName), qPrintable(objectName));
}

void TourTest::back() {
    QQmlExpression pop(qmlContext(stack()), stack(), QStringLiteral("pop()"));
    pop.evaluate();
    QVERIFY(m_ui->waitForStackIdle());
}

void TourTest::tour(const QString& language) {
    m_language = language;
    m_shot = 0;
    QmlWarnings::clear();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppHarness app;
    const QString error = app.startInLanguage(dir.path(), language, m_serverUrl);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_ui = app.ui();
    QCOMPARE(app.window()->width(), 390);
    QCOMPARE(app.window()->height(), 844);
    AppController* controller = app.controller();

    QVERIFY(m_ui->waitFor(QStringLiteral("signInPage")));
    m_ui->typeInto(m_ui->find(QStringLiteral("serverField")), m_serverUrl);
    m_ui->typeInto(m_ui->find(QStringLiteral("loginField")), m_login);
    m_ui->typeInto(m_ui->find(QStringLiteral("passwordField")), m_password);
    shoot(QStringLiteral("sign-in"));
    m_ui->click(m_ui->find(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signedIn() && !controller->syncing() && !controller->lastSyncAt().isEmpty(),
                             kNetworkTimeoutMs);
    QCOMPARE(controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(m_ui->waitFor(QStringLiteral("homePage")));

    QQmlEngine* engine = qmlEngine(stack());
    QVERIFY(engine);
    engine->rootContext()->setContextProperty(QStringLiteral("tourController"), controller);
    engine->rootContext()->setContextProperty(QStringLiteral("tourStack"), stack());

    const QString todayTitle = m_ui->find(QStringLiteral("todayTab"))->property("text").toString();
    if (language == QLatin1String("en")) QCOMPARE(todayTitle, QStringLiteral("Today"));
    else QVERIFY2(todayTitle != QLatin1String("Today"), "the Chinese tour shows English tab titles");

    const struct { const char* tab; const char* page; const char* name; } tabs[] = {
        {"todayTab", "todayPage", "today"},          {"customersTab", "customerListPage", "customers"},
        {"leadsTab", "leadListPage", "leads"},       {"dealsTab", "opportunityListPage", "deals"},
        {"tasksTab", "taskListPage", "tasks"},
    };
    for (const auto& t : tabs) {
        m_ui->click(m_ui->find(QString::fromLatin1(t.tab)));
        QVERIFY2(m_ui->waitFor(QString::fromLatin1(t.page)), t.page);
        shoot(QString::fromLatin1(t.name));
    }
    m_ui->click(m_ui->find(QStringLiteral("customersTab")));
    QVERIFY(m_ui->waitFor(QStringLiteral("customerListPage")));
    m_ui->click(m_ui->find(QStringLiteral("filterButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("filterSheet")));
    shoot(QStringLiteral("customer-filters"));
    m_ui->click(m_ui->find(QStringLiteral("closeFiltersButton")));

    // Records the demo day gives rep1: a visit with a leader's comment, its customer, a deal
    // with stage history, a lead.
    crm::sync::Replica* replica = controller->replica();
    const QString visitId = firstString(replica->list("comment"), "visit_id");
    QVERIFY2(!visitId.isEmpty(), "the demo day has no comment on rep1's visits");
    const auto visit = replica->find("visit", visitId.toStdString());
    QVERIFY(visit && visit->contains("customer_id"));
    const QString customerId = QString::fromStdString((*visit)["customer_id"].get<std::string>());
    const QString opportunityId = firstString(replica->list("opportunity_stage"), "opportunity_id");
    const QString leadId = firstString(replica->list_where("lead", "status", "new"), "id");
    QVERIFY(!opportunityId.isEmpty() && !leadId.isEmpty());
    const auto customer = replica->find("customer", customerId.toStdString());
    QVERIFY(customer);
    const QString customerName = QString::fromStdString((*customer)["name"].get<std::string>());
    const QString customerPhone = QString::fromStdString(customer->value("phone", std::string()));

    open(QStringLiteral("CustomerDetailPage"), QStringLiteral("customerDetailPage"),
         QStringLiteral("customerId: \"%1\"").arg(customerId));
    shoot(QStringLiteral("customer-detail"));
    back();
    open(QStringLiteral("VisitDetailPage"), QStringLiteral("visitDetailPage"), QStringLiteral("visitId: \"%1\"").arg(visitId));
    shoot(QStringLiteral("visit-detail"));
    back();
    open(QStringLiteral("VisitFormPage"), QStringLiteral("visitFormPage"),
         QStringLiteral("customerId: \"%1\", customerName: \"%2\"").arg(customerId, customerName));
    QVERIFY(m_ui->waitFor(QStringLiteral("manualCheckInButton")));  // no position source here
    shoot(QStringLiteral("visit-check-in"));
    back();
    open(QStringLiteral("PlanVisitPage"), QStringLiteral("planVisitPage"),
         QStringLiteral("customerId: \"%1\", customerName: \"%2\"").arg(customerId, customerName));
    shoot(QStringLiteral("plan-visit"));
    back();
    open(QStringLiteral("LeadFormPage"), QStringLiteral("leadFormPage"));
    m_ui->typeInto(m_ui->find(QStringLiteral("companyField")), customerName);
    if (!customerPhone.isEmpty()) m_ui->typeInto(m_ui->find(QStringLiteral("phoneField")), customerPhone);
    QVERIFY(m_ui->waitFor(QStringLiteral("duplicateWarning")));
    shoot(QStringLiteral("lead-duplicate-warning"));
    back();
    open(QStringLiteral("LeadDetailPage"), QStringLiteral("leadDetailPage"), QStringLiteral("leadId: \"%1\"").arg(leadId));
    shoot(QStringLiteral("lead-detail"));
    back();
    open(QStringLiteral("OpportunityDetailPage"), QStringLiteral("opportunityDetailPage"),
         QStringLiteral("opportunityId: \"%1\"").arg(opportunityId));
    shoot(QStringLiteral("deal-detail"));
    back();
    open(QStringLiteral("TaskFormPage"), QStringLiteral("taskFormPage"));
    shoot(QStringLiteral("task-form"));
    back();
    open(QStringLiteral("SyncIssuesPage"), QStringLiteral("syncIssuesPage"));
    shoot(QStringLiteral("sync-issues"));
    back();
    open(QStringLiteral("SettingsPage"), QStringLiteral("settingsPage"));
    shoot(QStringLiteral("settings"));
    back();

    // The form drafts typed above are not "unsynced edits": signing out only asks about those.
    QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing(), kNetworkTimeoutMs);
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
    app.stop();
}

CRM_APP_TEST_MAIN(TourTest)

#include "tour_test.moc"
