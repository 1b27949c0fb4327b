// Headquarters' duplicates page against a real crm-server with the demo data (whose leads hold
// one duplicate pair across rep1 and rep3): the model lists the group, merging it from the page
// tombstones the duplicate on the hq device after a sync, undo brings it back; offline the page
// says it needs a connection. Screenshots at tablet size (1280x800) in English and Chinese.
#include "appcontroller.h"
#include "appharness.h"
#include "duplicatesmodel.h"
#include "language.h"
#include "positionprovider.h"
#include "quickdriver.h"

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
QStringList g_qmlWarnings;
QtMessageHandler g_previousHandler = nullptr;

void collectQmlWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type >= QtWarningMsg && message.contains(QLatin1String("qrc:/CrmMobile/"))) g_qmlWarnings << message;
    if (g_previousHandler) g_previousHandler(type, context, message);
}
}  // namespace

class DuplicatesPageTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mergeAndUndoInEnglish() { run(QStringLiteral("en")); }
    void pageInChinese() { run(QStringLiteral("zh_CN")); }

private:
    void run(const QString& language);
    void shoot(const QString& name);

    QString m_serverUrl, m_password, m_artifacts, m_language;
    QuickDriver* m_ui = nullptr;
};

void DuplicatesPageTest::initTestCase() {
    const QStringList missing = AppHarness::readEnvironment(
        {{"CRM_TEST_SERVER_URL", &m_serverUrl}, {"CRM_TEST_PASSWORD", &m_password}, {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing environment: %1 (run through tests/qml/run_app_test.sh)")
                                               .arg(missing.join(QStringLiteral(", ")))));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    g_previousHandler = qInstallMessageHandler(collectQmlWarnings);
}

void DuplicatesPageTest::shoot(const QString& name) {
    QVERIFY(m_ui->waitForStackIdle());
    QTest::qWait(250);
    const QString file = QStringLiteral("%1/duplicates-%2-%3.png")
                             .arg(m_artifacts, m_language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh"), name);
    QVERIFY2(m_ui->screenshot(file), qPrintable(file));
}

void DuplicatesPageTest::run(const QString& language) {
    m_language = language;
    g_qmlWarnings.clear();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Language choice(dir.filePath(QStringLiteral("replica.sqlite.settings.ini")));
        choice.setChoice(language);
    }
    AppHarness app;
    const QString error = app.start(dir.filePath(QStringLiteral("replica.sqlite")), m_serverUrl);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_ui = app.ui();
    app.window()->resize(1280, 800);
    AppController* controller = app.controller();

    QVERIFY(m_ui->waitFor(QStringLiteral("signInPage")));
    m_ui->typeInto(m_ui->find(QStringLiteral("serverField")), m_serverUrl);
    m_ui->typeInto(m_ui->find(QStringLiteral("loginField")), QStringLiteral("hq"));
    m_ui->typeInto(m_ui->find(QStringLiteral("passwordField")), m_password);
    m_ui->click(m_ui->find(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signedIn() && !controller->syncing() && !controller->lastSyncAt().isEmpty(),
                             kNetworkTimeoutMs);
    QCOMPARE(controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(m_ui->waitFor(QStringLiteral("homePage")));

    QQuickItem* stack = m_ui->find(QStringLiteral("stack"));
    QVERIFY(stack);
    QQmlEngine* engine = qmlEngine(stack);
    engine->rootContext()->setContextProperty(QStringLiteral("testController"), controller);
    engine->rootContext()->setContextProperty(QStringLiteral("testStack"), stack);
    QQmlExpression push(qmlContext(stack), stack,
                        QStringLiteral("push(Qt.resolvedUrl(\"qrc:/CrmMobile/DuplicatesPage.qml\"), "
                                       "{controller: testController, stack: testStack})"));
    push.evaluate();
    QVERIFY2(!push.hasError(), qPrintable(push.error().toString()));
    QVERIFY(m_ui->waitFor(QStringLiteral("duplicatesPage")));
    auto* model = m_ui->find(QStringLiteral("duplicatesPage"))->findChild<DuplicatesModel*>(QStringLiteral("duplicatesModel"));
    QVERIFY(model);

    if (language == QLatin1String("en")) {
        // The demo's duplicate pair of leads, oldest first, and nothing merged yet.
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->groups().size() == 1, kNetworkTimeoutMs);
        QVERIFY2(model->error().isEmpty(), qPrintable(model->error()));
        const auto records = model->groups()[0].toMap()[QStringLiteral("records")].toList();
        QCOMPARE(records.size(), 2);
        QVERIFY(records[0].toMap()[QStringLiteral("created")].toString() <= records[1].toMap()[QStringLiteral("created")].toString());
        const std::string survivor = records[0].toMap()[QStringLiteral("id")].toString().toStdString();
        const std::string duplicate = records[1].toMap()[QStringLiteral("id")].toString().toStdString();
        QVERIFY(model->merges().isEmpty());
        QVERIFY(controller->replica()->find("lead", duplicate));
        shoot(QStringLiteral("1-groups"));

        // Merge from the page: the default survivor is the oldest record.
        m_ui->click(m_ui->waitFor(QStringLiteral("mergeButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->merges().size() == 1, kNetworkTimeoutMs);
        QVERIFY2(model->error().isEmpty(), qPrintable(model->error()));
        QCOMPARE(model->groups().size(), 0);
        const auto merge = model->merges()[0].toMap();
        QCOMPARE(merge[QStringLiteral("survivorId")].toString().toStdString(), survivor);
        QCOMPARE(merge[QStringLiteral("undone")].toBool(), false);
        QVERIFY(!model->lastResult().isEmpty());
        controller->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->replica()->find("lead", duplicate), kNetworkTimeoutMs);
        QVERIFY(controller->replica()->find("lead", survivor));
        shoot(QStringLiteral("2-merged"));

        // Undo from the recent merges list.
        m_ui->click(m_ui->waitFor(QStringLiteral("undoMergeButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->groups().size() == 1 && !model->merges().isEmpty() &&
                                     model->merges()[0].toMap()[QStringLiteral("undone")].toBool(),
                                 kNetworkTimeoutMs);
        controller->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller->replica()->find("lead", duplicate).has_value(), kNetworkTimeoutMs);
        shoot(QStringLiteral("3-undone"));

        // Customers: none in the demo data.
        m_ui->click(m_ui->find(QStringLiteral("duplicatesCustomersChip")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->entity() == QLatin1String("customer"), kNetworkTimeoutMs);
        QCOMPARE(model->groups().size(), 0);
        QTRY_VERIFY(m_ui->find(QStringLiteral("noDuplicatesLabel"))->isVisible());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->groups().size() == 1, kNetworkTimeoutMs);
        shoot(QStringLiteral("1-groups"));
    }
    QVERIFY2(g_qmlWarnings.isEmpty(), qPrintable(g_qmlWarnings.join(QLatin1Char('\n'))));
}

CRM_APP_TEST_MAIN(DuplicatesPageTest)

#include "duplicates_page_test.moc"
