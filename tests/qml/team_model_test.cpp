// The leaders' models and actions over a real replica file (no server): the team review's visit
// list (date range, unit, person, the check-in flag), each rep's day, the revision lists and the
// key-field history order, approving / rejecting, the leader's comment and reassignment.
// Records arrive as a pulled page and the directory as the sync stores it.
#include "records/editsupport.h"
#include "session/appcontroller.h"
#include "team/reassignment.h"
#include "team/repdaymodel.h"
#include "team/revisiondecision.h"
#include "team/revisionlistmodel.h"
#include "team/teamvisitmodel.h"
#include "visits/commentinbox.h"
#include "visits/commentlistmodel.h"
#include "visits/leadercomment.h"

#include "crm/sync/replica.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using nlohmann::json;

namespace {

const std::string kHq = "00000000-0000-4000-8000-0000000000a0";
const std::string kManager = "00000000-0000-4000-8000-0000000000a1";
const std::string kRep1 = "00000000-0000-4000-8000-0000000000b1";
const std::string kRep2 = "00000000-0000-4000-8000-0000000000b2";  // South: another branch
const std::string kRep3 = "00000000-0000-4000-8000-0000000000b3";
const std::string kHqUnit = "0000000a-0000-4000-8000-000000000001";
const std::string kNorth = "0000000a-0000-4000-8000-000000000002";
const std::string kSouth = "0000000a-0000-4000-8000-000000000003";
const std::string kAcme = "10000000-0000-4000-8000-000000000001";
const std::string kZeta = "10000000-0000-4000-8000-000000000002";
const std::string kVisitMorning = "30000000-0000-4000-8000-000000000001";
const std::string kVisitDiffers = "30000000-0000-4000-8000-000000000002";
const std::string kVisitSouth = "30000000-0000-4000-8000-000000000003";
const std::string kVisitPlanned = "30000000-0000-4000-8000-000000000004";
const std::string kVisitEarlier = "30000000-0000-4000-8000-000000000005";
const std::string kPendingName = "70000000-0000-4000-8000-000000000001";
const std::string kApproved = "70000000-0000-4000-8000-000000000002";
const std::string kRejected = "70000000-0000-4000-8000-000000000003";
const std::string kDirect = "70000000-0000-4000-8000-000000000004";
const std::string kPendingZeta = "70000000-0000-4000-8000-000000000005";

/// A local time `daysAgo` days before today as a stored UTC timestamp.
std::string localAt(int daysAgo, const char* time) {
    return EditSupport::localToUtc(QDate::currentDate().addDays(-daysAgo).toString(Qt::ISODate), QString::fromLatin1(time));
}

crm::sync::Change change(const char* entity, const std::string& id, json record) {
    record["id"] = id;
    return crm::sync::Change{entity, id, 1, false, record, {}};
}

json revision(const std::string& customer, const char* field, const char* from, const char* to, const char* status,
              const std::string& by, const std::string& at, const std::string& decidedAt = {}) {
    json r = {{"customer_id", customer}, {"field", field}, {"old_value", from}, {"new_value", to}, {"status", status},
              {"requested_by", by}, {"requested_at", at}, {"requested_device", "d0d0d0d0-device"}};
    if (!decidedAt.empty()) r.update({{"decided_by", kManager}, {"decided_at", decidedAt}});
    return r;
}

void seedTeam(crm::sync::Replica& replica) {
    replica.set_document(
        "directory",
        {{"units", {{{"id", kHqUnit}, {"name", "Headquarters"}, {"parent_id", nullptr}},
                    {{"id", kNorth}, {"name", "North Team"}, {"parent_id", kHqUnit}},
                    {{"id", kSouth}, {"name", "South Team"}, {"parent_id", kHqUnit}}}},
         {"users", {{{"id", kHq}, {"login", "hq"}, {"display_name", "Head Office"}, {"role", "hq"}, {"unit_id", kHqUnit}, {"active", true}},
                    {{"id", kManager}, {"login", "manager"}, {"display_name", "Mia Manager"}, {"role", "manager"}, {"unit_id", kNorth}, {"active", true}},
                    {{"id", kRep1}, {"login", "rep1"}, {"display_name", "Anna Rep"}, {"role", "rep"}, {"unit_id", kNorth}, {"active", true}},
                    {{"id", kRep2}, {"login", "rep2"}, {"display_name", "Bo Rep"}, {"role", "rep"}, {"unit_id", kSouth}, {"active", true}},
                    {{"id", kRep3}, {"login", "rep3"}, {"display_name", "Cai Rep"}, {"role", "rep"}, {"unit_id", kNorth}, {"active", true}}}}});
    crm::sync::PullResponse page;
    page.cursor = 1;
    page.changes = {
        change("customer", kAcme, {{"name", "Acme GmbH"}, {"kind", "company"}, {"credit_level", "B"}, {"owner_id", kRep1}}),
        change("customer", kZeta, {{"name", "Zeta Corp"}, {"kind", "company"}, {"owner_id", kRep2}}),
        change("visit", kVisitMorning, {{"customer_id", kAcme}, {"rep_id", kRep1}, {"purpose", "Demo"},
                                        {"planned_at", localAt(0, "08:30")}, {"check_in_at", localAt(0, "09:00")},
                                        {"check_out_at", localAt(0, "09:40")}, {"outcome", "Ordered samples"},
                                        {"check_in_status", "verified"}, {"server_check_in_status", "verified"}}),
        change("visit", kVisitDiffers, {{"customer_id", kAcme}, {"rep_id", kRep1}, {"purpose", "Price talk"},
                                        {"check_in_at", localAt(0, "11:00")}, {"check_in_status", "verified"},
                                        {"server_check_in_status", "outside_radius"}}),
        change("visit", kVisitSouth, {{"customer_id", kZeta}, {"rep_id", kRep2}, {"check_in_at", localAt(0, "10:00")},
                                      {"check_in_status", "manual"}}),
        change("visit", kVisitPlanned, {{"customer_id", kAcme}, {"rep_id", kRep1}, {"planned_at", localAt(0, "15:00")}}),
        change("visit", kVisitEarlier, {{"customer_id", kAcme}, {"rep_id", kRep1}, {"check_in_at", localAt(3, "10:00")},
                                        {"check_in_status", "verified"}}),
        change("comment", "50000000-0000-4000-8000-000000000001",
               {{"visit_id", kVisitMorning}, {"author_id", kManager}, {"body", "Push for the order"},
                {"created_at", localAt(0, "10:00")}}),
        change("comment", "50000000-0000-4000-8000-000000000002",
               {{"visit_id", kVisitMorning}, {"author_id", kManager}, {"body", "Well done"},
                {"created_at", localAt(0, "10:05")}, {"read_at", localAt(0, "10:30")}}),
        change("task", "60000000-0000-4000-8000-000000000001",
               {{"title", "Send offer"}, {"owner_id", kRep1}, {"done", true}, {"done_at", localAt(0, "12:00")},
                {"due_at", localAt(0, "17:00")}}),
        change("task", "60000000-0000-4000-8000-000000000002",
               {{"title", "Call back"}, {"owner_id", kRep1}, {"done", false}, {"due_at", localAt(1, "09:00")}}),
        change("revision", kDirect, revision(kAcme, "credit_level", "", "C", "direct", kManager, localAt(9, "09:00"), localAt(9, "09:00"))),
        change("revision", kApproved, revision(kAcme, "credit_level", "C", "B", "approved", kRep1, localAt(5, "09:00"), localAt(4, "09:00"))),
        change("revision", kRejected, revision(kAcme, "tax_id", "", "91110000X", "rejected", kRep1, localAt(3, "09:00"), localAt(2, "09:00"))),
        change("revision", kPendingName, revision(kAcme, "name", "Acme GmbH", "Acme Holding GmbH", "pending", kRep1, localAt(1, "09:00"))),
        change("revision", kPendingZeta, revision(kZeta, "name", "Zeta Corp", "Zeta AG", "pending", kRep2, localAt(2, "09:00"))),
    };
    replica.apply_pull(page);
}

QStringList column(const ReplicaListModel& model, const char* role) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) values << model.get(row).value(QString::fromLatin1(role)).toString();
    return values;
}

QVariantMap rowWith(const ReplicaListModel& model, const char* role, const std::string& value) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.get(row).value(QString::fromLatin1(role)).toString() == QString::fromStdString(value)) return model.get(row);
    return {};
}

}  // namespace

class TeamModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void flagPrefersTheServersVerdict();
    void visitsFilteredByDateUnitAndPerson();
    void visitRowsCarryFlagsAndComments();
    void repDayFigures();
    void revisionListsByMode();
    void keyFieldHistoryOldestFirst();
    void approveAndRejectValidated();
    void leaderCommentIsWrittenAndNotMarkedReadByTheLeader();
    void reassignWithinTheSubtreeOnly();

private:
    template <typename T>
    std::unique_ptr<T> make() {
        auto object = std::make_unique<T>();
        object->setController(m_controller.get());
        return object;
    }
    QString path() const { return m_dir->filePath(QStringLiteral("replica.sqlite")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppController> m_controller;
};

void TeamModelTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = crm::sync::Replica::open(path().toStdString());
    QVERIFY(opened.ok());
    opened.value()->set_session({"http://127.0.0.1:1", "token", {kManager, "manager", "manager", kNorth, "Mia Manager"}});
    seedTeam(*opened.value());
    opened.value().reset();
    m_controller = std::make_unique<AppController>(path(), QStringLiteral("http://127.0.0.1:1"));
    QVERIFY(m_controller->signedIn());
    QCOMPARE(m_controller->role(), QStringLiteral("manager"));
}

void TeamModelTest::cleanup() {
    m_controller.reset();
    m_dir.reset();
}

void TeamModelTest::flagPrefersTheServersVerdict() {
    auto flag = TeamVisitModel::flagOf(QStringLiteral("verified"), QStringLiteral("outside_radius"));
    QCOMPARE(flag.status, QStringLiteral("outside_radius"));
    QCOMPARE(flag.source, QStringLiteral("server"));
    QVERIFY(flag.differ);
    flag = TeamVisitModel::flagOf(QStringLiteral("manual"), QString());
    QCOMPARE(flag.status, QStringLiteral("manual"));
    QCOMPARE(flag.source, QStringLiteral("device"));
    QVERIFY(!flag.differ);
    flag = TeamVisitModel::flagOf(QStringLiteral("verified"), QStringLiteral("verified"));
    QVERIFY(!flag.differ);
    QCOMPARE(flag.source, QStringLiteral("server"));
    flag = TeamVisitModel::flagOf(QString(), QString());
    QVERIFY(flag.status.isEmpty() && flag.source.isEmpty());
}

void TeamModelTest::visitsFilteredByDateUnitAndPerson() {
    auto model = make<TeamVisitModel>();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Today (the default range), newest first: planned 15:00, 11:00, South 10:00, 09:00.
    QCOMPARE(column(*model, "id"), (QStringList{QString::fromStdString(kVisitPlanned), QString::fromStdString(kVisitDiffers),
                                                QString::fromStdString(kVisitSouth), QString::fromStdString(kVisitMorning)}));
    model->setUnitId(QString::fromStdString(kNorth));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(!column(*model, "repId").contains(QString::fromStdString(kRep2)));
    model->setUnitId(QString::fromStdString(kSouth));
    QCOMPARE(column(*model, "id"), QStringList{QString::fromStdString(kVisitSouth)});
    model->setUnitId(QString());
    model->setRepId(QString::fromStdString(kRep1));
    QCOMPARE(model->rowCount(), 3);
    // The last 7 days bring the visit of three days ago.
    model->setFromDate(QDate::currentDate().addDays(-6).toString(Qt::ISODate));
    model->setToDate(QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->get(3).value("id").toString(), QString::fromStdString(kVisitEarlier));
    // Only that day; and a day without visits.
    const QString threeDaysAgo = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
    model->setFromDate(threeDaysAgo);
    model->setToDate(threeDaysAgo);
    QCOMPARE(column(*model, "id"), QStringList{QString::fromStdString(kVisitEarlier)});
    model->setFromDate(QDate::currentDate().addDays(-2).toString(Qt::ISODate));
    model->setToDate(QDate::currentDate().addDays(-1).toString(Qt::ISODate));
    QCOMPARE(model->rowCount(), 0);
}

void TeamModelTest::visitRowsCarryFlagsAndComments() {
    auto model = make<TeamVisitModel>();
    const auto differs = rowWith(*model, "id", kVisitDiffers);
    QCOMPARE(differs.value("repName").toString(), QStringLiteral("Anna Rep"));
    QCOMPARE(differs.value("customerName").toString(), QStringLiteral("Acme GmbH"));
    QCOMPARE(differs.value("flag").toString(), QStringLiteral("outside_radius"));
    QCOMPARE(differs.value("flagSource").toString(), QStringLiteral("server"));
    QVERIFY(differs.value("flagsDiffer").toBool());
    const auto south = rowWith(*model, "id", kVisitSouth);
    QCOMPARE(south.value("flag").toString(), QStringLiteral("manual"));
    QCOMPARE(south.value("flagSource").toString(), QStringLiteral("device"));
    QVERIFY(!south.value("flagsDiffer").toBool());
    const auto planned = rowWith(*model, "id", kVisitPlanned);
    QVERIFY(planned.value("planned").toBool());
    QCOMPARE(planned.value("flag").toString(), QString());
    const auto morning = rowWith(*model, "id", kVisitMorning);
    QCOMPARE(morning.value("commentCount").toInt(), 2);
    QCOMPARE(morning.value("unreadByRep").toInt(), 1);
    QCOMPARE(morning.value("summary").toString(), QStringLiteral("Ordered samples"));
    QVERIFY(morning.value("checkedOut").toBool());
}

void TeamModelTest::repDayFigures() {
    auto model = make<RepDayModel>();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Every active rep of the directory, by name, with or without visits.
    QCOMPARE(column(*model, "repName"), (QStringList{"Anna Rep", "Bo Rep", "Cai Rep"}));
    const auto anna = rowWith(*model, "repId", kRep1);
    QCOMPARE(anna.value("unitName").toString(), QStringLiteral("North Team"));
    QCOMPARE(anna.value("planned").toInt(), 2);  // 08:30 (done) and 15:00
    QCOMPARE(anna.value("done").toInt(), 2);
    QCOMPARE(anna.value("flagged").toInt(), 1);  // the server put 11:00 outside the radius
    QCOMPARE(anna.value("firstCheckIn").toString(), QString::fromStdString(localAt(0, "09:00")));
    QCOMPARE(anna.value("lastCheckOut").toString(), QString::fromStdString(localAt(0, "09:40")));
    QCOMPARE(anna.value("tasksDone").toInt(), 1);
    QCOMPARE(anna.value("tasksOverdue").toInt(), 1);
    const auto bo = rowWith(*model, "repId", kRep2);
    QCOMPARE(bo.value("done").toInt(), 1);
    QCOMPARE(bo.value("flagged").toInt(), 1);  // manual
    QCOMPARE(rowWith(*model, "repId", kRep3).value("done").toInt(), 0);
    model->setUnitId(QString::fromStdString(kSouth));
    QCOMPARE(column(*model, "repName"), QStringList{"Bo Rep"});
    model->setUnitId(QString());
    model->setRepId(QString::fromStdString(kRep3));
    QCOMPARE(column(*model, "repName"), QStringList{"Cai Rep"});
}

void TeamModelTest::revisionListsByMode() {
    auto model = make<RevisionListModel>();
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Pending, oldest request first.
    QCOMPARE(column(*model, "id"), (QStringList{QString::fromStdString(kPendingZeta), QString::fromStdString(kPendingName)}));
    const auto name = model->get(1);
    QCOMPARE(name.value("customerName").toString(), QStringLiteral("Acme GmbH"));
    QCOMPARE(name.value("field").toString(), QStringLiteral("name"));
    QCOMPARE(name.value("oldValue").toString(), QStringLiteral("Acme GmbH"));
    QCOMPARE(name.value("newValue").toString(), QStringLiteral("Acme Holding GmbH"));
    QCOMPARE(name.value("requestedByName").toString(), QStringLiteral("Anna Rep"));
    QCOMPARE(name.value("requestedDevice").toString(), QStringLiteral("d0d0d0d0-device"));
    model->setCustomerId(QString::fromStdString(kAcme));
    QCOMPARE(column(*model, "id"), QStringList{QString::fromStdString(kPendingName)});
    model->setCustomerId(QString());
    // Decided: newest decision first; the status filter.
    model->setMode(QStringLiteral("decided"));
    QCOMPARE(column(*model, "status"), (QStringList{"rejected", "approved", "direct"}));
    QCOMPARE(model->get(0).value("decidedByName").toString(), QStringLiteral("Mia Manager"));
    model->setStatusFilter(QStringLiteral("approved"));
    QCOMPARE(column(*model, "id"), QStringList{QString::fromStdString(kApproved)});
    // Mine: what the signed-in user asked for (the manager's own change was direct).
    model->setStatusFilter(QString());
    model->setMode(QStringLiteral("mine"));
    QCOMPARE(column(*model, "id"), QStringList{QString::fromStdString(kDirect)});
    model->setMode(QStringLiteral("nonsense"));
    QCOMPARE(model->rowCount(), 0);
}

void TeamModelTest::keyFieldHistoryOldestFirst() {
    auto model = make<KeyFieldHistoryModel>();
    model->setCustomerId(QString::fromStdString(kAcme));
    QAbstractItemModelTester tester(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(column(*model, "id"), (QStringList{QString::fromStdString(kDirect), QString::fromStdString(kApproved),
                                                QString::fromStdString(kRejected)}));
    QCOMPARE(column(*model, "newValue"), (QStringList{"C", "B", "91110000X"}));
    model->setCustomerId(QString::fromStdString(kZeta));
    QCOMPARE(model->rowCount(), 0);  // only a pending one
}

void TeamModelTest::approveAndRejectValidated() {
    auto decision = make<RevisionDecision>();
    auto pending = make<RevisionListModel>();
    QCOMPARE(pending->rowCount(), 2);
    // A note over 1000 characters: refused, nothing changes.
    QVERIFY(!decision->approve(QString::fromStdString(kPendingName), QString(1001, QLatin1Char('x'))));
    QVERIFY(decision->errors().contains(QStringLiteral("decision_note")));
    QCOMPARE(m_controller->pendingCount(), 0);
    QCOMPARE(pending->rowCount(), 2);
    // An unknown or already decided revision.
    QVERIFY(!decision->approve(QString::fromStdString(kApproved), QString()));
    QVERIFY(!decision->errorText().isEmpty());
    QVERIFY(!decision->reject(QStringLiteral("70000000-0000-4000-8000-0000000000ff"), QString()));
    // Approve with a note; reject without.
    QVERIFY2(decision->approve(QString::fromStdString(kPendingName), QStringLiteral("  Fine, matches the licence  ")),
             qPrintable(decision->errorText()));
    QVERIFY(decision->errorText().isEmpty());
    auto approved = m_controller->replica()->find("revision", kPendingName);
    QCOMPARE(QString::fromStdString(approved->value("status", "")), QStringLiteral("approved"));
    QCOMPARE(QString::fromStdString(approved->value("decision_note", "")), QStringLiteral("Fine, matches the licence"));
    QVERIFY(decision->reject(QString::fromStdString(kPendingZeta), QString()));
    QCOMPARE(QString::fromStdString(m_controller->replica()->find("revision", kPendingZeta)->value("status", "")),
             QStringLiteral("rejected"));
    QCOMPARE(pending->rowCount(), 0);
    QCOMPARE(m_controller->pendingCount(), 2);
    // The history shows the pending-to-sync decision already.
    auto history = make<KeyFieldHistoryModel>();
    history->setCustomerId(QString::fromStdString(kAcme));
    QCOMPARE(history->rowCount(), 4);
}

void TeamModelTest::leaderCommentIsWrittenAndNotMarkedReadByTheLeader() {
    auto writer = make<LeaderComment>();
    auto comments = make<CommentListModel>();
    comments->setVisitId(QString::fromStdString(kVisitDiffers));
    QCOMPARE(comments->rowCount(), 0);
    QVERIFY(!writer->post(QString::fromStdString(kVisitDiffers), QStringLiteral("   ")));
    QVERIFY(writer->errors().contains(QStringLiteral("body")));
    QVERIFY(!writer->post(QString::fromStdString(kVisitDiffers), QString(5001, QLatin1Char('x'))));
    QVERIFY(!writer->post(QStringLiteral("30000000-0000-4000-8000-0000000000ff"), QStringLiteral("Hello")));
    QCOMPARE(m_controller->pendingCount(), 0);
    QVERIFY2(writer->post(QString::fromStdString(kVisitDiffers), QStringLiteral("Why outside the radius? 请说明")),
             qPrintable(writer->errorText()));
    QCOMPARE(comments->rowCount(), 1);
    QVERIFY(comments->get(0).value("pending").toBool());
    const auto id = comments->get(0).value("id").toString().toStdString();
    QCOMPARE(QString::fromStdString(m_controller->replica()->find("comment", id)->value("author_id", "")),
             QString::fromStdString(kManager));
    auto visits = make<TeamVisitModel>();
    QCOMPARE(rowWith(*visits, "id", kVisitDiffers).value("unreadByRep").toInt(), 1);
    // Opening the rep's visit on the leader's device marks nothing read: only the rep does.
    CommentInbox inbox;
    inbox.setController(m_controller.get());
    QCOMPARE(inbox.markVisitRead(QString::fromStdString(kVisitDiffers)), 0);
    QCOMPARE(inbox.markVisitRead(QString::fromStdString(kVisitMorning)), 0);
    QVERIFY(!m_controller->replica()->find("comment", id)->contains("read_at"));
}

void TeamModelTest::reassignWithinTheSubtreeOnly() {
    auto reassign = make<Reassignment>();
    QVERIFY(reassign->allowed());
    QStringList names;
    for (const auto& c : reassign->candidates(QString::fromStdString(kRep1))) names << c.toMap().value("name").toString();
    QCOMPARE(names, (QStringList{"Cai Rep", "Mia Manager"}));  // North only, without the owner
    QVERIFY(!reassign->reassign(QStringLiteral("customer"), QString::fromStdString(kAcme), QString::fromStdString(kRep2)));
    QVERIFY(!reassign->errorText().isEmpty());
    QVERIFY(!reassign->reassign(QStringLiteral("visit"), QString::fromStdString(kVisitMorning), QString::fromStdString(kRep3)));
    QCOMPARE(m_controller->pendingCount(), 0);
    QVERIFY2(reassign->reassign(QStringLiteral("customer"), QString::fromStdString(kAcme), QString::fromStdString(kRep3)),
             qPrintable(reassign->errorText()));
    QCOMPARE(QString::fromStdString(m_controller->replica()->find("customer", kAcme)->value("owner_id", "")),
             QString::fromStdString(kRep3));
    QCOMPARE(m_controller->pendingCount(), 1);
}

int main(int argc, char* argv[]) {
    QGuiApplication app(argc, argv);
    TeamModelTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "team_model_test.moc"
