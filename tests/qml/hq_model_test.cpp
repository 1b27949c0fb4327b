// ConflictListModel and OrgModel without a server: the conflict list says it needs a connection,
// OrgModel refuses bad form fields before sending anything and words an unreachable server, and
// the hand-over summary counts the records the heir gets from the replica.

#include "hq/conflictlistmodel.h"
#include "hq/orgmodel.h"
#include "session/appcontroller.h"

#include "crm/sync/replica.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const std::string kHqId = "00000000-0000-4000-8000-000000000001";
const std::string kRepId = "00000000-0000-4000-8000-000000000002";
}  // namespace

class HqModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void conflictsNeedAConnection();
    void orgFormsAreCheckedFirst();
    void orgActionsOfflineSayWhy();
    void handOverSummaryCountsTheBook();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_controller;
};

void HqModelTest::init() {
    m_controller.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    const std::string path = m_dir->filePath(QStringLiteral("replica.sqlite")).toStdString();
    {
        auto seed = crm::sync::Replica::open(path);
        QVERIFY(seed.ok());
        auto& replica = *seed.value();
        replica.set_session({"http://127.0.0.1:1", "token", {kHqId, "hq", "hq", "", "HQ"}});
        replica.set_document("directory", {{"units", {{{"id", "u1"}, {"name", "Headquarters"}, {"parent_id", nullptr}}}},
                                           {"users", {{{"id", kHqId}, {"login", "hq"}, {"role", "hq"}, {"unit_id", "u1"},
                                                       {"display_name", "HQ"}, {"active", true}},
                                                      {{"id", kRepId}, {"login", "rep1"}, {"role", "rep"}, {"unit_id", "u1"},
                                                       {"display_name", "Rep"}, {"active", true}}}}});
        for (const char* name : {"One", "Two"})
            QVERIFY(replica.create("customer", {{"name", name}, {"kind", "company"}, {"lifecycle", "active"},
                                                {"owner_id", kRepId}}).ok());
        QVERIFY(replica.create("lead", {{"person_name", "L"}, {"status", "new"}, {"owner_id", kRepId}}).ok());
    }
    m_controller = std::make_unique<AppController>(QString::fromStdString(path), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(m_controller->signedIn());
}

void HqModelTest::conflictsNeedAConnection() {
    ConflictListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    QVERIFY(model.loading());
    QTRY_VERIFY_WITH_TIMEOUT(!model.loading(), 20000);
    QVERIFY(model.offline());
    QVERIFY(model.errorString().contains(QStringLiteral("connect to the network")));
    QCOMPARE(model.count(), 0);
    model.setStatus(QStringLiteral("bogus"));  // refused, stays
    QCOMPARE(model.status(), QStringLiteral("open"));
}

void HqModelTest::orgFormsAreCheckedFirst() {
    OrgModel org;
    org.setController(m_controller.get());
    QVERIFY(!org.addUser(QStringLiteral("two words"), QStringLiteral("boss"), QString(), QString(1000, QLatin1Char('x')),
                         QStringLiteral("short")));
    const QVariantMap errors = org.errors();
    for (const char* field : {"login", "role", "unit", "displayName", "password"})
        QVERIFY2(errors.contains(QLatin1String(field)), field);
    QVERIFY(!org.busy());  // nothing was sent
    QVERIFY(!org.addUser(QStringLiteral("longlogin9"), QStringLiteral("rep"), QStringLiteral("North"), QString(),
                         QStringLiteral("longlogin9")));
    QVERIFY(org.errors().value(QStringLiteral("password")).toString().contains(QStringLiteral("login")));
    QVERIFY(!org.addUnit(QStringLiteral("   "), QStringLiteral("Headquarters")));
    QVERIFY(org.errors().contains(QStringLiteral("name")));
    QVERIFY(!org.moveUnit(QStringLiteral("North"), QStringLiteral("North")));
    QVERIFY(org.errors().contains(QStringLiteral("parent")));
    QVERIFY(!org.deactivate(QStringLiteral("rep1"), QStringLiteral("rep1")));
    QVERIFY(org.errors().contains(QStringLiteral("heir")));
    org.clearErrors();
    QVERIFY(org.errors().isEmpty());
}

void HqModelTest::orgActionsOfflineSayWhy() {
    OrgModel org;
    org.setController(m_controller.get());
    QSignalSpy done(&org, &OrgModel::actionDone);
    QVERIFY(org.moveUser(QStringLiteral("rep1"), QStringLiteral("Headquarters")));
    QVERIFY(org.busy());
    QTRY_VERIFY_WITH_TIMEOUT(!org.busy(), 20000);
    QVERIFY(org.errorString().startsWith(QStringLiteral("Org changes need a connection")));
    QCOMPARE(done.count(), 0);
}

void HqModelTest::handOverSummaryCountsTheBook() {
    OrgModel org;
    org.setController(m_controller.get());
    QCOMPARE(org.ownedRecordCount(QString::fromStdString(kRepId)), 3);
    const QString summary = org.handOverSummary(QStringLiteral("rep1"), QStringLiteral("hq"));
    QVERIFY2(summary.startsWith(QStringLiteral("3 record")) && summary.contains(QStringLiteral("from rep1 to hq")),
             qPrintable(summary));
    QVERIFY(org.handOverSummary(QStringLiteral("rep1"), QString()).contains(QStringLiteral("without a new owner")));
}

QTEST_MAIN(HqModelTest)
#include "hq_model_test.moc"
