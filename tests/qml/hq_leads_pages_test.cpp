// Headquarters' lead pages against a real crm-server with the demo data, signed in as hq.
// Duplicates: the demo's leads hold one duplicate pair across rep1 and rep3; merging it from the
// page tombstones the duplicate on the hq device after a sync, undo brings it back. Lead pools:
// three pool leads made on the hq device, two assigned to rep1 from the page leave the pool.
// Screenshots at tablet size (1280x800) in English and Chinese.
#include "appharness.h"
#include "hq/duplicatesmodel.h"
#include "hq/leadpoolmodel.h"
#include "quickdriver.h"
#include "session/appcontroller.h"
#include "session/language.h"
#include "visits/positionprovider.h"

#include "crm/sync/replica.h"

#include <QDebug>
#include <QDir>
#include <QGuiApplication>
#include <QQmlContext>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kNetworkTimeoutMs = 60000;
}  // namespace

class HqLeadsPagesTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void mergeAndUndoInEnglish() { run(QStringLiteral("en")); }
    void pageInChinese() { run(QStringLiteral("zh_CN")); }
    void poolsInEnglish() { pools(QStringLiteral("en")); }
    void poolsInChinese() { pools(QStringLiteral("zh_CN")); }
    void withoutServerBothSayTheyNeedOne();

private:
    void run(const QString& language);
    void pools(const QString& language);
    /// Signs in as hq at tablet size and pushes `page`; its item, or nullptr.
    QQuickItem* signInAndOpen(AppHarness& app, const QString& replicaPath, const QString& page, const QString& objectName);
    void shoot(const QString& name);

    QString m_serverUrl, m_password, m_artifacts, m_language;
    QuickDriver* m_ui = nullptr;
};

void HqLeadsPagesTest::initTestCase() {
    const QString missing = AppHarness::readEnvironment(
        {{"CRM_TEST_SERVER_URL", &m_serverUrl}, {"CRM_TEST_PASSWORD", &m_password}, {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    QmlWarnings::install();
}

void HqLeadsPagesTest::shoot(const QString& name) {
    QVERIFY(m_ui->waitForStackIdle());
    QTest::qWait(250);
    const QString file = QStringLiteral("%1/hq-leads-%2-%3.png")
                             .arg(m_artifacts, m_language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh"), name);
    QVERIFY2(m_ui->screenshot(file), qPrintable(file));
}

QQuickItem* HqLeadsPagesTest::signInAndOpen(AppHarness& app, const QString& replicaPath, const QString& page,
                                            const QString& objectName) {
    QmlWarnings::clear();
    const QString error = app.start(replicaPath, m_serverUrl);
    if (!error.isEmpty()) return nullptr;
    m_ui = app.ui();
    app.window()->resize(1280, 800);
    AppController* controller = app.controller();
    if (!m_ui->waitFor(QStringLiteral("signInPage"))) return nullptr;
    m_ui->typeInto(m_ui->find(QStringLiteral("serverField")), m_serverUrl);
    m_ui->typeInto(m_ui->find(QStringLiteral("loginField")), QStringLiteral("hq"));
    m_ui->typeInto(m_ui->find(QStringLiteral("passwordField")), m_password);
    m_ui->click(m_ui->find(QStringLiteral("signInButton")));
    if (!QTest::qWaitFor([&] { return controller->signedIn() && !controller->syncing() && !controller->lastSyncAt().isEmpty(); },
                         kNetworkTimeoutMs) ||
        controller->lastSyncResult() != QLatin1String("ok") || !m_ui->waitFor(QStringLiteral("wideHomePage"))) {
        qWarning() << "signInAndOpen: no wide home after signing in as hq:" << controller->lastSyncResult();
        m_ui->screenshot(m_artifacts + QStringLiteral("/hq-leads-failed-sign-in.png"));
        return nullptr;
    }
    // hq on a tablet: the page is an entry of the side navigation (once the first area is shown).
    if (!m_ui->waitFor(QStringLiteral("teamReviewPage")) || !m_ui->waitForStackIdle()) return nullptr;
    QQuickItem* entry = m_ui->waitFor(page == QLatin1String("DuplicatesPage") ? QStringLiteral("nav_duplicates")
                                                                              : QStringLiteral("nav_leadPools"));
    if (!entry) {
        qWarning() << "signInAndOpen: no navigation entry for" << page;
        return nullptr;
    }
    m_ui->click(entry);
    if (!m_ui->waitFor(objectName)) {
        qWarning() << "signInAndOpen: clicking" << entry->objectName() << "did not open" << objectName;
        m_ui->screenshot(m_artifacts + QStringLiteral("/hq-leads-failed-open.png"));
    }
    return m_ui->waitFor(objectName);
}

void HqLeadsPagesTest::run(const QString& language) {
    m_language = language;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Language choice(dir.filePath(QStringLiteral("replica.sqlite.settings.ini")));
        choice.setChoice(language);
    }
    AppHarness app;
    QQuickItem* pageItem = signInAndOpen(app, dir.filePath(QStringLiteral("replica.sqlite")), QStringLiteral("DuplicatesPage"),
                                         QStringLiteral("duplicatesPage"));
    QVERIFY(pageItem);
    AppController* controller = app.controller();
    auto* model = pageItem->findChild<DuplicatesModel*>(QStringLiteral("duplicatesModel"));
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
        shoot(QStringLiteral("duplicates-1-groups"));

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
        shoot(QStringLiteral("duplicates-2-merged"));

        // Undo from the recent merges list.
        m_ui->click(m_ui->waitFor(QStringLiteral("undoMergeButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->groups().size() == 1 && !model->merges().isEmpty() &&
                                     model->merges()[0].toMap()[QStringLiteral("undone")].toBool(),
                                 kNetworkTimeoutMs);
        controller->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(controller->replica()->find("lead", duplicate).has_value(), kNetworkTimeoutMs);
        shoot(QStringLiteral("duplicates-3-undone"));

        // Customers: none in the demo data.
        m_ui->click(m_ui->find(QStringLiteral("duplicatesCustomersChip")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->entity() == QLatin1String("customer"), kNetworkTimeoutMs);
        QCOMPARE(model->groups().size(), 0);
        QTRY_VERIFY(m_ui->find(QStringLiteral("noDuplicatesLabel"))->isVisible());
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->groups().size() == 1, kNetworkTimeoutMs);
        shoot(QStringLiteral("duplicates-1-groups"));
    }
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
}

void HqLeadsPagesTest::pools(const QString& language) {
    m_language = language;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        Language choice(dir.filePath(QStringLiteral("replica.sqlite.settings.ini")));
        choice.setChoice(language);
    }
    AppHarness app;
    AppController* controller = nullptr;
    QQuickItem* pageItem = signInAndOpen(app, dir.filePath(QStringLiteral("replica.sqlite")), QStringLiteral("LeadPoolPage"),
                                         QStringLiteral("leadPoolPage"));
    QVERIFY(pageItem);
    controller = app.controller();
    auto* model = pageItem->findChild<LeadPoolModel*>(QStringLiteral("leadPoolModel"));
    QVERIFY(model);
    if (language == QLatin1String("en")) {
        // Three leads put in the pool "Expo" by hq's device (owner null: headquarters' stock).
        std::vector<std::string> ids;
        for (const char* name : {"Expo Alpha Ltd", "Expo Beta Ltd", "Expo Gamma Ltd"}) {
            auto id = controller->replica()->create(
                "lead", {{"company_name", name}, {"status", "new"}, {"pool", "Expo"}, {"priority", "high"},
                         {"region", "North"}, {"owner_id", nullptr}});
            QVERIFY2(id.ok(), id.ok() ? "" : id.error().message.c_str());
            ids.push_back(*id);
        }
        controller->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing() && controller->replica()->pending_count() == 0, kNetworkTimeoutMs);
        // A create leaves a null owner out (the server then makes hq the owner): clearing it puts them in the pool.
        for (const auto& id : ids) QVERIFY(controller->replica()->update("lead", id, {{"owner_id", nullptr}}).ok());
        controller->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing() && controller->replica()->pending_count() == 0, kNetworkTimeoutMs);
        model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && !model->pools().isEmpty(), kNetworkTimeoutMs);
        const auto expo = model->pools()[0].toMap();
        QCOMPARE(expo[QStringLiteral("key")].toString(), QStringLiteral("Expo"));
        QCOMPARE(expo[QStringLiteral("total")].toInt(), 3);
        QVERIFY(m_ui->waitFor(QStringLiteral("poolRow")));
        model->choosePool(QStringLiteral("Expo"));
        QTRY_COMPARE_WITH_TIMEOUT(model->leads().size(), 3, kNetworkTimeoutMs);
        model->toggle(QString::fromStdString(ids[0]));
        model->toggle(QString::fromStdString(ids[1]));
        QCOMPARE(model->selectedCount(), 2);
        QQuickItem* box = m_ui->find(QStringLiteral("assigneeBox"));
        QVERIFY(box);
        const QVariantList assignees = box->property("model").toList();
        int rep1 = -1;
        for (int i = 0; i < assignees.size(); ++i)
            if (assignees[i].toMap()[QStringLiteral("login")].toString() == QLatin1String("rep1")) rep1 = i;
        QVERIFY2(rep1 >= 0, "rep1 is not offered");
        box->setProperty("currentIndex", rep1);
        shoot(QStringLiteral("pools-1-selected"));
        m_ui->click(m_ui->find(QStringLiteral("assignButton")));
        QTRY_VERIFY_WITH_TIMEOUT(!model->lastResult().isEmpty(), kNetworkTimeoutMs);
        QVERIFY2(model->error().isEmpty(), qPrintable(model->error()));
        // After the sync the two leads are rep1's on this device and left the pool.
        QTRY_VERIFY_WITH_TIMEOUT(model->leads().size() == 1 && !controller->syncing(), kNetworkTimeoutMs);
        const auto lead = controller->replica()->find("lead", ids[0]);
        QVERIFY(lead && lead->value("owner_id", nlohmann::json()).is_string());
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && model->pools()[0].toMap()[QStringLiteral("total")].toInt() == 1,
                                 kNetworkTimeoutMs);
        shoot(QStringLiteral("pools-2-assigned"));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!model->busy() && !model->pools().isEmpty(), kNetworkTimeoutMs);
        model->choosePool(model->pools()[0].toMap()[QStringLiteral("key")].toString());
        QTRY_VERIFY2(!model->leads().isEmpty(), qPrintable(model->pools()[0].toMap()[QStringLiteral("key")].toString()));
        model->selectAll(true);
        shoot(QStringLiteral("pools-1-selected"));
    }
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
}

void HqLeadsPagesTest::withoutServerBothSayTheyNeedOne() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppHarness app;  // never signed in: no session, so no server to ask
    QVERIFY(app.start(dir.filePath(QStringLiteral("replica.sqlite")), m_serverUrl).isEmpty());
    DuplicatesModel duplicates;
    duplicates.setController(app.controller());
    QTRY_VERIFY(!duplicates.busy());
    QVERIFY(duplicates.offline());
    QVERIFY(duplicates.groups().isEmpty());
    LeadPoolModel pools;
    pools.setController(app.controller());
    QTRY_VERIFY(!pools.busy());
    QVERIFY(pools.offline());
    pools.assignSelected(QStringLiteral("nobody"));  // nothing selected: no call
    QVERIFY(!pools.busy());
}

CRM_APP_TEST_MAIN(HqLeadsPagesTest)

#include "hq_leads_pages_test.moc"
