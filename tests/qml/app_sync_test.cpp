// Sync made visible, end to end: the real QML (offscreen) against a real crm-server, driven
// like a user. Initial sync progress, background sync after an edit, a live poke from another
// device, a rejected edit on the sync issues page (dismissed), the sign-out safety catch, and the
// switch to Simplified Chinese; screenshots of the sync pages in English and Chinese.
// Needs CRM_TEST_SERVER_URL, CRM_TEST_LOGIN, CRM_TEST_PASSWORD and CRM_TEST_ARTIFACTS
// (run_app_test.sh sets them; the demo company's "manager" leads the test login's team).

#include "appharness.h"
#include "quickdriver.h"
#include "session/appcontroller.h"
#include "session/backgroundsync.h"
#include "session/draftstore.h"
#include "session/language.h"
#include "session/syncprogressstate.h"

#include "crm/sync/http_transport.h"
#include "crm/sync/replica.h"
#include "crm/sync/sync_client.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

namespace {
constexpr int kNetworkTimeoutMs = 60000;
const QString kManagerLogin = QStringLiteral("manager");
}  // namespace

class AppSyncTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void initialSyncShowsProgress();
    void backgroundSyncAfterLocalEdit();
    void livePokeFromAnotherDeviceSyncs();
    void rejectedEditShowsOnIssuesPage();
    void signOutWarnsWhileIssuesRemain();
    void switchToChinese();
    void dismissRemovesIssue();
    void signOutRefusesUntilConfirmed();
    void initialSyncInChinese();
    void cleanupTestCase();

private:
    QString artifact(const QString& name) const { return m_artifacts + QLatin1Char('/') + name; }
    QString textOf(const QString& objectName) const;
    void signInThroughUi(const QString& shotName);
    void openFromMenu(const QString& itemName, const QString& pageName);
    void goHome();
    QString firstCustomerId() const;
    QQuickItem* issueDelegate(const QString& code) const;

    QString m_serverUrl, m_login, m_password, m_artifacts;
    QTemporaryDir m_tmp;
    AppHarness m_app;
    AppController* m_controller = nullptr;
    QuickDriver* m_ui = nullptr;
    QString m_rejectedCustomerId;
};

void AppSyncTest::initTestCase() {
    const QString missing = AppHarness::readEnvironment({{"CRM_TEST_SERVER_URL", &m_serverUrl},
                                                             {"CRM_TEST_LOGIN", &m_login},
                                                             {"CRM_TEST_PASSWORD", &m_password},
                                                             {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(m_tmp.isValid());
    // Start in English whatever the machine's locale; the settings file is the replica's.
    {
        Language language(m_tmp.filePath(QStringLiteral("replica.sqlite.settings.ini")));
        language.setChoice(QStringLiteral("en"));
    }
    const QString error = m_app.start(m_tmp.filePath(QStringLiteral("replica.sqlite")), m_serverUrl);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_controller = m_app.controller();
    m_ui = m_app.ui();
    // Only edits and pokes may start syncs here: the periodic timer would hide what started one.
    m_controller->backgroundSync()->setPeriodMs(30 * 60 * 1000);
}

void AppSyncTest::signInThroughUi(const QString& shotName) {
    QVERIFY(m_ui->waitFor(QStringLiteral("signInPage")));
    QVERIFY(m_ui->waitForStackIdle());
    m_ui->typeInto(m_ui->find(QStringLiteral("serverField")), m_serverUrl);
    m_ui->typeInto(m_ui->find(QStringLiteral("loginField")), m_login);
    m_ui->typeInto(m_ui->find(QStringLiteral("passwordField")), m_password);
    QVERIFY(m_ui->screenshot(artifact(shotName)));

    // Watch the first sync's progress as it is reported to QML (and grab the panel once).
    SyncProgressState* progress = m_controller->progress();
    int maxReceived = 0, maxPages = 0;
    bool sawInitial = false, panelShown = false, shot = false;
    const QString panelShot = QString(shotName).replace(QStringLiteral("sign-in"), QStringLiteral("initial-sync"));
    auto connection = connect(progress, &SyncProgressState::changed, this, [&] {
        if (!progress->active() || !progress->initial()) return;
        sawInitial = true;
        maxReceived = std::max(maxReceived, progress->received());
        maxPages = std::max(maxPages, progress->pages());
        QQuickItem* panel = m_ui->find(QStringLiteral("initialSyncPanel"));
        if (!panel || progress->received() == 0) return;
        panelShown = true;
        QVERIFY(textOf(QStringLiteral("initialSyncLabel")).contains(QLocale().toString(progress->received())));
        QVERIFY(m_ui->find(QStringLiteral("initialSyncBar"))->property("indeterminate").toBool());
        // Grabbed at once: the sync goes on meanwhile and may be over within a screenshot's settle time.
        if (!shot) shot = m_app.window()->grabWindow().save(artifact(panelShot));
    });

    m_ui->click(m_ui->find(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->signingIn(), kNetworkTimeoutMs);
    QVERIFY2(m_controller->signedIn(), qPrintable(m_controller->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing() && !m_controller->lastSyncAt().isEmpty(), kNetworkTimeoutMs);
    disconnect(connection);
    QCOMPARE(m_controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(sawInitial);
    QVERIFY(panelShown);
    QVERIFY(shot);
    // The demo book is seeded big enough (run_app_test.sh CRM_TEST_SEED_ARGS) for several pages.
    QVERIFY2(maxPages >= 2, qPrintable(QStringLiteral("pages seen: %1").arg(maxPages)));
    std::size_t records = 0;
    const auto dump = m_controller->replica()->dump();  // items() must not outlive it
    for (const auto& [entity, rows] : dump.items()) records += rows.size();
    QVERIFY2(std::size_t(maxReceived) >= records,
             qPrintable(QStringLiteral("received %1 of %2 records").arg(maxReceived).arg(records)));
    QVERIFY(!m_ui->find(QStringLiteral("initialSyncPanel")));
    QVERIFY(m_ui->waitFor(QStringLiteral("homePage")));
    QVERIFY(m_ui->waitForStackIdle());
}

void AppSyncTest::initialSyncShowsProgress() {
    signInThroughUi(QStringLiteral("sync-01-sign-in-en.png"));
    QVERIFY(m_ui->find(QStringLiteral("syncBar")));
    QCOMPARE(textOf(QStringLiteral("pendingLabel")), QStringLiteral("All changes synced"));
    QVERIFY(textOf(QStringLiteral("lastSyncLabel")).startsWith(QStringLiteral("Synced ")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-03-home-en.png"))));
}

void AppSyncTest::backgroundSyncAfterLocalEdit() {
    QSignalSpy started(m_controller, &AppController::syncStarted);
    // Wait for the live channel's own catch-up sync so it cannot be mistaken for the edit's.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->backgroundSync()->liveConnected(), kNetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing(), kNetworkTimeoutMs);
    QTest::qWait(200);
    started.clear();

    const QString customerId = firstCustomerId();
    QVERIFY(!customerId.isEmpty());
    auto created = m_controller->replica()->create(
        "visit", {{"customer_id", customerId.toStdString()}, {"purpose", "Background sync check"},
                  {"check_in_at", "2026-01-05T09:00:00.000Z"}});
    QVERIFY(created.ok());
    m_controller->notifyLocalEdit();
    QCOMPARE(m_controller->pendingCount(), 1);
    QTRY_VERIFY(textOf(QStringLiteral("pendingLabel")).contains(QLatin1Char('1')));
    // Nobody presses Sync: the debounced background sync pushes the edit.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->pendingCount() == 0 && !m_controller->syncing(), 15000);
    QVERIFY(!started.isEmpty());
    QCOMPARE(started.first().first().toString(), QStringLiteral("edit"));
    QCOMPARE(m_controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(m_controller->online());
    QCOMPARE(m_ui->find(QStringLiteral("onlineIndicator"))->property("online").toBool(), true);
    QCOMPARE(textOf(QStringLiteral("pendingLabel")), QStringLiteral("All changes synced"));
}

void AppSyncTest::livePokeFromAnotherDeviceSyncs() {
    // The manager's tablet: another replica, signed in as the manager, changes the rep's customer.
    QTemporaryDir otherDir;
    auto other = crm::sync::Replica::open(otherDir.filePath(QStringLiteral("manager.sqlite")).toStdString());
    QVERIFY(other.ok());
    auto url = crm::sync::parse_server_url(m_serverUrl.toStdString());
    QVERIFY(url.ok());
    crm::sync::HttpTransport transport(*url);
    crm::sync::SyncClient tablet(**other, transport);
    QVERIFY(tablet.login(m_serverUrl.toStdString(), kManagerLogin.toStdString(), m_password.toStdString()).ok());
    QVERIFY(tablet.sync().ok());

    const QString customerId = firstCustomerId();
    const std::string phone = "+86 21 6000 " + std::to_string(QDateTime::currentMSecsSinceEpoch() % 10000);
    QVERIFY((*other)->update("customer", customerId.toStdString(), {{"phone", phone}}).ok());

    QTRY_VERIFY_WITH_TIMEOUT(m_controller->backgroundSync()->liveConnected() && !m_controller->syncing(),
                             kNetworkTimeoutMs);
    QSignalSpy started(m_controller, &AppController::syncStarted);
    auto pushed = tablet.sync();
    QVERIFY(pushed.ok());
    QCOMPARE(pushed->rejected, 0);

    // The server pokes the rep's phone, which syncs by itself and shows the new phone number.
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->replica()->find("customer", customerId.toStdString())->value("phone", "") == phone,
                             kNetworkTimeoutMs);
    QVERIFY(!started.isEmpty());
    QCOMPARE(started.first().first().toString(), QStringLiteral("poke"));
}

void AppSyncTest::rejectedEditShowsOnIssuesPage() {
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing(), kNetworkTimeoutMs);
    m_rejectedCustomerId = firstCustomerId();
    // A rep may not give a customer away (owner_id): the server answers forbidden. (A rename
    // is no issue any more: it becomes a revision waiting for the manager.)
    const std::string someoneElse = "0b0c2f1e-0000-4000-8000-00000000beef";
    QVERIFY(m_controller->replica()->update("customer", m_rejectedCustomerId.toStdString(), {{"owner_id", someoneElse}})
                .ok());
    m_controller->notifyLocalEdit();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->issueCount() == 1 && m_controller->pendingCount() == 0, kNetworkTimeoutMs);
    const auto issues = m_controller->replica()->issues();
    QCOMPARE(issues.size(), size_t(1));
    QCOMPARE(QString::fromStdString(issues.front().code), QStringLiteral("forbidden"));
    const QString serverMessage = QString::fromStdString(issues.front().message);
    QVERIFY(!serverMessage.isEmpty());
    QTRY_VERIFY(m_ui->find(QStringLiteral("issuesBadge")));
    QCOMPARE(textOf(QStringLiteral("issuesLabel")), QStringLiteral("1 issue"));

    // A tap on the status bar opens the sync issues page.
    m_ui->click(m_ui->find(QStringLiteral("syncStatusArea")));
    QVERIFY(m_ui->waitFor(QStringLiteral("syncIssuesPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QQuickItem* row = nullptr;
    QTRY_VERIFY((row = issueDelegate(QStringLiteral("forbidden"))) != nullptr);
    QCOMPARE(row->property("issueMessage").toString(), serverMessage);
    QVERIFY(textOf(QStringLiteral("issueMessageLabel")).contains(serverMessage));
    QCOMPARE(textOf(QStringLiteral("issueCodeLabel")), QStringLiteral("Not allowed for your role"));
    QVERIFY(textOf(QStringLiteral("issueTitleLabel")).startsWith(QStringLiteral("Change · Customer: ")));
    bool enteredShown = false;
    for (QQuickItem* value : m_ui->findAll(QStringLiteral("enteredValue")))
        enteredShown = enteredShown || value->property("text").toString() == QString::fromStdString(someoneElse);
    QVERIFY2(enteredShown, "what the rep entered is not on the issues page");
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-04-issues-en.png"))));
}

void AppSyncTest::signOutWarnsWhileIssuesRemain() {
    // An undismissed issue is unsynced work too: sign-out warns and does nothing until confirmed.
    openFromMenu(QStringLiteral("signOutItem"), QString());
    QQuickItem* warning = m_ui->waitFor(QStringLiteral("signOutWarning"));
    QVERIFY(warning);
    QVERIFY(warning->property("text").toString().contains(QStringLiteral("1 change ")));
    QCOMPARE(m_ui->find(QStringLiteral("confirmSignOutButton"))->property("text").toString(),
             QStringLiteral("Sign out and discard 1 change"));
    QVERIFY(m_controller->signedIn());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-05-sign-out-en.png"))));
    m_ui->click(m_ui->find(QStringLiteral("cancelSignOutButton")));
    QTRY_VERIFY(!m_ui->find(QStringLiteral("signOutWarning")));
    QVERIFY(m_controller->signedIn());
    QCOMPARE(m_controller->issueCount(), 1);
}

void AppSyncTest::switchToChinese() {
    openFromMenu(QStringLiteral("settingsItem"), QStringLiteral("settingsPage"));
    QCOMPARE(m_ui->find(QStringLiteral("settingsUser"))->property("value").toString(), m_controller->userName());
    QCOMPARE(m_ui->find(QStringLiteral("settingsRole"))->property("value").toString(), QStringLiteral("Sales rep"));
    QCOMPARE(m_ui->find(QStringLiteral("settingsDeviceId"))->property("value").toString(), m_controller->deviceId());
    QVERIFY(!m_controller->deviceId().isEmpty());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-06-settings-en.png"))));

    const QDateTime lastSync = QDateTime::fromString(m_controller->lastSyncAt(), Qt::ISODateWithMs).toLocalTime();
    QVERIFY(lastSync.isValid());
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    QCOMPARE(m_ui->find(QStringLiteral("settingsLastSync"))->property("value").toString(),
             english.toString(lastSync, QLocale::ShortFormat));

    m_ui->click(m_ui->find(QStringLiteral("language_zh_CN")));
    // The pages are rebuilt in Chinese, back on the settings page; the user stays signed in.
    QTRY_COMPARE(m_ui->find(QStringLiteral("settingsRole")) ? m_ui->find(QStringLiteral("settingsRole"))->property("value").toString()
                                                            : QString(),
                 QStringLiteral("销售代表"));
    QVERIFY(m_controller->signedIn());
    QCOMPARE(m_controller->language()->choice(), QStringLiteral("zh_CN"));
    QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    QVERIFY(m_ui->waitForStackIdle());
    const QString lastSyncShown = m_ui->find(QStringLiteral("settingsLastSync"))->property("value").toString();
    QCOMPARE(lastSyncShown, chinese.toString(lastSync, QLocale::ShortFormat));
    QVERIFY(lastSyncShown != english.toString(lastSync, QLocale::ShortFormat));
    QVERIFY(m_ui->find(QStringLiteral("language_zh_CN"))->property("checked").toBool());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-06-settings-zh.png"))));

    goHome();
    QCOMPARE(m_ui->find(QStringLiteral("customersTab"))->property("text").toString(), QStringLiteral("客户"));
    QCOMPARE(textOf(QStringLiteral("issuesLabel")), QStringLiteral("1 个问题"));
    const QDateTime latestSync = QDateTime::fromString(m_controller->lastSyncAt(), Qt::ISODateWithMs).toLocalTime();
    QCOMPARE(textOf(QStringLiteral("lastSyncLabel")),
             QStringLiteral("已同步 %1").arg(chinese.toString(latestSync, QLocale::ShortFormat)));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-03-home-zh.png"))));

    // The choice is kept for the next start.
    Language again(m_controller->replicaPath() + QStringLiteral(".settings.ini"));
    QCOMPARE(again.choice(), QStringLiteral("zh_CN"));
}

void AppSyncTest::dismissRemovesIssue() {
    m_ui->click(m_ui->find(QStringLiteral("syncStatusArea")));
    QVERIFY(m_ui->waitFor(QStringLiteral("syncIssuesPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QQuickItem* row = nullptr;
    QTRY_VERIFY((row = issueDelegate(QStringLiteral("forbidden"))) != nullptr);
    QCOMPARE(textOf(QStringLiteral("issueCodeLabel")), QStringLiteral("您的角色无此权限"));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-04-issues-zh.png"))));

    m_ui->click(m_ui->find(QStringLiteral("dismissIssueButton")));
    QTRY_VERIFY(!issueDelegate(QStringLiteral("forbidden")));
    QCOMPARE(m_controller->issueCount(), 0);
    QVERIFY(m_controller->replica()->issues().empty());
    QVERIFY(m_ui->waitFor(QStringLiteral("noIssuesLabel")));
    QVERIFY(!m_ui->find(QStringLiteral("issuesBadge")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-07-no-issues-zh.png"))));
    goHome();
}

void AppSyncTest::signOutRefusesUntilConfirmed() {
    // Keep the edit pending: no background sync for the rest of this test.
    m_controller->backgroundSync()->setDebounceMs(60 * 60 * 1000);
    QVERIFY(m_controller->replica()->update("customer", firstCustomerId().toStdString(), {{"phone", "+86 10 1234 5678"}}).ok());
    m_controller->notifyLocalEdit();
    QCOMPARE(m_controller->pendingCount(), 1);
    // A form draft, which sign-out must wipe along with the replica.
    DraftStore draft;
    draft.setReplicaPath(m_controller->replicaPath());
    draft.setKey(QStringLiteral("visit/some-customer"));
    draft.save({{QStringLiteral("purpose"), QStringLiteral("half typed")}});
    QVERIFY(QFile::exists(DraftStore::draftsPath(m_controller->replicaPath())));

    openFromMenu(QStringLiteral("signOutItem"), QString());
    QQuickItem* warning = m_ui->waitFor(QStringLiteral("signOutWarning"));
    QVERIFY(warning);
    QVERIFY(warning->property("text").toString().contains(QStringLiteral("1 项")));
    QVERIFY(m_controller->signedIn());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-05-sign-out-zh.png"))));
    m_ui->click(m_ui->find(QStringLiteral("cancelSignOutButton")));
    QTRY_VERIFY(!m_ui->find(QStringLiteral("signOutWarning")));
    QVERIFY(m_controller->signedIn());
    QCOMPARE(m_controller->pendingCount(), 1);

    // Asked again from the settings page, and confirmed this time.
    openFromMenu(QStringLiteral("settingsItem"), QStringLiteral("settingsPage"));
    QQuickItem* flick = m_ui->find(QStringLiteral("settingsFlick"));
    QVERIFY(flick);
    flick->setProperty("contentY", flick->property("contentHeight").toReal() - flick->height());  // scrolled down
    m_ui->click(m_ui->find(QStringLiteral("settingsSignOutButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("signOutWarning")));
    QVERIFY(m_controller->signedIn());
    QCOMPARE(m_ui->find(QStringLiteral("confirmSignOutButton"))->property("text").toString(),
             QStringLiteral("退出并丢弃 1 项更改"));
    m_ui->click(m_ui->find(QStringLiteral("confirmSignOutButton")));
    QTRY_VERIFY(!m_controller->signedIn());
    QCOMPARE(m_controller->pendingCount(), 0);
    QVERIFY(m_controller->replica()->list("customer").empty());
    QVERIFY(!QFile::exists(DraftStore::draftsPath(m_controller->replicaPath())));
    QVERIFY(!m_controller->backgroundSync()->active());
    QVERIFY(m_ui->waitFor(QStringLiteral("signInPage")));
    m_controller->backgroundSync()->setDebounceMs(2000);
}

void AppSyncTest::initialSyncInChinese() {
    signInThroughUi(QStringLiteral("sync-01-sign-in-zh.png"));
    QVERIFY(textOf(QStringLiteral("lastSyncLabel")).startsWith(QStringLiteral("已同步")));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("sync-03-home-after-resign-in-zh.png"))));
}

void AppSyncTest::cleanupTestCase() {
    m_ui = nullptr;
    m_controller = nullptr;
    m_app.stop();
}

QString AppSyncTest::textOf(const QString& objectName) const {
    QQuickItem* item = m_ui->find(objectName);
    return item ? item->property("text").toString() : QString();
}

void AppSyncTest::openFromMenu(const QString& itemName, const QString& pageName) {
    QVERIFY(m_ui->waitForStackIdle());
    m_ui->click(m_ui->find(QStringLiteral("menuButton")));
    QQuickItem* item = m_ui->waitFor(itemName);
    QVERIFY2(item, qPrintable(itemName));
    QTRY_VERIFY(item->property("opacity").toDouble() == 1.0);  // the menu's opening animation
    m_ui->click(item);
    if (pageName.isEmpty()) return;
    QVERIFY(m_ui->waitFor(pageName));
    QVERIFY(m_ui->waitForStackIdle());
}

void AppSyncTest::goHome() {
    while (!m_ui->find(QStringLiteral("homePage"))) {
        QQuickItem* back = m_ui->find(QStringLiteral("backButton"));
        QVERIFY(back);
        m_ui->click(back);
        QVERIFY(m_ui->waitForStackIdle());
    }
}

QString AppSyncTest::firstCustomerId() const {
    const auto customers = m_controller->replica()->list("customer");
    return customers.empty() ? QString() : QString::fromStdString(customers.front().value("id", ""));
}

QQuickItem* AppSyncTest::issueDelegate(const QString& code) const {
    for (QQuickItem* item : m_ui->findAll(QStringLiteral("syncIssueDelegate")))
        if (item->property("issueCode").toString() == code) return item;
    return nullptr;
}

CRM_APP_TEST_MAIN(AppSyncTest)

#include "app_sync_test.moc"
