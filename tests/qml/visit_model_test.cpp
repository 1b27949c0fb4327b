// The Today, task, comment and visit models and the visit / task / comment writers over a real
// SQLite replica file (no server). Comments arrive as pulled server records (apply_pull), the
// way a manager's comment reaches the phone. Positions come from an NMEA log through Qt's nmea
// plugin, or are fed to PositionProvider::receive().

#include "session/appcontroller.h"
#include "tasks/taskeditor.h"
#include "tasks/tasklistmodel.h"
#include "today/todaymodel.h"
#include "visits/commentinbox.h"
#include "visits/commentlistmodel.h"
#include "visits/positionprovider.h"
#include "visits/visitdetail.h"
#include "visits/visiteditor.h"
#include "visits/visitlistmodel.h"

#include "crm/shared/formats.h"
#include "crm/sync/replica.h"

#include <QAbstractItemModelTester>
#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using nlohmann::json;

namespace {

const std::string kRepId = "00000000-0000-4000-8000-000000000001";
const std::string kOtherRep = "00000000-0000-4000-8000-000000000002";
const std::string kManagerId = "00000000-0000-4000-8000-000000000009";
// The customer's stored position in these tests (People's Square, Shanghai); the NMEA logs in
// tests/qml/data are recorded ~36 m and ~2.7 km from it.
constexpr double kLat = 31.2304, kLon = 121.4737;

std::string localAt(int dayOffset, int hour, int minute = 0) {
    const QDateTime t(QDate::currentDate().addDays(dayOffset), QTime(hour, minute));
    return crm::format_timestamp_ms(t.toMSecsSinceEpoch());
}

QGeoPositionInfo fixAt(double lat, double lon, double accuracy) {
    QGeoPositionInfo info(QGeoCoordinate(lat, lon), QDateTime::currentDateTimeUtc());
    info.setAttribute(QGeoPositionInfo::HorizontalAccuracy, accuracy);
    return info;
}

QStringList column(const ReplicaListModel& model, const char* role) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) values << model.get(row).value(QLatin1String(role)).toString();
    return values;
}

}  // namespace

class VisitModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void todayListsPlannedOverdueAndDueWork();
    void todayFollowsCheckIn();
    void tasksBySectionDoneCollapsed();
    void taskEditorValidatesAndSnoozes();
    void commentsOfAVisitAndInbox();
    void visitsOfACustomerWithUnreadComments();
    void checkInVerifiedOutsideAndManual();
    void plannedVisitCheckInSaveFollowUpCheckOut();
    void customerPositionSetFromFix();
    void positionFromNmeaLog();
    void positionTimesOutWithoutSource();

private:
    QString visit(const json& fields);
    QString task(const json& fields);
    void pullComments(const std::vector<json>& comments);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<crm::sync::Replica> m_seed;  // a second Replica on the same file, as a sync job would have
    std::unique_ptr<AppController> m_controller;
    QString m_placed, m_unplaced;
    std::int64_t m_version = 0;
};

QString VisitModelTest::visit(const json& fields) {
    auto id = m_seed->create("visit", fields);
    if (!id) qFatal("create visit: %s", id.error().message.c_str());
    return QString::fromStdString(id.value());
}

QString VisitModelTest::task(const json& fields) {
    auto id = m_seed->create("task", fields);
    if (!id) qFatal("create task: %s", id.error().message.c_str());
    return QString::fromStdString(id.value());
}

void VisitModelTest::pullComments(const std::vector<json>& comments) {
    crm::sync::PullResponse page;
    for (const auto& comment : comments)
        page.changes.push_back({"comment", comment["id"], ++m_version, false, comment, {}});
    page.cursor = m_version;
    m_seed->apply_pull(page);
    m_controller->notifyLocalEdit();
}

void VisitModelTest::init() {
    PositionProvider::setSourceSpec(QStringLiteral("none"));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const std::string path = m_dir->filePath(QStringLiteral("replica.sqlite")).toStdString();
    auto opened = crm::sync::Replica::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
    m_seed = std::move(opened.value());
    m_seed->set_session({"http://127.0.0.1:1", "token", {kRepId, "rep1", "rep", "", "Rep One"}});
    auto placed = m_seed->create("customer", {{"name", "Placed Ltd"}, {"kind", "company"}, {"lifecycle", "active"},
                                              {"latitude", kLat}, {"longitude", kLon}});
    auto unplaced = m_seed->create("customer", {{"name", "Nowhere GmbH"}, {"kind", "company"}, {"lifecycle", "potential"}});
    QVERIFY(placed && unplaced);
    m_placed = QString::fromStdString(placed.value());
    m_unplaced = QString::fromStdString(unplaced.value());
    m_controller = std::make_unique<AppController>(QString::fromStdString(path), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY2(m_controller->errorString().isEmpty(), qPrintable(m_controller->errorString()));
    QVERIFY(m_controller->signedIn());
}

void VisitModelTest::cleanup() {
    m_controller.reset();
    m_seed.reset();
    m_dir.reset();
}

void VisitModelTest::todayListsPlannedOverdueAndDueWork() {
    const std::string placed = m_placed.toStdString(), unplaced = m_unplaced.toStdString();
    const QString late = visit({{"customer_id", placed}, {"planned_at", localAt(0, 10)}, {"purpose", "ten"}});
    const QString early = visit({{"customer_id", unplaced}, {"planned_at", localAt(0, 8)}, {"purpose", "eight"}});
    const QString done = visit({{"customer_id", placed}, {"planned_at", localAt(0, 9)}, {"check_in_at", localAt(0, 9, 5)},
                                {"check_in_status", "verified"}});
    const QString overdue = visit({{"customer_id", unplaced}, {"planned_at", localAt(-3, 11)}, {"purpose", "missed"}});
    visit({{"customer_id", placed}, {"planned_at", localAt(-5, 11)}, {"check_in_at", localAt(-5, 11)}});  // done long ago
    visit({{"customer_id", placed}, {"planned_at", localAt(1, 9)}});                                       // tomorrow
    visit({{"customer_id", placed}, {"planned_at", localAt(0, 11)}, {"rep_id", kOtherRep}});              // not mine
    visit({{"customer_id", placed}, {"check_in_at", localAt(0, 7)}});                                      // unplanned
    const QString lateTask = task({{"title", "Send the quote"}, {"due_at", localAt(-1, 9)}, {"done", false},
                                   {"related_entity", "customer"}, {"related_id", placed}});
    const QString dueTask = task({{"title", "Call back"}, {"due_at", localAt(0, 15)}});
    task({{"title", "Already done"}, {"due_at", localAt(0, 9)}, {"done", true}, {"done_at", localAt(0, 9)}});
    task({{"title", "Next week"}, {"due_at", localAt(7, 9)}});
    task({{"title", "Someone else's"}, {"due_at", localAt(0, 9)}, {"owner_id", kOtherRep}});

    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    QCOMPARE(column(model, "id"), (QStringList{overdue, lateTask, early, late, done, dueTask}));
    QCOMPARE(column(model, "section"),
             (QStringList{"overdue", "overdue", "visits", "visits", "visits", "tasks"}));
    QCOMPARE(column(model, "kind"), (QStringList{"visit", "task", "visit", "visit", "visit", "task"}));
    QCOMPARE(model.overdueCount(), 2);
    const QVariantMap missed = model.get(0);
    QVERIFY(missed.value("overdue").toBool());
    QVERIFY2(missed.value("lateText").toString().contains(QLatin1Char('3')), qPrintable(missed.value("lateText").toString()));
    QCOMPARE(missed.value("title").toString(), QStringLiteral("Nowhere GmbH"));
    QCOMPARE(missed.value("subtitle").toString(), QStringLiteral("missed"));
    QCOMPARE(model.get(1).value("subtitle").toString(), QStringLiteral("Placed Ltd"));  // the task's customer
    QVERIFY(model.get(1).value("lateText").toString().contains(QLatin1Char('1')));
    QVERIFY(model.get(4).value("done").toBool());
    QCOMPARE(model.get(4).value("checkInStatus").toString(), QStringLiteral("verified"));
    QVERIFY(!model.get(2).value("overdue").toBool());
    QCOMPARE(model.get(2).value("customerId").toString(), m_unplaced);
}

void VisitModelTest::todayFollowsCheckIn() {
    const QString planned = visit({{"customer_id", m_placed.toStdString()}, {"planned_at", localAt(0, 23, 59)}});
    TodayModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.get(0).value("done").toBool());

    VisitEditor editor;
    editor.setController(m_controller.get());
    editor.setVisitId(planned);
    QVERIFY2(editor.checkIn(nullptr, true, {}), qPrintable(editor.errorString()));
    QCOMPARE(model.rowCount(), 1);  // reloaded through the controller
    QVERIFY(model.get(0).value("done").toBool());
    QCOMPARE(model.get(0).value("checkInStatus").toString(), QStringLiteral("manual"));
}

void VisitModelTest::tasksBySectionDoneCollapsed() {
    const QString overdue = task({{"title", "Overdue"}, {"due_at", localAt(-2, 9)}});
    const QString today = task({{"title", "Today"}, {"due_at", localAt(0, 18)}});
    const QString later = task({{"title", "Later"}, {"due_at", localAt(3, 9)}});
    const QString undated = task({{"title", "Whenever"}});
    const QString done = task({{"title", "Done"}, {"due_at", localAt(-1, 9)}, {"done", true}, {"done_at", localAt(-1, 10)}});
    task({{"title", "Not mine"}, {"due_at", localAt(0, 9)}, {"owner_id", kOtherRep}});

    TaskListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    QCOMPARE(column(model, "id"), (QStringList{overdue, today, later, undated}));
    QCOMPARE(column(model, "section"), (QStringList{"overdue", "today", "later", "none"}));
    QCOMPARE(model.doneCount(), 1);
    QVERIFY(model.get(0).value("overdue").toBool());
    QVERIFY(model.get(0).value("lateText").toString().contains(QLatin1Char('2')));
    QVERIFY(model.get(0).value("pending").toBool());

    model.setShowDone(true);
    QCOMPARE(column(model, "id"), (QStringList{overdue, today, later, undated, done}));
    QCOMPARE(model.get(4).value("section").toString(), QStringLiteral("done"));

    TaskEditor editor;
    editor.setController(m_controller.get());
    QSignalSpy counts(&model, &ReplicaListModel::countChanged);
    QVERIFY(editor.setDone(today, true));
    QCOMPARE(model.doneCount(), 2);
    QCOMPARE(column(model, "id"), (QStringList{overdue, later, undated, today, done}));  // most recently done first
    const auto stored = m_seed->find("task", today.toStdString());
    QVERIFY(stored && stored->value("done", false));
    QVERIFY(crm::is_timestamp(stored->value("done_at", "")));
    model.setShowDone(false);
    QCOMPARE(column(model, "id"), (QStringList{overdue, later, undated}));
    QVERIFY(editor.setDone(today, false));
    QCOMPARE(column(model, "id"), (QStringList{overdue, today, later, undated}));
    QVERIFY(!m_seed->find("task", today.toStdString())->contains("done_at"));
}

void VisitModelTest::taskEditorValidatesAndSnoozes() {
    TaskEditor editor;
    editor.setController(m_controller.get());
    const int before = m_controller->pendingCount();
    QVERIFY(editor.create({{"title", "  "}, {"due_date", "2026-02-30"}}).isEmpty());
    QVERIFY(editor.errors().contains("title"));
    QVERIFY(editor.errors().contains("due_date"));
    QVERIFY(editor.create({{"title", QString(201, QLatin1Char('x'))}}).isEmpty());
    QVERIFY(editor.errors().contains("title"));
    QVERIFY(editor.create({{"title", "ok"}, {"due_date", "2026-03-01"}, {"due_time", "25:00"}}).isEmpty());
    QVERIFY(editor.errors().contains("due_time"));
    QCOMPARE(m_controller->pendingCount(), before);

    const QString id = editor.create({{"title", "Bring samples"}, {"due_date", QDate::currentDate().addDays(-4).toString(Qt::ISODate)},
                                      {"due_time", "14:30"}, {"related_entity", "customer"}, {"related_id", m_placed}});
    QVERIFY2(!id.isEmpty(), qPrintable(editor.errorString()));
    QVERIFY(editor.errors().isEmpty());
    auto stored = m_seed->find("task", id.toStdString());
    QVERIFY(stored);
    QCOMPARE(QString::fromStdString(stored->value("due_at", "")), QString::fromStdString(localAt(-4, 14, 30)));
    QCOMPARE(QString::fromStdString(stored->value("owner_id", "")), QString::fromStdString(kRepId));

    // Snoozing an overdue task counts from now: tomorrow, not four days ago plus one.
    QVERIFY(editor.snooze(id, 1));
    stored = m_seed->find("task", id.toStdString());
    const QDateTime due = QDateTime::fromString(QString::fromStdString(stored->value("due_at", "")), Qt::ISODateWithMs);
    QCOMPARE(due.toLocalTime().date(), QDate::currentDate().addDays(1));
    QCOMPARE(due.toLocalTime().time(), QTime(14, 30));  // the time of day stays
    QVERIFY(editor.snooze(id, 7));
    const QDateTime moved = QDateTime::fromString(QString::fromStdString(m_seed->find("task", id.toStdString())->value("due_at", "")),
                                                  Qt::ISODateWithMs);
    QCOMPARE(due.daysTo(moved), 7);
    QVERIFY(!editor.snooze(QStringLiteral("00000000-0000-4000-8000-00000000ffff"), 1));
    QVERIFY(!editor.errorString().isEmpty());
}

void VisitModelTest::commentsOfAVisitAndInbox() {
    const QString mine = visit({{"customer_id", m_placed.toStdString()}, {"check_in_at", localAt(-1, 9)}});
    const QString other = visit({{"customer_id", m_unplaced.toStdString()}, {"check_in_at", localAt(-2, 9)}});
    const QString foreign = visit({{"customer_id", m_placed.toStdString()}, {"check_in_at", localAt(-2, 9)}, {"rep_id", kOtherRep}});
    const std::string c1 = "00000000-0000-4000-8000-0000000000c1", c2 = "00000000-0000-4000-8000-0000000000c2",
                      c3 = "00000000-0000-4000-8000-0000000000c3", c4 = "00000000-0000-4000-8000-0000000000c4";
    auto comment = [&](const std::string& id, const QString& visitId, const char* body, const std::string& at) {
        return json{{"id", id}, {"visit_id", visitId.toStdString()}, {"author_id", kManagerId}, {"body", body},
                    {"created_at", at}, {"updated_at", at}};
    };
    json read = comment(c2, mine, "Seen already", localAt(-1, 12));
    read["read_at"] = localAt(-1, 13);
    pullComments({comment(c1, mine, "Push for the bigger order", localAt(-1, 11)), read,
                  comment(c3, other, "Why no photo?", localAt(-1, 14)), comment(c4, foreign, "Not for rep1", localAt(-1, 15))});

    CommentInbox inbox;
    QSignalSpy unread(&inbox, &CommentInbox::unreadCountChanged);
    inbox.setController(m_controller.get());
    QCOMPARE(inbox.unreadCount(), 2);

    CommentListModel onVisit;
    QAbstractItemModelTester tester(&onVisit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    onVisit.setController(m_controller.get());
    QCOMPARE(onVisit.rowCount(), 0);  // no visit chosen
    onVisit.setVisitId(mine);
    QCOMPARE(column(onVisit, "body"), (QStringList{"Push for the bigger order", "Seen already"}));  // oldest first
    QCOMPARE(column(onVisit, "unread"), (QStringList{"true", "false"}));
    QCOMPARE(onVisit.get(0).value("customerName").toString(), QStringLiteral("Placed Ltd"));

    CommentListModel inboxList;
    QAbstractItemModelTester inboxTester(&inboxList, QAbstractItemModelTester::FailureReportingMode::QtTest);
    inboxList.setController(m_controller.get());
    inboxList.setUnreadOnly(true);
    QCOMPARE(column(inboxList, "body"), (QStringList{"Why no photo?", "Push for the bigger order"}));  // newest first

    const int before = m_controller->pendingCount();
    QCOMPARE(inbox.markVisitRead(mine), 1);
    QCOMPARE(inbox.unreadCount(), 1);
    QCOMPARE(m_controller->pendingCount(), before + 1);  // read_at goes back to the server
    const auto stored = m_seed->find("comment", c1);
    QVERIFY(stored && crm::is_timestamp(stored->value("read_at", "")));
    QCOMPARE(QString::fromStdString(stored->value("body", "")), QStringLiteral("Push for the bigger order"));
    const auto mutations = m_seed->pending_mutations(100);
    QCOMPARE(QString::fromStdString(mutations.back().fields.dump()).contains("read_at"), true);
    QCOMPARE(mutations.back().fields.size(), std::size_t(1));  // only read_at: all a rep may change
    QCOMPARE(column(onVisit, "unread"), (QStringList{"false", "false"}));
    QCOMPARE(inboxList.rowCount(), 1);
    QCOMPARE(inbox.markVisitRead(mine), 0);
    QVERIFY(inbox.markRead(QString::fromStdString(c3)));
    QVERIFY(!inbox.markRead(QString::fromStdString(c3)));
    QCOMPARE(inbox.unreadCount(), 0);
    QCOMPARE(unread.count(), 3);  // 0 -> 2 -> 1 -> 0
}

void VisitModelTest::visitsOfACustomerWithUnreadComments() {
    const QString older = visit({{"customer_id", m_placed.toStdString()}, {"purpose", "older"}, {"check_in_at", localAt(-9, 9)}});
    const QString planned = visit({{"customer_id", m_placed.toStdString()}, {"purpose", "planned"}, {"planned_at", localAt(2, 9)}});
    visit({{"customer_id", m_unplaced.toStdString()}, {"purpose", "elsewhere"}, {"check_in_at", localAt(-1, 9)}});
    pullComments({{{"id", "00000000-0000-4000-8000-0000000000c1"}, {"visit_id", older.toStdString()},
                   {"author_id", kManagerId}, {"body", "?"}, {"created_at", localAt(-1, 1)}}});
    VisitListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setController(m_controller.get());
    model.setCustomerId(m_placed);
    QCOMPARE(column(model, "id"), (QStringList{planned, older}));
    QCOMPARE(model.get(1).value("unreadComments").toInt(), 1);
    QCOMPARE(model.get(0).value("unreadComments").toInt(), 0);
    QCOMPARE(model.get(0).value("plannedAtUtc").toString(), QString::fromStdString(localAt(2, 9)));
    QVERIFY(!model.get(1).value("checkInAt").toString().isEmpty());
}

void VisitModelTest::checkInVerifiedOutsideAndManual() {
    PositionProvider position;
    VisitEditor editor;
    editor.setController(m_controller.get());
    editor.setCustomerId(m_placed);
    QVERIFY(!editor.checkIn(&position, false, {}));  // no fix yet, and not by hand
    QVERIFY(!editor.errorString().isEmpty());
    QVERIFY(editor.visitId().isEmpty());

    position.receive(fixAt(31.2306, 121.4740, 8));  // ~36 m from the customer
    QVERIFY2(editor.checkIn(&position, false, QStringLiteral("Demo")), qPrintable(editor.errorString()));
    auto near = m_seed->find("visit", editor.visitId().toStdString());
    QVERIFY(near);
    QCOMPARE(QString::fromStdString(near->value("check_in_status", "")), QStringLiteral("verified"));
    QCOMPARE(QString::fromStdString(near->value("check_in_source", "")), QStringLiteral("simulated"));
    QVERIFY(qAbs(near->value("check_in_distance_m", -1.0) - 36.2) < 1.0);
    QCOMPARE(near->value("check_in_accuracy", 0.0), 8.0);
    QVERIFY(near->value("check_in_fix_age_s", -1.0) >= 0 && near->value("check_in_fix_age_s", -1.0) < 5);
    QCOMPARE(near->value("check_in_latitude", 0.0), 31.2306);
    QCOMPARE(QString::fromStdString(near->value("purpose", "")), QStringLiteral("Demo"));
    QCOMPARE(QString::fromStdString(near->value("rep_id", "")), QString::fromStdString(kRepId));
    QVERIFY(!editor.checkIn(&position, false, {}));  // once only

    VisitEditor far;
    far.setController(m_controller.get());
    far.setCustomerId(m_placed);
    position.receive(fixAt(31.25, 121.49, 20));
    QVERIFY(far.checkIn(&position, false, {}));
    QVERIFY(far.visitId() != editor.visitId());
    auto outside = m_seed->find("visit", far.visitId().toStdString());
    QCOMPARE(QString::fromStdString(outside->value("check_in_status", "")), QStringLiteral("outside_radius"));
    QVERIFY(qAbs(outside->value("check_in_distance_m", -1.0) - 2674.2) < 2.0);

    VisitEditor manual;
    manual.setController(m_controller.get());
    manual.setCustomerId(m_placed);
    QVERIFY(manual.checkIn(&position, true, {}));  // by hand even with a fix: the rep said so
    auto byHand = m_seed->find("visit", manual.visitId().toStdString());
    QCOMPARE(QString::fromStdString(byHand->value("check_in_status", "")), QStringLiteral("manual"));
    QCOMPARE(QString::fromStdString(byHand->value("check_in_source", "")), QStringLiteral("manual"));
    QVERIFY(!byHand->contains("check_in_latitude"));

    VisitEditor unplaced;
    unplaced.setController(m_controller.get());
    unplaced.setCustomerId(m_unplaced);
    QVERIFY(unplaced.checkIn(&position, false, {}));
    auto noReference = m_seed->find("visit", unplaced.visitId().toStdString());
    QCOMPARE(QString::fromStdString(noReference->value("check_in_status", "")), QStringLiteral("no_reference"));
    QVERIFY(!noReference->contains("check_in_distance_m"));
}

void VisitModelTest::plannedVisitCheckInSaveFollowUpCheckOut() {
    VisitEditor planner;
    planner.setController(m_controller.get());
    planner.setCustomerId(m_placed);
    QVERIFY(!planner.plan(QStringLiteral("2026-02-30"), QStringLiteral("9:60"), {}));
    QVERIFY(planner.errors().contains("date"));
    QVERIFY(planner.errors().contains("time"));
    planner.clearError(QStringLiteral("date"));  // the rep edits the date field
    QVERIFY(!planner.errors().contains("date"));
    QVERIFY(planner.errors().contains("time"));
    QVERIFY(!planner.errorString().isEmpty());
    QVERIFY(!planner.plan(QDate::currentDate().toString(Qt::ISODate), QStringLiteral("16:00"), QString(501, QLatin1Char('p'))));
    QVERIFY(planner.errors().contains("purpose"));
    QVERIFY2(planner.plan(QDate::currentDate().toString(Qt::ISODate), QStringLiteral("16:00"), QStringLiteral("Contract")),
             qPrintable(planner.errorString()));
    const QString id = planner.visitId();
    QCOMPARE(QString::fromStdString(m_seed->find("visit", id.toStdString())->value("planned_at", "")),
             QString::fromStdString(localAt(0, 16)));

    PositionProvider position;
    position.receive(fixAt(kLat, kLon, 5));
    VisitEditor editor;
    editor.setController(m_controller.get());
    editor.setVisitId(id);
    QVERIFY(editor.checkIn(&position, false, {}));
    QCOMPARE(editor.visitId(), id);  // the planned visit itself is checked in
    VisitDetail detail;
    detail.setController(m_controller.get());
    detail.setVisitId(id);
    QVERIFY(detail.checkedIn());
    QVERIFY(!detail.checkedOut());
    QCOMPARE(detail.visit().value("purpose").toString(), QStringLiteral("Contract"));
    QCOMPARE(detail.visit().value("checkInStatus").toString(), QStringLiteral("verified"));
    QCOMPARE(detail.visit().value("customerName").toString(), QStringLiteral("Placed Ltd"));
    QVERIFY(detail.visit().value("customerHasPosition").toBool());
    QVERIFY(detail.visit().value("serverCheckInStatus").toString().isEmpty());

    const int pendingBefore = m_controller->pendingCount();
    QVERIFY(!editor.save({{"purpose", "Contract"}, {"follow_up_date", "2026-02-30"}, {"notes", "n"}}));
    QVERIFY(editor.errors().contains("follow_up_date"));
    QVERIFY(!editor.errors().contains("notes"));
    QCOMPARE(m_controller->pendingCount(), pendingBefore);
    QVERIFY(!editor.save({{"outcome", QString(2001, QLatin1Char('x'))}}));
    QVERIFY(editor.errors().contains("outcome"));

    const QString followUp = QDate::currentDate().addDays(3).toString(Qt::ISODate);
    QVERIFY2(editor.save({{"purpose", "Contract"}, {"notes", "Signed the frame contract"}, {"outcome", "won"},
                          {"next_step", "Send the delivery plan 发货计划"}, {"follow_up_date", followUp}}),
             qPrintable(editor.errorString()));
    QVERIFY(editor.errors().isEmpty());
    QCOMPARE(detail.visit().value("followUpTaskTitle").toString(), QStringLiteral("Send the delivery plan 发货计划"));
    const QString taskId = detail.visit().value("followUpTaskId").toString();
    auto followTask = m_seed->find("task", taskId.toStdString());
    QVERIFY(followTask);
    QCOMPARE(QString::fromStdString(followTask->value("related_entity", "")), QStringLiteral("visit"));
    QCOMPARE(QString::fromStdString(followTask->value("related_id", "")), id);
    QCOMPARE(QString::fromStdString(followTask->value("due_at", "")), QString::fromStdString(localAt(3, 9)));

    // Saving again with another date moves the same task instead of making a second one.
    QVERIFY(editor.save({{"next_step", ""}, {"follow_up_date", QDate::currentDate().addDays(5).toString(Qt::ISODate)}}));
    TaskListModel tasks;
    tasks.setController(m_controller.get());
    QCOMPARE(tasks.rowCount(), 1);
    QCOMPARE(tasks.get(0).value("id").toString(), taskId);
    QCOMPARE(tasks.get(0).value("title").toString(), QStringLiteral("Follow up: Placed Ltd"));
    QCOMPARE(tasks.get(0).value("relatedName").toString(), QStringLiteral("Placed Ltd"));
    QCOMPARE(tasks.get(0).value("dueAt").toString(), QString::fromStdString(localAt(5, 9)));

    VisitEditor resumed;  // the form reopened from the customer continues the open visit
    resumed.setController(m_controller.get());
    resumed.setCustomerId(m_placed);
    QVERIFY(resumed.resumeOpenVisit());
    QCOMPARE(resumed.visitId(), id);

    position.receive(fixAt(kLat + 0.001, kLon, 12));
    QVERIFY(editor.checkOut({{"purpose", "Contract"}, {"outcome", "won, delivery in May"}}, &position));
    QVERIFY(detail.checkedOut());
    const auto stored = m_seed->find("visit", id.toStdString());
    QVERIFY(crm::is_timestamp(stored->value("check_out_at", "")));
    QCOMPARE(stored->value("check_out_latitude", 0.0), kLat + 0.001);
    QCOMPARE(stored->value("check_out_accuracy", 0.0), 12.0);
    QCOMPARE(QString::fromStdString(stored->value("outcome", "")), QStringLiteral("won, delivery in May"));
    QVERIFY(!stored->contains("notes"));  // cleared: the form sent it empty

    VisitEditor afterwards;
    afterwards.setController(m_controller.get());
    afterwards.setCustomerId(m_placed);
    QVERIFY(!afterwards.resumeOpenVisit());  // checked out: a new visit starts
}

void VisitModelTest::customerPositionSetFromFix() {
    PositionProvider position;
    VisitEditor editor;
    editor.setController(m_controller.get());
    editor.setCustomerId(m_unplaced);
    QVERIFY(!editor.setCustomerPosition(&position));  // no fix
    position.receive(fixAt(39.9087, 116.3975, 10));
    QVERIFY(editor.checkIn(&position, false, {}));
    VisitDetail detail;
    detail.setController(m_controller.get());
    detail.setVisitId(editor.visitId());
    QCOMPARE(detail.visit().value("customerHasPosition").toBool(), false);
    QVERIFY(editor.setCustomerPosition(&position));
    const auto customer = m_seed->find("customer", m_unplaced.toStdString());
    QCOMPARE(customer->value("latitude", 0.0), 39.9087);
    QCOMPARE(customer->value("longitude", 0.0), 116.3975);
    QCOMPARE(detail.visit().value("customerHasPosition").toBool(), true);
}

void VisitModelTest::positionFromNmeaLog() {
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("nmea:" CRM_TEST_DATA_DIR "/near-customer.nmea")));
    PositionProvider position;
    QSignalSpy fixes(&position, &PositionProvider::fixChanged);
    position.setActive(true);
    QTRY_VERIFY_WITH_TIMEOUT(position.hasFix(), 10000);
    QCOMPARE(position.sourceName(), QStringLiteral("nmea"));
    QVERIFY(qAbs(position.latitude() - 31.2306) < 1e-6);
    QVERIFY(qAbs(position.longitude() - 121.474) < 1e-6);
    QCOMPARE(position.accuracy(), 9.0);  // Qt: 2 x HDOP 0.9 x range error 5 m
    const auto fix = position.currentFix();
    QVERIFY(fix && fix->age_s < 5);  // a replayed log counts from the replay, not from 2026-03-23
    QVERIFY(!position.timedOut());

    VisitEditor editor;
    editor.setController(m_controller.get());
    editor.setCustomerId(m_placed);
    QVERIFY(editor.checkIn(&position, false, {}));
    const auto stored = m_seed->find("visit", editor.visitId().toStdString());
    QCOMPARE(QString::fromStdString(stored->value("check_in_source", "")), QStringLiteral("nmea"));
    QCOMPARE(QString::fromStdString(stored->value("check_in_status", "")), QStringLiteral("verified"));
    position.setActive(false);

    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("nmea:/no/such/file.nmea")));
    PositionProvider missing;
    missing.setActive(true);
    QVERIFY(missing.timedOut());  // nothing to wait for
    QVERIFY(!PositionProvider::setSourceSpec(QStringLiteral("gps please")));
    QVERIFY(!PositionProvider::setSourceSpec(QStringLiteral("nmea:")));
}

void VisitModelTest::positionTimesOutWithoutSource() {
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    PositionProvider position;
    position.setTimeoutMs(100);
    position.setActive(true);
    QVERIFY(position.timedOut());  // no source at all: manual check-in at once
    position.receive(fixAt(kLat, kLon, 3));
    QVERIFY(!position.timedOut());
    QVERIFY(position.hasFix());
}

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Qt Positioning hides plugins marked "Testable": false (the nmea one among them) once QTest
    // runs; list them before, so the tests replay NMEA logs through the real plugin.
    QGeoPositionInfoSource::availableSources();
    VisitModelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "visit_model_test.moc"
