// The app's C++ models and controller over a real SQLite replica file; no server needed
// (except signInFailsClearly, which talks to a closed loopback port).

#include "customers/contactlistmodel.h"
#include "customers/customerdetail.h"
#include "customers/customerlistmodel.h"
#include "session/appcontroller.h"
#include "visits/visitlistmodel.h"

#include "crm/sync/replica.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const std::string kRepId = "00000000-0000-4000-8000-000000000001";
}

class AppModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void customersSortedWithRoles();
    void customerFilterByNamePhoneRegion();
    void contactsOfOneCustomer();
    void visitsNewestFirst();
    void customerDetailFields();
    void signOutRefusedWithPendingEdits();
    void signInFailsClearly();

private:
    QString createCustomer(const char* name, const char* region, const char* phone, const char* lifecycle);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<crm::sync::Replica> m_seed;  // a second Replica on the same file, as a sync job would have
    std::unique_ptr<AppController> m_controller;
    QString m_beijing, m_acme, m_zeta;
};

QString AppModelTest::createCustomer(const char* name, const char* region, const char* phone, const char* lifecycle) {
    auto id = m_seed->create("customer", {{"name", name}, {"kind", "company"}, {"region", region},
                                          {"phone", phone}, {"lifecycle", lifecycle}});
    if (!id) qFatal("create customer: %s", id.error().message.c_str());
    return QString::fromStdString(id.value());
}

void AppModelTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const std::string path = m_dir->filePath(QStringLiteral("replica.sqlite")).toStdString();
    auto opened = crm::sync::Replica::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    m_seed = std::move(opened.value());
    m_seed->set_session({"http://127.0.0.1:1", "token", {kRepId, "rep1", "rep", "", "Rep One"}});
    m_beijing = createCustomer("北京华联商厦", "北京", "010-6512 3456", "active");
    m_acme = createCustomer("Acme GmbH", "Berlin", "+49 30 1234", "potential");
    m_zeta = createCustomer("Zeta Corp", "Shanghai", "021-555", "lost");
    QVERIFY(m_seed->create("contact", {{"customer_id", m_acme.toStdString()}, {"name", "Anna Schmidt"},
                                       {"title", "Buyer"}, {"mobile", "+49 170 1"}})
                .ok());
    QVERIFY(m_seed->create("contact", {{"customer_id", m_acme.toStdString()}, {"name", "Bernd Boss"},
                                       {"key_person", true}})
                .ok());
    QVERIFY(m_seed->create("visit", {{"customer_id", m_acme.toStdString()}, {"purpose", "older"},
                                     {"check_in_at", "2025-01-10T09:00:00Z"}})
                .ok());
    QVERIFY(m_seed->create("visit", {{"customer_id", m_acme.toStdString()}, {"purpose", "newer"},
                                     {"check_in_at", "2025-03-01T09:00:00Z"}})
                .ok());
    m_controller = std::make_unique<AppController>(QString::fromStdString(path), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY2(m_controller->errorString().isEmpty(), qPrintable(m_controller->errorString()));
    QVERIFY(m_controller->signedIn());
    QCOMPARE(m_controller->userName(), QStringLiteral("Rep One"));
}

void AppModelTest::cleanup() {
    m_controller.reset();
    m_seed.reset();
    m_dir.reset();
}

void AppModelTest::customersSortedWithRoles() {
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("Acme GmbH"));
    const QModelIndex acme = model.index(0);
    QCOMPARE(model.data(acme, CustomerListModel::IdRole).toString(), m_acme);
    QCOMPARE(model.data(acme, CustomerListModel::RegionRole).toString(), QStringLiteral("Berlin"));
    QCOMPARE(model.data(acme, CustomerListModel::LifecycleRole).toString(), QStringLiteral("potential"));
    QCOMPARE(model.data(acme, CustomerListModel::PendingRole).toBool(), true);  // never synced
    const auto roles = model.roleNames();
    for (const char* role : {"id", "name", "kind", "lifecycle", "region", "phone", "address", "pending"})
        QVERIFY2(roles.values().contains(role), role);
    QVERIFY(!model.data(acme, Qt::DisplayRole).isValid());
}

void AppModelTest::customerFilterByNamePhoneRegion() {
    CustomerListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    QSignalSpy countSpy(&model, &ReplicaListModel::countChanged);
    model.setFilterText(QStringLiteral("shang"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.get(0).value("id").toString(), m_zeta);
    model.setFilterText(QStringLiteral("30 1234"));  // "1234" alone is also in 010-6512 3456
    QCOMPARE(model.get(0).value("id").toString(), m_acme);
    model.setFilterText(QStringLiteral("华联"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("北京华联商厦"));
    model.setFilterText(QStringLiteral("nobody"));
    QCOMPARE(model.rowCount(), 0);
    model.setFilterText(QString());
    QCOMPARE(model.count(), 3);
    QCOMPARE(countSpy.count(), 3);  // 3 -> 1 -> 1 -> 1 -> 0 -> 3
}

void AppModelTest::contactsOfOneCustomer() {
    ContactListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    QCOMPARE(model.rowCount(), 0);  // no customer chosen yet
    model.setCustomerId(m_acme);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.get(0).value("name").toString(), QStringLiteral("Bernd Boss"));  // key person first
    QCOMPARE(model.get(0).value("keyPerson").toBool(), true);
    QCOMPARE(model.get(1).value("title").toString(), QStringLiteral("Buyer"));
    model.setCustomerId(m_zeta);
    QCOMPARE(model.rowCount(), 0);
}

void AppModelTest::visitsNewestFirst() {
    VisitListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    model.setCustomerId(m_acme);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.get(0).value("purpose").toString(), QStringLiteral("newer"));
    QCOMPARE(model.get(1).value("purpose").toString(), QStringLiteral("older"));
    QVERIFY(!model.get(0).value("checkInAt").toString().isEmpty());
    QVERIFY(model.get(0).value("pending").toBool());
}

void AppModelTest::customerDetailFields() {
    CustomerDetail detail;
    detail.setController(m_controller.get());
    detail.setCustomerId(m_beijing);
    QVERIFY(detail.found());
    QCOMPARE(detail.name(), QStringLiteral("北京华联商厦"));
    QCOMPARE(detail.region(), QStringLiteral("北京"));
    QCOMPARE(detail.lifecycle(), QStringLiteral("active"));
    QCOMPARE(detail.phone(), QStringLiteral("010-6512 3456"));
    detail.setCustomerId(QStringLiteral("00000000-0000-4000-8000-00000000ffff"));
    QVERIFY(!detail.found());
    QVERIFY(detail.name().isEmpty());
}

void AppModelTest::signOutRefusedWithPendingEdits() {
    CustomerListModel customers;
    customers.setController(m_controller.get());
    QVERIFY(m_controller->pendingCount() > 0);
    QVERIFY(!m_controller->signOut(false));
    QVERIFY(!m_controller->errorString().isEmpty());
    QVERIFY(m_controller->signedIn());
    QCOMPARE(customers.rowCount(), 3);
    QVERIFY(m_controller->signOut(true));
    QVERIFY(!m_controller->signedIn());
    QCOMPARE(m_controller->pendingCount(), 0);
    QCOMPARE(customers.rowCount(), 0);
}

void AppModelTest::signInFailsClearly() {
    QVERIFY(m_controller->signOut(true));
    QSignalSpy finished(m_controller.get(), &AppController::signInFinished);
    m_controller->signIn(QStringLiteral("http://127.0.0.1:1"), QStringLiteral("rep1"), QStringLiteral("demo"));
    QVERIFY(m_controller->signingIn());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(!m_controller->signingIn());
    QVERIFY(!m_controller->signedIn());
    QVERIFY(!m_controller->errorString().isEmpty());
    m_controller->signIn(QStringLiteral("not a url"), QStringLiteral("rep1"), QStringLiteral("demo"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QVERIFY(!m_controller->errorString().isEmpty());
}

int main(int argc, char* argv[]) {
    // Headless unless a display is given explicitly (run_app_test.sh's CRM_TEST_XVFB=1 uses Xvfb).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    AppModelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "app_model_test.moc"
