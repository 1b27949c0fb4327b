// Customers, leads and deals driven like a user: the real Main.qml (offscreen) over a real
// replica file holding a small pulled book, fully offline (as the rep would be in the field):
// search, filters, lead capture with the duplicate warning, qualify, mark invalid, stage move
// with its history. Screenshots go to CRM_TEST_ARTIFACTS (default ./artifacts/screenshots).

#include "cust_seed.h"
#include "quickdriver.h"
#include "records/replicalistmodel.h"
#include "session/appcontroller.h"

#include "crm/sync/replica.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

using namespace cust_seed;

class CustFlowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchCustomers();
    void filterCustomers();
    void customerDetailShowsDealsAndTimeline();
    void leadCaptureWarnsAboutDuplicates();
    void qualifyLeadShowsNewCustomer();
    void markLeadInvalidNeedsReason();
    void moveStageRecordsHistory();
    void cleanupTestCase();

private:
    QString shot(const QString& name) const { return m_artifacts + QStringLiteral("/cust-") + name + QStringLiteral(".png"); }
    /// The visible item with this objectName whose `property` equals `value` (nullptr if none).
    QQuickItem* itemWith(const QString& objectName, const char* property, const QString& value) const;
    /// Clicks the item, failing the test when it is missing.
    void tap(QQuickItem* item, const char* what) const;
    ReplicaListModel* listModel(const QString& listName) const;
    void goHome(const QString& tab);
    void openTab(const QString& tab);

    QString m_artifacts;
    QTemporaryDir m_tmp;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<QuickDriver> m_ui;
};

QQuickItem* CustFlowTest::itemWith(const QString& objectName, const char* property, const QString& value) const {
    for (QQuickItem* item : m_ui->findAll(objectName))
        if (item->property(property).toString() == value) return item;
    return nullptr;
}

void CustFlowTest::tap(QQuickItem* item, const char* what) const {
    if (!item) QFAIL(qPrintable(QStringLiteral("nothing to tap: %1").arg(QLatin1String(what))));
    m_ui->click(item);
}

ReplicaListModel* CustFlowTest::listModel(const QString& listName) const {
    QQuickItem* list = m_ui->find(listName);
    return list ? qobject_cast<ReplicaListModel*>(list->property("model").value<QObject*>()) : nullptr;
}

void CustFlowTest::openTab(const QString& tab) {
    tap(m_ui->find(tab), qPrintable(tab));
    QVERIFY(m_ui->waitForStackIdle());
}

void CustFlowTest::goHome(const QString& tab) {
    QQuickItem* stack = m_ui->find(QStringLiteral("stack"));
    QVERIFY(stack);
    QQmlExpression pop(qmlContext(stack), stack, QStringLiteral("pop(null)"));
    pop.evaluate();
    QVERIFY2(!pop.hasError(), qPrintable(pop.error().toString()));
    QVERIFY(m_ui->waitForStackIdle());
    QVERIFY(m_ui->waitFor(QStringLiteral("homePage")));
    openTab(tab);
}

void CustFlowTest::initTestCase() {
    m_artifacts = qEnvironmentVariable("CRM_TEST_ARTIFACTS", QDir::currentPath() + QStringLiteral("/artifacts/screenshots"));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(m_tmp.isValid());
    const QString path = m_tmp.filePath(QStringLiteral("replica.sqlite"));
    {
        auto replica = crm::sync::Replica::open(path.toStdString());
        QVERIFY(replica.ok());
        (*replica)->set_session({"http://127.0.0.1:1", "token", {kRep, "rep1", "rep", "", "Rep One"}});
        seedBook(**replica);
    }
    m_controller = std::make_unique<AppController>(path, QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(m_controller->signedIn());
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(m_controller.get())}});
    m_engine->load(QUrl(QStringLiteral("qrc:/CrmMobile/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_ui = std::make_unique<QuickDriver>(m_window);
    QVERIFY(m_ui->waitFor(QStringLiteral("homePage")));
}

void CustFlowTest::searchCustomers() {
    openTab(QStringLiteral("customersTab"));
    QVERIFY(m_ui->waitFor(QStringLiteral("customerListPage")));
    ReplicaListModel* customers = listModel(QStringLiteral("customerList"));
    QVERIFY(customers);
    QTRY_COMPARE(customers->rowCount(), 3);
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("01-customers"))));
    QQuickItem* search = m_ui->find(QStringLiteral("searchField"));
    m_ui->typeInto(search, QStringLiteral("华联"));
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("customerDelegate")).size(), 1);
    QCOMPARE(m_ui->find(QStringLiteral("customerDelegate"))->property("customerName").toString(),
             QStringLiteral("北京华联商厦有限公司"));
    m_ui->typeInto(search, QStringLiteral("139 1111"));  // Anna Schmidt's mobile at Acme
    QTRY_VERIFY(itemWith(QStringLiteral("customerDelegate"), "customerName", QStringLiteral("Acme GmbH")));
    QCOMPARE(m_ui->findAll(QStringLiteral("customerDelegate")).size(), 1);
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("02-search-contact-phone"))));
    m_ui->typeInto(search, QString());
    QTRY_COMPARE(customers->rowCount(), 3);
}

void CustFlowTest::filterCustomers() {
    tap(m_ui->find(QStringLiteral("filterButton")), "filter button");
    QVERIFY(m_ui->waitFor(QStringLiteral("filterSheet")));
    QTRY_VERIFY(itemWith(QStringLiteral("tagChoice"), "value", QStringLiteral("vip")));
    QTest::qWait(400);  // the sheet slides in
    tap(itemWith(QStringLiteral("tagChoice"), "value", QStringLiteral("vip")), "tag vip");
    ReplicaListModel* customers = listModel(QStringLiteral("customerList"));
    QTRY_COMPARE(customers->rowCount(), 2);
    tap(itemWith(QStringLiteral("lifecycleChoice"), "value", QStringLiteral("lost")), "lifecycle lost");
    QTRY_COMPARE(customers->rowCount(), 1);
    QCOMPARE(customers->get(0).value(QStringLiteral("name")).toString(), QStringLiteral("Zeta Corp"));
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("03-filter-sheet"))));
    tap(m_ui->find(QStringLiteral("closeFiltersButton")), "done");
    QTRY_VERIFY(!m_ui->find(QStringLiteral("filterSheet")));
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("activeFilterChip")).size(), 2);
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("04-filtered"))));
    tap(m_ui->find(QStringLiteral("activeFilterChip")), "active filter chip");
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("activeFilterChip")).size(), 1);
    tap(m_ui->find(QStringLiteral("activeFilterChip")), "active filter chip");
    QTRY_COMPARE(customers->rowCount(), 3);
}

void CustFlowTest::customerDetailShowsDealsAndTimeline() {
    tap(itemWith(QStringLiteral("customerDelegate"), "customerName", QStringLiteral("Acme GmbH")), "Acme");
    QVERIFY(m_ui->waitFor(QStringLiteral("customerDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("customerDealDelegate")).size(), 1);
    QCOMPARE(m_ui->findAll(QStringLiteral("visitDelegate")).size(), 1);
    QCOMPARE(m_ui->findAll(QStringLiteral("commentDelegate")).size(), 1);
    QCOMPARE(m_ui->findAll(QStringLiteral("contactDelegate")).size(), 1);
    QVERIFY(m_ui->find(QStringLiteral("callButton")));
    QVERIFY(m_ui->find(QStringLiteral("planVisitButton")));
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("05-customer-detail"))));
    tap(m_ui->find(QStringLiteral("customerDealDelegate")), "deal row");
    QVERIFY(m_ui->waitFor(QStringLiteral("opportunityDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QTRY_VERIFY(itemWith(QStringLiteral("stageButton"), "checked", QStringLiteral("true")));
    QCOMPARE(itemWith(QStringLiteral("stageButton"), "checked", QStringLiteral("true"))->property("value").toString(),
             QStringLiteral("proposal"));
    goHome(QStringLiteral("leadsTab"));
}

void CustFlowTest::leadCaptureWarnsAboutDuplicates() {
    QVERIFY(m_ui->waitFor(QStringLiteral("leadListPage")));
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("leadDelegate")).size(), 2);
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("06-leads"))));
    tap(m_ui->find(QStringLiteral("newLeadButton")), "new lead");
    QVERIFY(m_ui->waitFor(QStringLiteral("leadFormPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QVERIFY(!m_ui->find(QStringLiteral("duplicateWarning")));
    tap(m_ui->find(QStringLiteral("saveLeadButton")), "save lead (empty)");  // neither person nor company
    QTRY_VERIFY(!m_ui->find(QStringLiteral("personError"))->property("text").toString().isEmpty());
    QCOMPARE(m_controller->pendingCount(), 0);
    m_ui->typeInto(m_ui->find(QStringLiteral("personField")), QStringLiteral("Zhang San"));
    m_ui->typeInto(m_ui->find(QStringLiteral("phoneField")), QStringLiteral("+86 138-0013-8000"));  // Li Lei's lead
    QTRY_VERIFY(m_ui->find(QStringLiteral("duplicateWarning")));
    QCOMPARE(m_ui->findAll(QStringLiteral("duplicateDelegate")).size(), 1);
    QVERIFY(m_ui->find(QStringLiteral("duplicateDelegate"))->property("text").toString().contains(QLatin1String("Shenzhen")));
    m_ui->typeInto(m_ui->find(QStringLiteral("companyField")), QStringLiteral("ACME"));  // and the customer Acme GmbH
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("duplicateDelegate")).size(), 2);
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("07-lead-duplicate-warning"))));
    tap(m_ui->find(QStringLiteral("saveLeadButton")), "save anyway");  // the rep may still save
    QVERIFY(m_ui->waitFor(QStringLiteral("leadDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QCOMPARE(m_controller->pendingCount(), 1);
}

void CustFlowTest::qualifyLeadShowsNewCustomer() {
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("08-lead-detail"))));
    tap(m_ui->find(QStringLiteral("qualifyButton")), "qualify");
    QVERIFY(m_ui->waitFor(QStringLiteral("customerDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("customerDealDelegate")).size(), 1);
    QCOMPARE(m_ui->findAll(QStringLiteral("contactDelegate")).size(), 1);
    QCOMPARE(m_controller->pendingCount(), 6);  // lead + customer, contact, opportunity, stage record, lead update
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("09-qualified-customer"))));
    goHome(QStringLiteral("leadsTab"));
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("leadDelegate")).size(), 2);  // the new one is converted
}

void CustFlowTest::markLeadInvalidNeedsReason() {
    tap(itemWith(QStringLiteral("leadDelegate"), "leadName", QStringLiteral("王芳")), "lead 王芳");
    QVERIFY(m_ui->waitFor(QStringLiteral("leadDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    tap(m_ui->find(QStringLiteral("markInvalidButton")), "mark invalid");
    QVERIFY(m_ui->waitFor(QStringLiteral("invalidDialog")));
    QTest::qWait(300);
    tap(m_ui->find(QStringLiteral("confirmInvalidButton")), "confirm without reason");
    QTRY_VERIFY(m_ui->find(QStringLiteral("invalidReasonError")));
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("10-invalid-needs-reason"))));
    m_ui->typeInto(m_ui->find(QStringLiteral("invalidReasonField")), QStringLiteral("Wrong number"));
    QTRY_VERIFY(!m_ui->find(QStringLiteral("invalidReasonError")));  // cleared while typing
    tap(m_ui->find(QStringLiteral("confirmInvalidButton")), "confirm");
    QTRY_VERIFY(!m_ui->find(QStringLiteral("invalidDialog")));
    QTRY_VERIFY(m_ui->find(QStringLiteral("invalidReasonRow")));
    QVERIFY(!m_ui->find(QStringLiteral("qualifyButton")));  // a closed lead offers no actions
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("11-lead-invalid"))));
    goHome(QStringLiteral("dealsTab"));
}

void CustFlowTest::moveStageRecordsHistory() {
    QVERIFY(m_ui->waitFor(QStringLiteral("opportunityListPage")));
    QTRY_VERIFY(itemWith(QStringLiteral("opportunityDelegate"), "opportunityTitle", QStringLiteral("Forklifts")));
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("12-deals"))));
    tap(itemWith(QStringLiteral("stageChip"), "value", QStringLiteral("proposal")), "proposal chip");
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("opportunityDelegate")).size(), 1);
    tap(itemWith(QStringLiteral("opportunityDelegate"), "opportunityTitle", QStringLiteral("Forklifts")), "Forklifts");
    QVERIFY(m_ui->waitFor(QStringLiteral("opportunityDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QCOMPARE(m_ui->findAll(QStringLiteral("historyDelegate")).size(), 0);
    tap(itemWith(QStringLiteral("stageButton"), "value", QStringLiteral("negotiation")), "negotiation");
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("historyDelegate")).size(), 1);
    QCOMPARE(m_ui->findAll(QStringLiteral("historyPendingMarker")).size(), 1);
    QCOMPARE(itemWith(QStringLiteral("stageButton"), "checked", QStringLiteral("true"))->property("value").toString(),
             QStringLiteral("negotiation"));
    tap(itemWith(QStringLiteral("statusButton"), "value", QStringLiteral("lost")), "lost");
    QVERIFY(m_ui->waitFor(QStringLiteral("lostDialog")));
    QTest::qWait(300);
    tap(m_ui->find(QStringLiteral("confirmLostButton")), "confirm lost without reason");
    QTRY_VERIFY(m_ui->find(QStringLiteral("lostReasonError")));
    QCOMPARE(itemWith(QStringLiteral("statusButton"), "checked", QStringLiteral("true"))->property("value").toString(),
             QStringLiteral("following"));  // nothing changed yet
    m_ui->typeInto(m_ui->find(QStringLiteral("lostReasonField")), QStringLiteral("Price too high"));
    tap(m_ui->find(QStringLiteral("confirmLostButton")), "confirm lost");
    QTRY_VERIFY(!m_ui->find(QStringLiteral("lostDialog")));
    QTRY_COMPARE(m_ui->findAll(QStringLiteral("historyDelegate")).size(), 2);
    const auto deal = m_controller->replica()->find("opportunity", kDeal);
    QVERIFY(deal && (*deal)["status"] == "lost" && (*deal)["lost_reason"] == "Price too high" &&
            (*deal)["stage"] == "negotiation");
    QVERIFY(m_ui->screenshot(shot(QStringLiteral("13-deal-history"))));
}

void CustFlowTest::cleanupTestCase() {
    m_ui.reset();
    m_engine.reset();
    m_controller.reset();
}

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    CustFlowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "cust_flow_test.moc"
