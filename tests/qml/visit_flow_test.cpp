// A day in the field, driven through the real QML (offscreen) against a real crm-server:
// check-in from Today with positions replayed from NMEA logs near the customer (verified) and far
// from it (outside radius), planning a visit, manual check-in with no fix, setting a customer's
// position, a follow-up date creating a task, check-out, tasks done / snoozed — all offline — then
// a sync that the server accepts, and the manager's comment coming back with an unread badge
// that opening the visit clears (and whose read time reaches the manager's device).
// Needs CRM_TEST_SERVER_URL, CRM_TEST_PASSWORD and CRM_TEST_ARTIFACTS (run_app_test.sh sets them).

#include "quickdriver.h"
#include "records/replicalistmodel.h"
#include "session/appcontroller.h"
#include "session/syncjobs.h"
#include "visits/commentinbox.h"
#include "visits/positionprovider.h"

#include "crm/shared/formats.h"
#include "crm/sync/replica.h"

#include <QDir>
#include <QGeoPositionInfoSource>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

using nlohmann::json;

namespace {
constexpr int kNetworkTimeoutMs = 60000;
// The customer's stored position; tests/qml/data/near-customer.nmea is ~36 m from it,
// far-from-customer.nmea ~2.7 km.
constexpr double kLat = 31.2304, kLon = 121.4737;
const QString kPlaced = QStringLiteral("Check-in Test Co 签到测试");
const QString kUnplaced = QStringLiteral("No Position Yet Ltd");

QString nmea(const char* file) { return QStringLiteral("nmea:" CRM_TEST_DATA_DIR "/") + QLatin1String(file); }
}  // namespace

class VisitFlowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void todayShowsPlannedVisit();
    void checkInNearCustomerIsVerified();
    void refusedFollowUpKeepsInputThenCheckOutMakesTask();
    void planVisitAndCheckInFarIsOutsideRadius();
    void manualCheckInWithoutFix();
    void firstVisitSetsCustomerPosition();
    void tasksDoneAndSnoozed();
    void offlineCaptureSyncsToServer();
    void managerCommentShowsUnreadAndIsMarkedRead();
    void cleanupTestCase();

private:
    QString artifact(const QString& name) const { return m_artifacts + QLatin1Char('/') + name; }
    QString textOf(const QString& objectName) const;
    QQuickItem* rowWith(const QString& objectName, const char* property, const QString& value) const;
    QQuickItem* inside(QQuickItem* row, const QString& objectName) const;
    void goToTab(const char* tab, const char* page);
    void pushVisitForm(const QString& customerId, const QString& customerName);
    void typeField(const char* objectName, const QString& text);
    std::optional<json> visitOf(const QString& customerName, const char* field, const std::string& value);

    QString m_serverUrl, m_password, m_artifacts;
    QTemporaryDir m_tmp;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<QuickDriver> m_ui;
    QString m_placedId, m_unplacedId, m_nearVisitId;
};

void VisitFlowTest::initTestCase() {
    m_serverUrl = qEnvironmentVariable("CRM_TEST_SERVER_URL");
    m_password = qEnvironmentVariable("CRM_TEST_PASSWORD");
    m_artifacts = qEnvironmentVariable("CRM_TEST_ARTIFACTS");
    QVERIFY2(!m_serverUrl.isEmpty() && !m_password.isEmpty() && !m_artifacts.isEmpty(),
             "missing CRM_TEST_SERVER_URL / CRM_TEST_PASSWORD / CRM_TEST_ARTIFACTS (run through tests/qml/run_app_test.sh)");
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(m_tmp.isValid());
    PositionProvider::setDefaultTimeoutMs(1500);
    QVERIFY(PositionProvider::setSourceSpec(nmea("near-customer.nmea")));

    m_controller = std::make_unique<AppController>(m_tmp.filePath(QStringLiteral("rep.sqlite")), m_serverUrl);
    m_controller->signIn(m_serverUrl, QStringLiteral("rep1"), m_password);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signedIn() && !m_controller->signingIn(), kNetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing() && !m_controller->lastSyncAt().isEmpty(), kNetworkTimeoutMs);
    QCOMPARE(m_controller->lastSyncResult(), QStringLiteral("ok"));

    // From here on the rep works without syncing (offline); the server sees it all at the end.
    auto& replica = *m_controller->replica();
    auto placed = replica.create("customer", {{"name", kPlaced.toStdString()}, {"kind", "company"}, {"lifecycle", "active"},
                                             {"latitude", kLat}, {"longitude", kLon}});
    auto unplaced = replica.create("customer", {{"name", kUnplaced.toStdString()}, {"kind", "company"}, {"lifecycle", "potential"}});
    QVERIFY(placed && unplaced);
    m_placedId = QString::fromStdString(placed.value());
    m_unplacedId = QString::fromStdString(unplaced.value());
    const QDateTime soon = QDateTime(QDate::currentDate(), QTime(23, 30));
    QVERIFY(replica.create("visit", {{"customer_id", placed.value()}, {"purpose", "Contract talk"},
                                     {"planned_at", crm::format_timestamp_ms(soon.toMSecsSinceEpoch())}}));
    QVERIFY(replica.create("task", {{"title", "Call the buyer back"},
                                    {"due_at", crm::format_timestamp_ms(soon.addDays(-2).toMSecsSinceEpoch())}}));
    m_controller->notifyLocalEdit();

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

void VisitFlowTest::todayShowsPlannedVisit() {
    QVERIFY(m_ui->waitFor(QStringLiteral("todayPage")));
    QQuickItem* row = nullptr;
    QTRY_VERIFY(row = rowWith(QStringLiteral("todayRow"), "rowTitle", kPlaced));
    QCOMPARE(row->property("rowSection").toString(), QStringLiteral("visits"));
    QQuickItem* overdueTask = rowWith(QStringLiteral("todayRow"), "rowTitle", QStringLiteral("Call the buyer back"));
    QVERIFY(overdueTask);
    QCOMPARE(overdueTask->property("rowSection").toString(), QStringLiteral("overdue"));
    QVERIFY(inside(overdueTask, QStringLiteral("todayLateLabel")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-01-today.png"))));
}

void VisitFlowTest::checkInNearCustomerIsVerified() {
    QQuickItem* row = rowWith(QStringLiteral("todayRow"), "rowTitle", kPlaced);
    QVERIFY(row);
    m_ui->click(inside(row, QStringLiteral("todayCheckInButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("visitFormPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QCOMPARE(m_ui->find(QStringLiteral("purposeField"))->property("text").toString(), QStringLiteral("Contract talk"));
    QQuickItem* checkIn = m_ui->find(QStringLiteral("checkInButton"));
    QVERIFY(checkIn);
    QTRY_VERIFY_WITH_TIMEOUT(checkIn->isEnabled(), 10000);  // the NMEA log's first fix
    QVERIFY(textOf(QStringLiteral("positionLabel")).contains(QStringLiteral("nmea")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-02-check-in-fix.png"))));
    m_ui->click(checkIn);
    QQuickItem* chip = m_ui->waitFor(QStringLiteral("checkInStatusChip"));
    QVERIFY(chip);
    QCOMPARE(chip->property("status").toString(), QStringLiteral("verified"));
    QVERIFY(!m_ui->find(QStringLiteral("setCustomerPositionButton")));  // the customer has one
    QVERIFY(m_ui->find(QStringLiteral("checkOutButton")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-03-checked-in-verified.png"))));
    const auto visit = visitOf(kPlaced, "check_in_status", "verified");
    QVERIFY(visit);
    m_nearVisitId = QString::fromStdString(visit->value("id", ""));
    QCOMPARE(QString::fromStdString(visit->value("check_in_source", "")), QStringLiteral("nmea"));
    QVERIFY(visit->contains("planned_at"));  // the planned visit itself was checked in
}

void VisitFlowTest::refusedFollowUpKeepsInputThenCheckOutMakesTask() {
    typeField("notesField", QStringLiteral("Met the buyer; samples wanted."));
    typeField("outcomeField", QStringLiteral("Positive"));
    typeField("nextStepField", QStringLiteral("Send the samples"));
    typeField("followUpField", QStringLiteral("2026-02-30"));  // no such day
    m_ui->click(m_ui->find(QStringLiteral("saveVisitButton")));
    QTRY_VERIFY(!textOf(QStringLiteral("followUpError")).isEmpty());
    QVERIFY(m_ui->find(QStringLiteral("visitFormPage")));
    QCOMPARE(textOf(QStringLiteral("notesField")), QStringLiteral("Met the buyer; samples wanted."));
    QCOMPARE(textOf(QStringLiteral("nextStepField")), QStringLiteral("Send the samples"));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-04-refused-follow-up.png"))));

    const QString followUp = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    typeField("followUpField", followUp);
    m_ui->click(m_ui->find(QStringLiteral("checkOutButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("todayPage")));
    QVERIFY(m_ui->waitForStackIdle());
    const auto visit = m_controller->replica()->find("visit", m_nearVisitId.toStdString());
    QVERIFY(visit && crm::is_timestamp(visit->value("check_out_at", "")));
    QVERIFY(visit->contains("check_out_latitude"));
    QCOMPARE(QString::fromStdString(visit->value("follow_up_date", "")), followUp);
    QQuickItem* row = nullptr;
    QTRY_VERIFY(row = rowWith(QStringLiteral("todayRow"), "rowTitle", kPlaced));
    QTRY_VERIFY(!inside(row, QStringLiteral("todayCheckInButton")));  // done now

    goToTab("tasksTab", "taskListPage");
    QQuickItem* task = nullptr;
    QTRY_VERIFY(task = rowWith(QStringLiteral("taskDelegate"), "taskTitle", QStringLiteral("Send the samples")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-05-follow-up-task.png"))));
}

void VisitFlowTest::planVisitAndCheckInFarIsOutsideRadius() {
    goToTab("todayTab", "todayPage");
    m_ui->click(m_ui->find(QStringLiteral("planVisitButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("planVisitPage")));
    QVERIFY(m_ui->waitForStackIdle());
    typeField("planCustomerSearch", QStringLiteral("Check-in Test"));
    QQuickItem* option = m_ui->waitFor(QStringLiteral("planCustomerOption"));
    QVERIFY(option);
    m_ui->click(option);
    QTRY_COMPARE(textOf(QStringLiteral("planCustomerName")), kPlaced);
    typeField("planTimeField", QStringLiteral("25:00"));
    m_ui->click(m_ui->find(QStringLiteral("savePlanButton")));
    QTRY_VERIFY(!textOf(QStringLiteral("planTimeError")).isEmpty());
    typeField("planTimeField", QStringLiteral("23:45"));
    typeField("planPurposeField", QStringLiteral("Second round"));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-06-plan-visit.png"))));
    m_ui->click(m_ui->find(QStringLiteral("savePlanButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("todayPage")));
    QVERIFY(m_ui->waitForStackIdle());

    QVERIFY(PositionProvider::setSourceSpec(nmea("far-from-customer.nmea")));
    QQuickItem* button = nullptr;
    QTRY_VERIFY([&] {
        for (QQuickItem* row : m_ui->findAll(QStringLiteral("todayRow")))
            if (row->property("rowTitle").toString() == kPlaced && (button = inside(row, QStringLiteral("todayCheckInButton"))))
                return true;
        return false;
    }());
    m_ui->click(button);
    QVERIFY(m_ui->waitFor(QStringLiteral("visitFormPage")));
    QCOMPARE(textOf(QStringLiteral("purposeField")), QStringLiteral("Second round"));
    QQuickItem* checkIn = m_ui->find(QStringLiteral("checkInButton"));
    QTRY_VERIFY_WITH_TIMEOUT(checkIn->isEnabled(), 10000);
    m_ui->click(checkIn);
    QQuickItem* chip = m_ui->waitFor(QStringLiteral("checkInStatusChip"));
    QVERIFY(chip);
    QCOMPARE(chip->property("status").toString(), QStringLiteral("outside_radius"));
    QVERIFY(chip->property("label").toString().contains(QStringLiteral("km")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-07-outside-radius.png"))));
    const auto visit = visitOf(kPlaced, "check_in_status", "outside_radius");
    QVERIFY(visit);
    QVERIFY(visit->value("check_in_distance_m", 0.0) > 2000);
    m_ui->click(m_ui->find(QStringLiteral("checkOutButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("todayPage")));
    QVERIFY(m_ui->waitForStackIdle());
}

void VisitFlowTest::manualCheckInWithoutFix() {
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    pushVisitForm(m_placedId, kPlaced);  // as the customer page's "Record visit" does
    QQuickItem* manual = m_ui->waitFor(QStringLiteral("manualCheckInButton"), 5000);
    QVERIFY(manual);
    QVERIFY(!m_ui->find(QStringLiteral("checkInButton"))->isEnabled());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-08-no-fix.png"))));
    typeField("purposeField", QStringLiteral("Drop-in"));
    m_ui->click(manual);
    QQuickItem* chip = m_ui->waitFor(QStringLiteral("checkInStatusChip"));
    QVERIFY(chip);
    QCOMPARE(chip->property("status").toString(), QStringLiteral("manual"));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-09-manual.png"))));
    const auto visit = visitOf(kPlaced, "check_in_status", "manual");
    QVERIFY(visit);
    QCOMPARE(QString::fromStdString(visit->value("check_in_source", "")), QStringLiteral("manual"));
    QCOMPARE(QString::fromStdString(visit->value("purpose", "")), QStringLiteral("Drop-in"));
    m_ui->click(m_ui->find(QStringLiteral("checkOutButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("todayPage")));
    QVERIFY(m_ui->waitForStackIdle());
}

void VisitFlowTest::firstVisitSetsCustomerPosition() {
    QVERIFY(PositionProvider::setSourceSpec(nmea("near-customer.nmea")));
    pushVisitForm(m_unplacedId, kUnplaced);
    QQuickItem* checkIn = m_ui->find(QStringLiteral("checkInButton"));
    QVERIFY(checkIn);
    QTRY_VERIFY_WITH_TIMEOUT(checkIn->isEnabled(), 10000);
    m_ui->click(checkIn);
    QQuickItem* chip = m_ui->waitFor(QStringLiteral("checkInStatusChip"));
    QVERIFY(chip);
    QCOMPARE(chip->property("status").toString(), QStringLiteral("no_reference"));
    QQuickItem* setHere = m_ui->waitFor(QStringLiteral("setCustomerPositionButton"));
    QVERIFY(setHere);
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-10-no-reference.png"))));
    m_ui->click(setHere);
    QTRY_VERIFY(!m_ui->find(QStringLiteral("setCustomerPositionButton")));
    const auto customer = m_controller->replica()->find("customer", m_unplacedId.toStdString());
    QVERIFY(customer && qAbs(customer->value("latitude", 0.0) - 31.2306) < 1e-6);
    m_ui->click(m_ui->find(QStringLiteral("saveVisitButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("todayPage")));
    QVERIFY(m_ui->waitForStackIdle());
}

void VisitFlowTest::tasksDoneAndSnoozed() {
    goToTab("tasksTab", "taskListPage");
    QQuickItem* overdue = nullptr;
    QTRY_VERIFY(overdue = rowWith(QStringLiteral("taskDelegate"), "taskTitle", QStringLiteral("Call the buyer back")));
    QVERIFY(inside(overdue, QStringLiteral("taskLateLabel")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-11-tasks.png"))));
    m_ui->click(inside(overdue, QStringLiteral("taskSnoozeButton")));
    QQuickItem* tomorrow = m_ui->waitFor(QStringLiteral("snoozeTomorrowItem"));
    QVERIFY(tomorrow);
    m_ui->click(tomorrow);
    QTRY_VERIFY([&] {
        QQuickItem* row = rowWith(QStringLiteral("taskDelegate"), "taskTitle", QStringLiteral("Call the buyer back"));
        return row && !inside(row, QStringLiteral("taskLateLabel"));
    }());
    QQuickItem* samples = rowWith(QStringLiteral("taskDelegate"), "taskTitle", QStringLiteral("Send the samples"));
    QVERIFY(samples);
    m_ui->click(inside(samples, QStringLiteral("taskDoneBox")));
    QTRY_VERIFY(!rowWith(QStringLiteral("taskDelegate"), "taskTitle", QStringLiteral("Send the samples")));
    QQuickItem* showDone = m_ui->waitFor(QStringLiteral("showDoneButton"));
    QVERIFY(showDone);
    m_ui->click(showDone);
    QTRY_VERIFY(rowWith(QStringLiteral("taskDelegate"), "taskTitle", QStringLiteral("Send the samples")));

    m_ui->click(m_ui->find(QStringLiteral("newTaskButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("taskFormPage")));
    QVERIFY(m_ui->waitForStackIdle());
    typeField("taskTitleField", QString());
    m_ui->click(m_ui->find(QStringLiteral("saveTaskButton")));
    QTRY_VERIFY(!textOf(QStringLiteral("taskTitleError")).isEmpty());
    typeField("taskTitleField", QStringLiteral("Prepare the price list"));
    // Leaving the form keeps what was typed as a draft.
    m_ui->click(m_ui->find(QStringLiteral("backButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("taskListPage")));
    QVERIFY(m_ui->waitForStackIdle());
    m_ui->click(m_ui->find(QStringLiteral("newTaskButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("taskFormPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QCOMPARE(textOf(QStringLiteral("taskTitleField")), QStringLiteral("Prepare the price list"));
    QVERIFY(textOf(QStringLiteral("taskTitleError")).isEmpty());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-12-task-form.png"))));
    m_ui->click(m_ui->find(QStringLiteral("saveTaskButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("taskListPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QTRY_VERIFY(rowWith(QStringLiteral("taskDelegate"), "taskTitle", QStringLiteral("Prepare the price list")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-13-tasks-after.png"))));
}

void VisitFlowTest::offlineCaptureSyncsToServer() {
    QVERIFY(m_controller->pendingCount() > 0);
    m_controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing() && m_controller->pendingCount() == 0, kNetworkTimeoutMs);
    QCOMPARE(m_controller->lastSyncResult(), QStringLiteral("ok"));
    QCOMPARE(m_controller->issueCount(), 0);  // the server took every visit, task and position
    QVERIFY(m_controller->replica()->find("visit", m_nearVisitId.toStdString()));
}

void VisitFlowTest::managerCommentShowsUnreadAndIsMarkedRead() {
    // The manager's tablet: a second replica, signed in as the demo manager.
    CommentInbox inbox;  // what the Today badge counts (the demo data may hold comments already)
    inbox.setController(m_controller.get());
    const int unreadBefore = inbox.unreadCount();
    const QString managerPath = m_tmp.filePath(QStringLiteral("manager.sqlite"));
    QVERIFY(SyncJobs::signIn(managerPath, m_serverUrl, QStringLiteral("manager"), m_password).ok);
    QVERIFY(SyncJobs::sync(managerPath).ok);
    std::string commentId;
    {
        auto manager = crm::sync::Replica::open(managerPath.toStdString());
        QVERIFY(manager);
        const auto seen = manager.value()->find("visit", m_nearVisitId.toStdString());
        QVERIFY2(seen, "the rep's visit did not reach the manager");
        QCOMPARE(QString::fromStdString(seen->value("check_in_status", "")), QStringLiteral("verified"));
        QCOMPARE(QString::fromStdString(seen->value("check_in_source", "")), QStringLiteral("nmea"));
        auto created = manager.value()->create("comment", {{"visit_id", m_nearVisitId.toStdString()},
                                                           {"body", "Good work — push for the bigger order. 加油"}});
        QVERIFY2(created, created ? "" : created.error().message.c_str());
        commentId = created.value();
    }
    QVERIFY(SyncJobs::sync(managerPath).ok);

    goToTab("todayTab", "todayPage");
    m_controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing() && m_controller->replica()->find("comment", commentId), kNetworkTimeoutMs);
    QQuickItem* badge = m_ui->waitFor(QStringLiteral("todayCommentsBadge"));
    QVERIFY(badge);
    QCOMPARE(badge->property("count").toInt(), unreadBefore + 1);
    QCOMPARE(inbox.unreadCount(), unreadBefore + 1);
    QQuickItem* comment = nullptr;  // newest first
    QTRY_VERIFY(comment = m_ui->find(QStringLiteral("todayComment")));
    QVERIFY(comment->property("commentBody").toString().startsWith(QStringLiteral("Good work")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-14-today-comment.png"))));

    m_ui->click(comment);
    QVERIFY(m_ui->waitFor(QStringLiteral("visitDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QVERIFY(m_ui->waitFor(QStringLiteral("visitComment")));
    QCOMPARE(m_ui->find(QStringLiteral("deviceVerdictChip"))->property("status").toString(), QStringLiteral("verified"));
    QVERIFY(m_ui->find(QStringLiteral("serverVerdictChip")) || m_ui->find(QStringLiteral("serverVerdictPending")));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->replica()->find("comment", commentId)->contains("read_at"), 5000);
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("visits-15-visit-detail.png"))));
    m_ui->click(m_ui->find(QStringLiteral("backButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("todayPage")));
    QTRY_COMPARE(inbox.unreadCount(), unreadBefore);

    // The read time goes back to the manager.
    m_controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing() && m_controller->pendingCount() == 0, kNetworkTimeoutMs);
    QCOMPARE(m_controller->issueCount(), 0);
    QVERIFY(SyncJobs::sync(managerPath).ok);
    auto manager = crm::sync::Replica::open(managerPath.toStdString());
    QVERIFY(manager);
    const auto read = manager.value()->find("comment", commentId);
    QVERIFY(read && crm::is_timestamp(read->value("read_at", "")));
}

void VisitFlowTest::cleanupTestCase() {
    m_ui.reset();
    m_engine.reset();
    m_controller.reset();
}

QString VisitFlowTest::textOf(const QString& objectName) const {
    QQuickItem* item = m_ui->find(objectName);
    return item ? item->property("text").toString() : QString();
}

QQuickItem* VisitFlowTest::rowWith(const QString& objectName, const char* property, const QString& value) const {
    for (QQuickItem* item : m_ui->findAll(objectName))
        if (item->property(property).toString() == value) return item;
    return nullptr;
}

QQuickItem* VisitFlowTest::inside(QQuickItem* row, const QString& objectName) const {
    if (!row) return nullptr;
    for (QQuickItem* item : row->findChildren<QQuickItem*>(objectName))
        if (item->isVisible()) return item;
    return nullptr;
}

void VisitFlowTest::goToTab(const char* tab, const char* page) {
    m_ui->click(m_ui->find(QString::fromLatin1(tab)));
    QVERIFY(m_ui->waitFor(QString::fromLatin1(page)));
}

void VisitFlowTest::pushVisitForm(const QString& customerId, const QString& customerName) {
    // StackView.push() is a JavaScript function: call it the way a page does, from QML.
    QQuickItem* stack = m_ui->find(QStringLiteral("stack"));
    QVERIFY(stack);
    QQmlContext context(qmlContext(stack));
    context.setContextProperty(QStringLiteral("pushed"),
                               QVariantMap{{QStringLiteral("controller"), QVariant::fromValue(m_controller.get())},
                                           {QStringLiteral("stack"), QVariant::fromValue(stack)},
                                           {QStringLiteral("customerId"), customerId},
                                           {QStringLiteral("customerName"), customerName}});
    QQmlExpression push(&context, stack, QStringLiteral("push(\"qrc:/CrmMobile/VisitFormPage.qml\", pushed)"));
    push.evaluate();
    QVERIFY2(!push.hasError(), qPrintable(push.error().toString()));
    QVERIFY(m_ui->waitFor(QStringLiteral("visitFormPage")));
    QVERIFY(m_ui->waitForStackIdle());
}

void VisitFlowTest::typeField(const char* objectName, const QString& text) {
    QQuickItem* field = m_ui->find(QString::fromLatin1(objectName));
    QVERIFY2(field, objectName);
    m_ui->typeInto(field, text);
    QTRY_COMPARE(field->property("text").toString(), text);
}

std::optional<json> VisitFlowTest::visitOf(const QString& customerName, const char* field, const std::string& value) {
    auto& replica = *m_controller->replica();
    for (const auto& customer : replica.list("customer")) {
        if (QString::fromStdString(customer.value("name", "")) != customerName) continue;
        for (const auto& visit : replica.list_where("visit", "customer_id", customer.value("id", "")))
            if (visit.value(field, "") == value) return visit;
    }
    return std::nullopt;
}

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Qt Positioning hides plugins marked "Testable": false (the nmea one among them) once QTest
    // runs; list them before, so the tests replay NMEA logs through the real plugin.
    QGeoPositionInfoSource::availableSources();
    QQuickStyle::setStyle(QStringLiteral("Material"));
    VisitFlowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "visit_flow_test.moc"
