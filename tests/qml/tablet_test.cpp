// The manager's tablet against a real crm-server with the demo day (run_app_test.sh), at
// 1280x800: the wide layout with the side navigation, the team review (rep days, visits, flags),
// a comment written on a rep's visit, read on the rep's device (a second replica synced as rep1)
// and the read time back on the tablet after the next sync; then a screenshot tour of the team
// review, the comment flow, the revisions page and a customer's key-field history in English
// and Chinese. Fails on any QML warning. Screenshots: $CRM_TEST_ARTIFACTS/tablet-<lang>-NN-<name>.png.
//
// Revisions: until the server side (helper `rev`) is on main, the server makes none, so the tour
// puts a few revision records into the tablet's replica as a pulled page to show the pages filled.

#include "appharness.h"
#include "quickdriver.h"
#include "session/appcontroller.h"
#include "session/language.h"
#include "session/managementclient.h"
#include "session/syncjobs.h"
#include "visits/commentinbox.h"
#include "visits/positionprovider.h"

#include "crm/sync/replica.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kNetworkTimeoutMs = 60000;

}  // namespace

class TabletTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void managerCommentsAndSeesTheReadTime();
    void tourInEnglish() { tour(QStringLiteral("en")); }
    void tourInChinese() { tour(QStringLiteral("zh_CN")); }
    void hqOnTheDesktop();
    void cleanupTestCase() { QmlWarnings::uninstall(); }

private:
    /// Starts the app at 1280x800 in `language` and signs in as the demo manager.
    void startAsManager(AppHarness& app, QTemporaryDir& dir, const QString& language,
                        const QString& login = QStringLiteral("manager"), QSize size = {1280, 800});
    void tour(const QString& language);
    void shoot(const QString& name);
    void selectNav(const char* key, const char* pageName);

    QString m_serverUrl, m_password, m_artifacts;
    QString m_language = QStringLiteral("en");
    int m_shot = 0;
    QuickDriver* m_ui = nullptr;
};

void TabletTest::initTestCase() {
    const QString missing = AppHarness::readEnvironment({{"CRM_TEST_SERVER_URL", &m_serverUrl},
                                                             {"CRM_TEST_PASSWORD", &m_password},
                                                             {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    QmlWarnings::install();
}

void TabletTest::startAsManager(AppHarness& app, QTemporaryDir& dir, const QString& language, const QString& login,
                                QSize size) {
    QVERIFY(dir.isValid());
    {
        Language choice(dir.filePath(QStringLiteral("replica.sqlite.settings.ini")));
        choice.setChoice(language);
    }
    const QString error = app.start(dir.filePath(QStringLiteral("replica.sqlite")), m_serverUrl);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_ui = app.ui();
    app.window()->resize(size);
    QTRY_COMPARE(app.window()->size(), size);
    QVERIFY(m_ui->waitFor(QStringLiteral("signInPage")));
    m_ui->typeInto(m_ui->find(QStringLiteral("serverField")), m_serverUrl);
    m_ui->typeInto(m_ui->find(QStringLiteral("loginField")), login);
    m_ui->typeInto(m_ui->find(QStringLiteral("passwordField")), m_password);
    m_ui->click(m_ui->find(QStringLiteral("signInButton")));
    AppController* controller = app.controller();
    QTRY_VERIFY_WITH_TIMEOUT(controller->signedIn() && !controller->syncing() && !controller->lastSyncAt().isEmpty(),
                             kNetworkTimeoutMs);
    QCOMPARE(controller->lastSyncResult(), QStringLiteral("ok"));
    QCOMPARE(controller->role(), login == QLatin1String("hq") ? QStringLiteral("hq") : QStringLiteral("manager"));
    QVERIFY(m_ui->waitFor(QStringLiteral("wideHomePage")));
    QVERIFY2(!m_ui->find(QStringLiteral("homeTabs")), "the tablet shows the phone's tabs");
    QVERIFY(m_ui->waitFor(QStringLiteral("navigationRail")));
    QVERIFY(m_ui->waitFor(QStringLiteral("teamReviewPage")));
}

void TabletTest::shoot(const QString& name) {
    QVERIFY(m_ui->waitForStackIdle());
    QTest::qWait(250);
    const QString file = QStringLiteral("%1/tablet-%2-%3-%4.png")
                             .arg(m_artifacts, m_language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh"))
                             .arg(++m_shot, 2, 10, QLatin1Char('0'))
                             .arg(name);
    QVERIFY2(m_ui->screenshot(file), qPrintable(file));
}

void TabletTest::selectNav(const char* key, const char* pageName) {
    QQuickItem* entry = m_ui->waitFor(QStringLiteral("nav_") + QString::fromLatin1(key));
    QVERIFY2(entry, key);
    m_ui->click(entry);
    QVERIFY2(m_ui->waitFor(QString::fromLatin1(pageName)), pageName);
}

void TabletTest::managerCommentsAndSeesTheReadTime() {
    m_language = QStringLiteral("en");
    QmlWarnings::clear();
    QTemporaryDir dir;
    AppHarness app;
    startAsManager(app, dir, QStringLiteral("en"));
    if (QTest::currentTestFailed()) return;
    AppController* controller = app.controller();

    // The reps' visits of today are there, with each rep's day on top.
    QTRY_VERIFY(m_ui->find(QStringLiteral("repDayCard")));
    QQuickItem* row = nullptr;
    QTRY_VERIFY(row = m_ui->find(QStringLiteral("teamVisitDelegate")));
    for (QQuickItem* r : m_ui->findAll(QStringLiteral("teamVisitDelegate")))
        if (!r->property("planned").toBool() && r->y() < 300) row = r;  // checked in, in view
    const QString repName = row->property("repName").toString();
    const QString visitId = row->property("visitId").toString();
    QVERIFY(!visitId.isEmpty());
    const int commentsBefore = row->property("commentCount").toInt();
    shoot(QStringLiteral("team-review-today"));
    m_ui->click(row);
    QVERIFY(m_ui->waitFor(QStringLiteral("teamVisitRep")));
    QTRY_VERIFY(m_ui->find(QStringLiteral("teamVisitRep"))->property("text").toString().contains(repName));

    // Write a comment: it shows at once as not yet synced.
    const QString body = QStringLiteral("Tablet review: please send the quote today");
    auto writtenComment = [&]() -> QQuickItem* {
        for (QQuickItem* c : m_ui->findAll(QStringLiteral("teamComment")))
            if (c->property("commentBody").toString() == body) return c;
        return nullptr;
    };
    m_ui->typeInto(m_ui->find(QStringLiteral("commentField")), body);
    m_ui->click(m_ui->find(QStringLiteral("sendCommentButton")));
    QTRY_VERIFY(writtenComment());
    QVERIFY(m_ui->find(QStringLiteral("commentField"))->property("text").toString().isEmpty());
    std::string commentId;
    for (const auto& c : controller->replica()->list_where("comment", "visit_id", visitId.toStdString()))
        if (c.value("body", "") == body.toStdString()) commentId = c.value("id", "");
    QVERIFY(!commentId.empty());
    QVERIFY(controller->replica()->is_pending("comment", commentId));
    shoot(QStringLiteral("comment-pending"));

    // Pushed by the next sync.
    controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing() && controller->pendingCount() == 0, kNetworkTimeoutMs);
    QCOMPARE(controller->issueCount(), 0);

    // The rep's device (the rep's own app controller) receives it and reads it.
    const std::string visitRep = controller->replica()->find("visit", visitId.toStdString())->value("rep_id", "");
    QString repLogin;
    const auto directory = controller->replica()->document("directory");
    QVERIFY(directory);
    for (const auto& user : directory->value("users", nlohmann::json::array()))
        if (user.value("id", "") == visitRep) repLogin = QString::fromStdString(user.value("login", ""));
    QVERIFY2(!repLogin.isEmpty(), "the reviewed visit's rep is not in the directory");
    const QString repPath = dir.filePath(QStringLiteral("rep.sqlite"));
    QVERIFY(SyncJobs::signIn(repPath, m_serverUrl, repLogin, m_password).ok);
    QVERIFY(SyncJobs::sync(repPath).ok);
    {
        AppController repApp(repPath, m_serverUrl);
        QVERIFY(repApp.signedIn());
        const auto received = repApp.replica()->find("comment", commentId);
        QVERIFY2(received, "the comment did not reach the rep's device");
        QVERIFY(!received->contains("read_at"));
        CommentInbox inbox;
        inbox.setController(&repApp);
        QVERIFY(inbox.markVisitRead(visitId) >= 1);
        repApp.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!repApp.syncing() && repApp.pendingCount() == 0, kNetworkTimeoutMs);
        QCOMPARE(repApp.issueCount(), 0);
    }

    // The tablet's next sync brings the read time next to the comment.
    controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing(), kNetworkTimeoutMs);
    QCOMPARE(controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(controller->replica()->find("comment", commentId)->contains("read_at"));
    auto readTimeShown = [&] {
        QQuickItem* c = writtenComment();
        return c && !c->property("readAt").toString().isEmpty();
    };
    QTRY_VERIFY(readTimeShown());
    for (QQuickItem* r : m_ui->findAll(QStringLiteral("teamVisitDelegate")))
        if (r->property("visitId").toString() == visitId) QCOMPARE(r->property("commentCount").toInt(), commentsBefore + 1);
    shoot(QStringLiteral("comment-read"));
    app.stop();

    // The rep's phone keeps the bottom tabs; the menu opens the rep's own key-field changes.
    AppHarness phone;
    QVERIFY2(phone.start(repPath, m_serverUrl).isEmpty(), "the rep's app did not start");
    m_ui = phone.ui();
    QVERIFY(m_ui->waitFor(QStringLiteral("homePage")));
    QVERIFY(!m_ui->find(QStringLiteral("wideHomePage")));
    m_ui->click(m_ui->find(QStringLiteral("menuButton")));
    m_ui->click(m_ui->waitFor(QStringLiteral("revisionsItem")));
    QVERIFY(m_ui->waitFor(QStringLiteral("revisionsPage")));
    QVERIFY(m_ui->waitFor(QStringLiteral("noPendingRevisions")));
    QVERIFY(!m_ui->find(QStringLiteral("approveButton")) || !m_ui->find(QStringLiteral("approveButton"))->isVisible());
    shoot(QStringLiteral("rep-phone-revisions"));
    QTRY_VERIFY_WITH_TIMEOUT(!phone.controller()->syncing(), kNetworkTimeoutMs);
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
    phone.stop();
}

void TabletTest::tour(const QString& language) {
    m_language = language;
    m_shot = 0;
    QmlWarnings::clear();
    QTemporaryDir dir;
    AppHarness app;
    startAsManager(app, dir, language);
    if (QTest::currentTestFailed()) return;
    AppController* controller = app.controller();
    const QString title = m_ui->find(QStringLiteral("nav_teamReview"))->property("text").toString();
    if (language == QLatin1String("en")) QCOMPARE(title, QStringLiteral("Team review"));
    else QVERIFY2(title != QLatin1String("Team review"), "the Chinese tour shows English navigation");

    QTRY_VERIFY(m_ui->find(QStringLiteral("teamVisitDelegate")));
    shoot(QStringLiteral("team-review"));
    m_ui->click(m_ui->find(QStringLiteral("range_week")));
    QTRY_VERIFY(m_ui->find(QStringLiteral("teamVisitDelegate")));
    // A row on screen (the list also builds delegates below the window), one with comments if any.
    const auto onScreen = [&](QQuickItem* r) {
        const QPointF top = r->mapToScene(QPointF(0, 0)), bottom = r->mapToScene(QPointF(0, r->height()));
        return r->isVisible() && top.y() >= 0 && bottom.y() <= app.window()->height();
    };
    QQuickItem* row = nullptr;
    for (QQuickItem* r : m_ui->findAll(QStringLiteral("teamVisitDelegate"))) {
        if (!onScreen(r)) continue;
        if (!row || r->property("commentCount").toInt() > 0) row = r;
    }
    QVERIFY(row);
    m_ui->click(row);
    QVERIFY(m_ui->waitFor(QStringLiteral("teamVisitRep")));
    m_ui->typeInto(m_ui->find(QStringLiteral("commentField")), language == QLatin1String("en")
                                                                   ? QStringLiteral("Good progress, follow up on Friday")
                                                                   : QStringLiteral("进展不错，周五跟进"));
    m_ui->click(m_ui->find(QStringLiteral("sendCommentButton")));
    QTRY_VERIFY(m_ui->find(QStringLiteral("commentField"))->property("text").toString().isEmpty());
    shoot(QStringLiteral("visit-comment"));

    // Revisions (see the note at the top): a pending name change, an approved credit level and a
    // rejected tax id on one customer of the manager's team.
    crm::sync::Replica* replica = controller->replica();
    const auto customers = replica->list("customer");
    QVERIFY(!customers.empty());
    const auto& customer = customers.front();
    const std::string customerId = customer.value("id", "");
    const std::string owner = customer.value("owner_id", "");
    const std::string name = customer.value("name", "");
    const std::string device = "5f0c2a9e-7d1b-4c55-9a61-2f1e8c3b7d40";
    auto revision = [&](const char* id, const char* field, const std::string& from, const std::string& to, const char* status,
                        const char* at, const char* decidedAt) {
        nlohmann::json r = {{"id", id}, {"customer_id", customerId}, {"field", field}, {"old_value", from}, {"new_value", to},
                            {"status", status}, {"requested_by", owner}, {"requested_at", at}, {"requested_device", device}};
        if (decidedAt) r.update({{"decided_by", controller->userId().toStdString()}, {"decided_at", decidedAt},
                                 {"decision_note", language == QLatin1String("en") ? "Checked against the licence" : "已核对营业执照"}});
        return crm::sync::Change{"revision", id, 1, false, r, {}};
    };
    crm::sync::PullResponse page;
    page.cursor = replica->cursor();
    page.changes = {revision("7e000000-0000-4000-8000-000000000001", "credit_level", "", "B", "approved",
                             "2026-11-02T02:00:00.000Z", "2026-11-02T06:00:00.000Z"),
                    revision("7e000000-0000-4000-8000-000000000002", "tax_id", "", "91110105MA01ABCD2X", "rejected",
                             "2026-11-10T02:00:00.000Z", "2026-11-11T01:00:00.000Z"),
                    revision("7e000000-0000-4000-8000-000000000003", "name", name, name + " (Holding)", "pending",
                             "2026-11-30T03:00:00.000Z", nullptr)};
    replica->apply_pull(page);
    controller->notifyLocalEdit();

    selectNav("revisions", "revisionsPage");
    QTRY_VERIFY(m_ui->find(QStringLiteral("revisionDelegate")));
    m_ui->click(m_ui->find(QStringLiteral("revisionDelegate")));
    QTRY_VERIFY(m_ui->find(QStringLiteral("approveButton"))->isVisible());
    shoot(QStringLiteral("revisions"));

    selectNav("customers", "customerListPage");
    m_ui->typeInto(m_ui->find(QStringLiteral("searchField")), QString::fromStdString(name));
    QQuickItem* match = nullptr;
    QTRY_VERIFY(match = m_ui->find(QStringLiteral("customerDelegate")));
    m_ui->click(match);
    QVERIFY(m_ui->waitFor(QStringLiteral("customerDetailPage")));
    QTRY_VERIFY(m_ui->find(QStringLiteral("pendingRevisionBanner"))->isVisible());
    QQuickItem* history = nullptr;
    QTRY_VERIFY(history = m_ui->find(QStringLiteral("keyFieldHistoryDelegate")));
    QTRY_VERIFY(history->height() > 0);
    for (QQuickItem* up = history->parentItem(); up; up = up->parentItem())
        if (up->property("contentHeight").isValid() && up->property("contentY").isValid()) {  // the page's Flickable
            const qreal y = history->mapToItem(up->property("contentItem").value<QQuickItem*>(), QPointF(0, 0)).y();
            up->setProperty("contentY", std::max<qreal>(0, std::min<qreal>(y - 140, up->property("contentHeight").toReal() - up->height())));
            break;
        }
    shoot(QStringLiteral("customer-key-field-history"));
    m_ui->click(m_ui->find(QStringLiteral("reassignButton")));
    QTRY_VERIFY(m_ui->find(QStringLiteral("reassignCandidate")));
    shoot(QStringLiteral("customer-reassign"));
    m_ui->click(m_ui->find(QStringLiteral("nav_reports")));  // a press outside the modal dialog closes it
    QTRY_VERIFY(!m_ui->find(QStringLiteral("reassignCandidate")));

    // The other leaders' areas of the navigation, each shown once its server answers came in.
    for (const auto& [key, pageName] : {std::pair{"reports", "reportsPage"}, std::pair{"conflicts", "conflictsPage"}}) {
        selectNav(key, pageName);
        QTRY_VERIFY_WITH_TIMEOUT(controller->management()->busyCount() == 0, kNetworkTimeoutMs);
        shoot(QString::fromLatin1(key));
    }

    QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing(), kNetworkTimeoutMs);
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
    app.stop();
}

// hq at 1920x1080: the same wide layout over the whole company (every unit in the filter).
void TabletTest::hqOnTheDesktop() {
    m_language = QStringLiteral("en");
    m_shot = 10;
    QmlWarnings::clear();
    QTemporaryDir dir;
    AppHarness app;
    startAsManager(app, dir, QStringLiteral("en"), QStringLiteral("hq"), QSize(1920, 1080));
    if (QTest::currentTestFailed()) return;
    QTRY_VERIFY(m_ui->find(QStringLiteral("teamVisitDelegate")));
    QStringList reps;
    for (QQuickItem* card : m_ui->findAll(QStringLiteral("repDayCard"))) reps << card->property("repName").toString();
    QVERIFY2(reps.size() >= 3, qPrintable(reps.join(QLatin1String(", "))));  // North's and South's reps
    shoot(QStringLiteral("hq-desktop-team-review"));
    // Headquarters' own areas: every entry of the navigation opens its page without a warning.
    for (const auto& [key, pageName] :
         {std::pair{"reports", "reportsPage"}, std::pair{"conflicts", "conflictsPage"},
          std::pair{"duplicates", "duplicatesPage"}, std::pair{"leadPools", "leadPoolPage"}, std::pair{"org", "orgPage"}}) {
        selectNav(key, pageName);
        QTRY_VERIFY_WITH_TIMEOUT(app.controller()->management()->busyCount() == 0, kNetworkTimeoutMs);
        QVERIFY2(!m_ui->find(QStringLiteral("backButton")) || !m_ui->find(QStringLiteral("backButton"))->isVisible(),
                 "an area of the wide layout shows a back arrow");
        shoot(QStringLiteral("hq-desktop-") + QString::fromLatin1(key));
    }
    QTRY_VERIFY_WITH_TIMEOUT(!app.controller()->syncing(), kNetworkTimeoutMs);
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
    app.stop();
}

CRM_APP_TEST_MAIN(TabletTest)

#include "tablet_test.moc"
