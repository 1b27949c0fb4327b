// The app's sync-visibility parts without a server: the sync issues model over a real replica
// file (QAbstractItemModelTester), the sign-out safety catch, background sync timing, the
// structured progress of SyncClient (over a scripted transport) as QML sees it, and languages.

#include "appharness.h"
#include "common/domainlabels.h"
#include "common/formatter.h"
#include "session/appcontroller.h"
#include "session/backgroundsync.h"
#include "session/draftstore.h"
#include "session/language.h"
#include "session/syncprogressstate.h"
#include "syncstatus/syncissuelistmodel.h"

#include "crm/shared/entity_schema.h"
#include "crm/sync/replica.h"
#include "crm/sync/sync_client.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

#include <deque>
#include <memory>

namespace {

const std::string kRepId = "00000000-0000-4000-8000-000000000001";

crm::sync::Verdict verdict(std::int64_t seq, crm::sync::VerdictStatus status, std::string code = {},
                           std::string message = {}, std::vector<std::string> lost = {}) {
    return crm::sync::Verdict{seq, status, std::move(code), std::move(message), std::move(lost)};
}

/// Answers pushes with "applied" and pulls with the scripted pages, in order.
class ScriptedTransport : public crm::sync::Transport {
public:
    std::deque<crm::sync::PullResponse> pages;

    crm::Result<crm::sync::HttpResponse> send(const crm::sync::HttpRequest& request) override {
        if (request.target.rfind("/v1/sync/push", 0) == 0) {
            crm::sync::PushResponse response;
            const auto body = nlohmann::json::parse(request.body);
            for (const auto& m : body["mutations"])
                response.verdicts.push_back(verdict(m["seq"].get<std::int64_t>(), crm::sync::VerdictStatus::applied));
            return crm::sync::HttpResponse{200, crm::sync::to_json(response).dump()};
        }
        if (request.target == "/v1/directory")
            return crm::sync::HttpResponse{200, R"({"units": [], "users": []})"};
        if (pages.empty()) return crm::Error{"unreachable", "no more scripted pages"};
        auto page = pages.front();
        pages.pop_front();
        return crm::sync::HttpResponse{200, crm::sync::to_json(page).dump()};
    }
};

crm::sync::PullResponse customerPage(int first, int count, std::int64_t cursor, bool hasMore) {
    crm::sync::PullResponse page;
    for (int i = first; i < first + count; ++i) {
        char id[37];
        std::snprintf(id, sizeof id, "10000000-0000-4000-8000-%012d", i);
        crm::sync::Change change;
        change.entity = "customer";
        change.id = id;
        change.version = i + 1;
        change.record = {{"id", id}, {"name", "Customer " + std::to_string(i)}, {"kind", "company"},
                         {"lifecycle", "active"}, {"owner_id", kRepId},
                         {"created_at", "2026-01-01T00:00:00.000Z"}, {"updated_at", "2026-01-01T00:00:00.000Z"}};
        page.changes.push_back(change);
    }
    page.cursor = cursor;
    page.has_more = hasMore;
    page.scope_epoch = 1;
    return page;
}

}  // namespace

class AppSyncModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void issuesListedReadablyAndDismissed();
    void signOutRefusedWithIssuesAndWipesDrafts();
    void backgroundSyncDebouncesAndBacksOff();
    void backgroundSyncStopsWhenSignedOut();
    void backgroundSyncWaitsOutRetryAfter();
    void syncProgressIsStructured();
    void languageSwitchTranslatesAndFormats();
    void everyEntityAndFieldHasATranslatedLabel();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("replica.sqlite")); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Language> m_language;
    std::unique_ptr<crm::sync::Replica> m_seed;  // a second Replica on the file, as a sync job has
};

void AppSyncModelTest::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // English while the test runs (an AppController on the file would read the same choice).
    m_language = std::make_unique<Language>(path() + QStringLiteral(".settings.ini"));
    m_language->setChoice(QStringLiteral("en"));
    auto opened = crm::sync::Replica::open(path().toStdString());
    QVERIFY(opened.ok());
    m_seed = std::move(opened.value());
    m_seed->set_session({"http://127.0.0.1:1", "token", {kRepId, "rep1", "rep", "", "Rep One"}});
}

void AppSyncModelTest::cleanup() {
    m_seed.reset();
    m_language.reset();
    m_dir.reset();
}

void AppSyncModelTest::issuesListedReadablyAndDismissed() {
    using crm::sync::VerdictStatus;
    auto acme = m_seed->create("customer", {{"name", "Acme"}, {"kind", "company"}, {"lifecycle", "active"}});
    auto zeta = m_seed->create("customer", {{"name", "Zeta"}, {"kind", "company"}, {"lifecycle", "active"}});
    QVERIFY(acme.ok() && zeta.ok());
    auto batch = m_seed->pending_mutations(10);
    QCOMPARE(batch.size(), size_t(2));
    m_seed->apply_verdicts(batch, {{verdict(batch[0].seq, VerdictStatus::applied),
                                    verdict(batch[1].seq, VerdictStatus::rejected, "forbidden", "not yours")}});
    QVERIFY(m_seed->update("customer", *acme, {{"phone", "+86 21 1"}, {"industry", "Steel"}}).ok());
    batch = m_seed->pending_mutations(10);
    m_seed->apply_verdicts(batch, {{verdict(batch[0].seq, VerdictStatus::merged, "", "a newer edit won", {"phone"})}});

    AppController controller(path(), QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(controller.issueCount(), 2);
    SyncIssueListModel issues;
    QAbstractItemModelTester tester(&issues, QAbstractItemModelTester::FailureReportingMode::QtTest);
    issues.setController(&controller);
    QCOMPARE(issues.rowCount(), 2);

    const QVariantMap merged = issues.get(0);  // newest first
    QCOMPARE(merged.value("status").toString(), QStringLiteral("merged"));
    QCOMPARE(merged.value("statusLabel").toString(), QStringLiteral("Partly overwritten"));
    QCOMPARE(merged.value("entityLabel").toString(), QStringLiteral("Customer"));
    QCOMPARE(merged.value("operationLabel").toString(), QStringLiteral("Change"));
    QCOMPARE(merged.value("recordTitle").toString(), QStringLiteral("Acme"));
    QCOMPARE(merged.value("lostFields").toString(), QStringLiteral("Phone"));
    QCOMPARE(merged.value("message").toString(), QStringLiteral("a newer edit won"));
    const QVariantList entered = merged.value("entered").toList();
    QCOMPARE(entered.size(), 2);
    QCOMPARE(entered.at(0).toMap().value("label").toString(), QStringLiteral("Phone"));  // the lost one first
    QVERIFY(entered.at(0).toMap().value("lost").toBool());
    QCOMPARE(entered.at(0).toMap().value("value").toString(), QStringLiteral("+86 21 1"));
    QCOMPARE(entered.at(1).toMap().value("label").toString(), QStringLiteral("Industry"));

    const QVariantMap rejected = issues.get(1);
    QCOMPARE(rejected.value("code").toString(), QStringLiteral("forbidden"));
    QCOMPARE(rejected.value("codeLabel").toString(), QStringLiteral("Not allowed for your role"));
    QCOMPARE(rejected.value("operationLabel").toString(), QStringLiteral("New"));
    QCOMPARE(rejected.value("recordTitle").toString(), QStringLiteral("Zeta"));  // gone locally: as entered

    QSignalSpy status(&controller, &AppController::statusChanged);
    QVERIFY(issues.dismiss(rejected.value("issueId").toLongLong()));
    QCOMPARE(issues.rowCount(), 1);
    QCOMPARE(controller.issueCount(), 1);
    QVERIFY(!status.isEmpty());
    QVERIFY(!issues.dismiss(987654));  // no such issue
    QVERIFY(!controller.errorString().isEmpty());
}

void AppSyncModelTest::signOutRefusedWithIssuesAndWipesDrafts() {
    QVERIFY(m_seed->create("customer", {{"name", "Acme"}, {"kind", "company"}, {"lifecycle", "active"}}).ok());
    auto batch = m_seed->pending_mutations(10);
    m_seed->apply_verdicts(batch, {{verdict(batch[0].seq, crm::sync::VerdictStatus::rejected, "invalid", "bad")}});

    AppController controller(path(), QStringLiteral("http://127.0.0.1:1"));
    QCOMPARE(controller.pendingCount(), 0);
    QCOMPARE(controller.issueCount(), 1);
    QCOMPARE(controller.discardCount(), 1);
    DraftStore draft;
    draft.setReplicaPath(controller.replicaPath());
    draft.setKey(QStringLiteral("lead/new"));
    draft.save({{QStringLiteral("company_name"), QStringLiteral("Half typed")}});
    QVERIFY(QFile::exists(DraftStore::draftsPath(path())));

    // Nothing pending, but an unread rejection is unsynced work too.
    QVERIFY(!controller.signOut(false));
    QVERIFY(controller.errorString().contains(QLatin1String("1 change ")));
    QVERIFY(controller.signedIn());
    QVERIFY(QFile::exists(DraftStore::draftsPath(path())));
    QVERIFY(controller.backgroundSync()->active());

    QVERIFY(controller.signOut(true));
    QVERIFY(!controller.signedIn());
    QCOMPARE(controller.issueCount(), 0);
    QVERIFY(!QFile::exists(DraftStore::draftsPath(path())));
    QVERIFY(!controller.backgroundSync()->active());
    QVERIFY(draft.load().isEmpty());
}

void AppSyncModelTest::backgroundSyncDebouncesAndBacksOff() {
    BackgroundSync background;
    QSignalSpy due(&background, &BackgroundSync::syncDue);
    background.setDebounceMs(150);
    background.setPeriodMs(1000);
    background.setMaxBackoffMs(5000);
    background.setSession(true, QStringLiteral("http://127.0.0.1:1"), QStringLiteral("token"));  // nothing listens
    QVERIFY(background.active());

    // A burst of edits is one sync, after the quiet time.
    for (int i = 0; i < 3; ++i) {
        background.localEdit();
        QTest::qWait(50);
    }
    QVERIFY(due.isEmpty());
    QTRY_COMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).toString(), QStringLiteral("edit"));
    QTest::qWait(300);
    QCOMPARE(due.size(), 1);

    // The periodic interval doubles while the server is unreachable, up to the maximum.
    QCOMPARE(background.currentPeriodMs(), 1000);
    background.syncFinished(false, QStringLiteral("unreachable"));
    QCOMPARE(background.currentPeriodMs(), 2000);
    background.syncFinished(false, QStringLiteral("unreachable"));
    QCOMPARE(background.currentPeriodMs(), 4000);
    background.syncFinished(false, QStringLiteral("unreachable"));
    QCOMPARE(background.currentPeriodMs(), 5000);
    background.syncFinished(true, {});
    QCOMPARE(background.currentPeriodMs(), 1000);
    background.syncFinished(false, QStringLiteral("invalid"));  // not cured by waiting longer
    QCOMPARE(background.currentPeriodMs(), 1000);

    // The timer itself, and coming back to the foreground.
    due.clear();
    background.setPeriodMs(100);
    background.syncFinished(true, {});
    QTRY_VERIFY(!due.isEmpty());
    QCOMPARE(due.at(0).at(0).toString(), QStringLiteral("timer"));
    background.setPeriodMs(60'000);
    background.syncFinished(true, {});
    due.clear();
    background.onApplicationStateChanged(Qt::ApplicationInactive);
    background.onApplicationStateChanged(Qt::ApplicationActive);
    QCOMPARE(due.size(), 1);
    QCOMPARE(due.at(0).at(0).toString(), QStringLiteral("resume"));
    QVERIFY(!background.liveConnected());  // no server on port 1: the channel keeps retrying quietly
}

void AppSyncModelTest::backgroundSyncStopsWhenSignedOut() {
    BackgroundSync background;
    QSignalSpy due(&background, &BackgroundSync::syncDue);
    background.setDebounceMs(50);
    background.setSession(true, QStringLiteral("http://127.0.0.1:1"), QStringLiteral("token"));
    background.localEdit();
    background.setSession(false, {}, {});  // signed out before the debounce ran out
    QVERIFY(!background.active());
    background.localEdit();
    background.onApplicationStateChanged(Qt::ApplicationInactive);
    background.onApplicationStateChanged(Qt::ApplicationActive);
    QTest::qWait(200);
    QVERIFY(due.isEmpty());
    // A session whose token the server refused is not active either.
    background.setSession(true, QStringLiteral("http://127.0.0.1:1"), QString());
    QVERIFY(!background.active());
}

void AppSyncModelTest::syncProgressIsStructured() {
    QVERIFY(m_seed->create("customer", {{"name", "Mine"}, {"kind", "company"}, {"lifecycle", "active"}}).ok());
    QVERIFY(m_seed->create("customer", {{"name", "Mine too"}, {"kind", "company"}, {"lifecycle", "active"}}).ok());
    ScriptedTransport transport;
    transport.pages = {customerPage(0, 1000, 1000, true), customerPage(1000, 1000, 2000, true),
                       customerPage(2000, 200, 2200, false)};
    crm::sync::SyncClient client(*m_seed, transport);
    std::vector<crm::sync::SyncProgress> seen;
    client.on_progress = [&](const crm::sync::SyncProgress& p) { seen.push_back(p); };
    auto report = client.sync();
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    QCOMPARE(seen.size(), size_t(4));  // one push batch, three pages
    QVERIFY(seen[0].phase == crm::sync::SyncProgress::Phase::push);
    QCOMPARE(seen[0].pushed, 2);
    QCOMPARE(seen[0].push_total, 2);
    QCOMPARE(seen[0].describe(), std::string("pushed 2 of 2 changes"));
    QVERIFY(seen[3].phase == crm::sync::SyncProgress::Phase::pull);
    QCOMPARE(seen[1].pulled, 1000);
    QCOMPARE(seen[2].pages, 2);
    QCOMPARE(seen[3].pulled, 2200);
    QCOMPARE(seen[3].pages, 3);
    QCOMPARE(seen[3].cursor, std::int64_t(2200));
    QVERIFY(!seen[3].has_more && seen[2].has_more);
    QCOMPARE(seen[3].describe(), std::string("received 2200 records (3 pages)"));

    // What QML binds to.
    SyncProgressState state;
    QSignalSpy changed(&state, &SyncProgressState::changed);
    state.begin(true);
    QVERIFY(state.active() && state.initial());
    QCOMPARE(state.text(), QStringLiteral("Connecting to the server…"));
    state.update(seen[0]);
    QCOMPARE(state.phase(), QStringLiteral("push"));
    QCOMPARE(state.fraction(), 1.0);
    QCOMPARE(state.text(), QStringLiteral("Sending 2 of 2 changes"));
    state.update(seen[1]);
    QCOMPARE(state.fraction(), -1.0);  // the pull's total is unknown
    QCOMPARE(state.text(), QStringLiteral("1,000 records received (1 page)"));
    state.update(seen[3]);
    QCOMPARE(state.received(), 2200);
    QCOMPARE(state.pages(), 3);
    QCOMPARE(state.text(), QStringLiteral("2,200 records received (3 pages)"));
    state.end();
    QVERIFY(!state.active());
    QCOMPARE(changed.size(), 5);
}

void AppSyncModelTest::languageSwitchTranslatesAndFormats() {
    const QString settings = m_dir->filePath(QStringLiteral("lang.ini"));
    Formatter fmt;
    {
        Language language(settings);
        QCOMPARE(language.choice(), QStringLiteral("system"));
        QCOMPARE(language.choices().size(), 3);
        QSignalSpy changed(&language, &Language::changed);
        language.setChoice(QStringLiteral("zh_CN"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        QCOMPARE(DomainLabels::entity(QStringLiteral("customer")), QStringLiteral("客户"));
        QCOMPARE(DomainLabels::field(QStringLiteral("follow_up_date")), QStringLiteral("跟进日期"));
        QCOMPARE(QCoreApplication::translate("HomePage", "Customers"), QStringLiteral("客户"));
        QCOMPARE(fmt.date(QStringLiteral("2026-11-23")), QStringLiteral("2026/11/23"));
        QCOMPARE(fmt.money(1234.5), QStringLiteral("¥1,234.50"));
        // Qt's own strings (qtbase_zh_CN) come along for standard controls.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));

        language.setChoice(QStringLiteral("klingon"));  // ignored
        QCOMPARE(language.choice(), QStringLiteral("zh_CN"));
        language.setChoice(QStringLiteral("en"));
        QCOMPARE(DomainLabels::entity(QStringLiteral("customer")), QStringLiteral("Customer"));
        QCOMPARE(QCoreApplication::translate("SyncBar", "%n issue(s)", nullptr, 2), QStringLiteral("2 issues"));
        QCOMPARE(QCoreApplication::translate("SyncBar", "%n issue(s)", nullptr, 1), QStringLiteral("1 issue"));
        QCOMPARE(fmt.date(QStringLiteral("2026-11-23")), QStringLiteral("11/23/26"));
    }
    Language again(settings);  // kept for the next start
    QCOMPARE(again.choice(), QStringLiteral("en"));
    QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
}

void AppSyncModelTest::backgroundSyncWaitsOutRetryAfter() {
    BackgroundSync background;
    QSignalSpy due(&background, &BackgroundSync::syncDue);
    background.setDebounceMs(10);
    background.setPeriodMs(100);
    background.setSession(true, QStringLiteral("http://127.0.0.1:1"), QStringLiteral("token"));  // nothing listens
    // The server answered 503 + Retry-After: 1. Edits, the timer and resumes wait that long.
    background.syncFinished(false, QStringLiteral("database_unavailable"), 1);
    QVERIFY(background.heldUntil().isValid());
    const auto held = QDateTime::currentDateTimeUtc().msecsTo(background.heldUntil());
    QVERIFY2(held > 800 && held <= 1000, qPrintable(QString::number(held)));
    due.clear();
    background.localEdit();
    background.onApplicationStateChanged(Qt::ApplicationInactive);
    background.onApplicationStateChanged(Qt::ApplicationActive);
    QTest::qWait(600);
    QVERIFY(due.isEmpty());
    // Then one sync, "retry", and the hold is over.
    QTRY_VERIFY_WITH_TIMEOUT(!due.isEmpty(), 2000);
    QCOMPARE(due.at(0).at(0).toString(), QStringLiteral("retry"));
    QVERIFY(!background.heldUntil().isValid());
    // A success or an error without Retry-After holds nothing back.
    background.syncFinished(false, QStringLiteral("too_many_attempts"), 30);
    QVERIFY(background.heldUntil().isValid());
    background.syncFinished(true, {});
    QVERIFY(!background.heldUntil().isValid());
    background.setSession(false, {}, {});
}

void AppSyncModelTest::everyEntityAndFieldHasATranslatedLabel() {
    // Driven by the schema: a new entity or field fails here until it has its words, in Chinese too.
    Language language(m_dir->filePath(QStringLiteral("labels.ini")));
    language.setChoice(QStringLiteral("zh_CN"));
    const auto translated = [](const QString& text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x2E80; });
    };
    for (const auto& entity : crm::all_entities()) {
        const QString name = QString::fromStdString(entity.name);
        QVERIFY2(DomainLabels::hasEntity(name), qPrintable(name));
        QVERIFY2(translated(DomainLabels::entity(name)), qPrintable(name + QStringLiteral(": ") + DomainLabels::entity(name)));
        for (const auto& field : entity.fields) {
            const QString fieldName = QString::fromStdString(field.name);
            QVERIFY2(DomainLabels::hasField(fieldName), qPrintable(name + QLatin1Char('.') + fieldName));
            QVERIFY2(translated(DomainLabels::field(fieldName)),
                     qPrintable(name + QLatin1Char('.') + fieldName + QStringLiteral(": ") + DomainLabels::field(fieldName)));
        }
    }
    language.setChoice(QStringLiteral("en"));
}

CRM_APP_TEST_MAIN(AppSyncModelTest)

#include "app_sync_model_test.moc"
