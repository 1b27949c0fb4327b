// The app end to end: the real QML (offscreen) driven like a user against a real crm-server.
// Needs CRM_TEST_SERVER_URL, CRM_TEST_LOGIN, CRM_TEST_PASSWORD, CRM_TEST_EXPECT_CUSTOMER and
// CRM_TEST_ARTIFACTS (run_app_test.sh sets them); fails when any is missing.

#include "quickdriver.h"
#include "records/replicalistmodel.h"
#include "session/appcontroller.h"
#include "session/backgroundsync.h"
#include "visits/positionprovider.h"

#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

namespace {
constexpr int kNetworkTimeoutMs = 60000;
const QString kPurpose = QStringLiteral("Quarterly review 季度回顾");
}  // namespace

class AppFlowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void wrongPasswordsEndInRateLimit();
    void signIn();
    void customerListShowsExpectedCustomer();
    void openCustomerDetail();
    void refusedVisitKeepsInput();
    void savedVisitIsPending();
    void syncClearsPending();
    void cleanupTestCase();

private:
    QString artifact(const QString& name) const { return m_artifacts + QLatin1Char('/') + name; }
    QString textOf(const QString& objectName) const;
    ReplicaListModel* visitModel() const;

    QString m_serverUrl, m_login, m_password, m_expectCustomer, m_artifacts;
    QTemporaryDir m_tmp;
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<QuickDriver> m_ui;
};

void AppFlowTest::initTestCase() {
    QStringList missing;
    auto need = [&](const char* name, QString& into) {
        into = qEnvironmentVariable(name);
        if (into.isEmpty()) missing << QString::fromLatin1(name);
    };
    need("CRM_TEST_SERVER_URL", m_serverUrl);
    need("CRM_TEST_LOGIN", m_login);
    need("CRM_TEST_PASSWORD", m_password);
    need("CRM_TEST_EXPECT_CUSTOMER", m_expectCustomer);
    need("CRM_TEST_ARTIFACTS", m_artifacts);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("missing environment: %1 (run through tests/qml/run_app_test.sh)")
                                               .arg(missing.join(QStringLiteral(", ")))));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(m_tmp.isValid());
    PositionProvider::setSourceSpec(QStringLiteral("none"));  // no fix: the visit is checked in by hand

    m_controller = std::make_unique<AppController>(m_tmp.filePath(QStringLiteral("replica.sqlite")),
                                                   QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY2(m_controller->errorString().isEmpty(), qPrintable(m_controller->errorString()));
    // This test counts pending edits and syncs by the button: no unasked sync may clear them
    // while the form is typed in (the 2 s debounce, the 60 s timer and live pokes would).
    m_controller->backgroundSync()->setDebounceMs(60 * 60 * 1000);
    m_controller->backgroundSync()->setPeriodMs(60 * 60 * 1000);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(m_controller.get())}});
    m_engine->load(QUrl(QStringLiteral("qrc:/CrmMobile/Main.qml")));
    QVERIFY(!m_engine->rootObjects().isEmpty());
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    QVERIFY(m_window);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_window->requestActivate();
    m_ui = std::make_unique<QuickDriver>(m_window);
}

// Another user's login (rep2) so rep1 can still sign in next; the address allows 20 failures.
void AppFlowTest::wrongPasswordsEndInRateLimit() {
    QVERIFY(m_ui->waitFor(QStringLiteral("signInPage")));
    m_ui->typeInto(m_ui->find(QStringLiteral("serverField")), m_serverUrl);
    m_ui->typeInto(m_ui->find(QStringLiteral("loginField")), QStringLiteral("rep2"));
    m_ui->typeInto(m_ui->find(QStringLiteral("passwordField")), QStringLiteral("not-the-password"));
    QQuickItem* button = m_ui->find(QStringLiteral("signInButton"));
    QVERIFY(button);
    constexpr int kFailuresAllowed = 5;  // the server's default per login
    for (int attempt = 1; attempt <= kFailuresAllowed + 1; ++attempt) {
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), kNetworkTimeoutMs);
        m_ui->click(button);
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->signingIn(), kNetworkTimeoutMs);
        QVERIFY(!m_controller->signedIn());
        const QString shown = textOf(QStringLiteral("signInError"));
        QCOMPARE(shown, m_controller->errorString());
        if (attempt <= kFailuresAllowed) {
            QVERIFY2(!shown.contains(QStringLiteral("Too many")), qPrintable(shown));
        } else {
            // 429 with Retry-After: said as a wait the user can act on, not as a code.
            QVERIFY2(shown.startsWith(QStringLiteral("Too many sign-in attempts. Try again in ")), qPrintable(shown));
            QVERIFY2(shown.contains(QStringLiteral("minute")), qPrintable(shown));
        }
    }
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("00-sign-in-rate-limited.png"))));
}

void AppFlowTest::signIn() {
    QVERIFY(m_ui->waitFor(QStringLiteral("signInPage")));
    QQuickItem* server = m_ui->find(QStringLiteral("serverField"));
    QQuickItem* login = m_ui->find(QStringLiteral("loginField"));
    QQuickItem* password = m_ui->find(QStringLiteral("passwordField"));
    QVERIFY(server && login && password);
    m_ui->typeInto(server, m_serverUrl);
    m_ui->typeInto(login, m_login);
    m_ui->typeInto(password, m_password);
    QCOMPARE(server->property("text").toString(), m_serverUrl);
    QCOMPARE(login->property("text").toString(), m_login);
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("01-sign-in.png"))));

    QQuickItem* button = m_ui->find(QStringLiteral("signInButton"));
    QVERIFY(button && button->isEnabled());
    m_ui->click(button);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->signingIn(), kNetworkTimeoutMs);
    QVERIFY2(m_controller->signedIn(), qPrintable(m_controller->errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing() && !m_controller->lastSyncAt().isEmpty(), kNetworkTimeoutMs);
    QCOMPARE(m_controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(m_ui->waitFor(QStringLiteral("homePage")));
    QVERIFY(m_ui->waitForStackIdle());
    m_ui->click(m_ui->find(QStringLiteral("customersTab")));
    QVERIFY(m_ui->waitFor(QStringLiteral("customerListPage")));
    QVERIFY(m_ui->find(QStringLiteral("syncBar")));
}

void AppFlowTest::customerListShowsExpectedCustomer() {
    QQuickItem* list = m_ui->waitFor(QStringLiteral("customerList"));
    QVERIFY(list);
    auto* model = qobject_cast<ReplicaListModel*>(list->property("model").value<QObject*>());
    QVERIFY(model);
    QTRY_VERIFY(model->rowCount() > 0);
    bool seen = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QVariantMap customer = model->get(row);
        if (customer.value(QStringLiteral("name")).toString() == m_expectCustomer) {
            seen = true;
            QVERIFY(!customer.value(QStringLiteral("pending")).toBool());
        }
    }
    QVERIFY2(seen, qPrintable(QStringLiteral("customer '%1' not in the list").arg(m_expectCustomer)));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("02-customer-list.png"))));
}

void AppFlowTest::openCustomerDetail() {
    QQuickItem* search = m_ui->find(QStringLiteral("searchField"));
    QVERIFY(search);
    m_ui->typeInto(search, m_expectCustomer);
    QQuickItem* row = nullptr;
    QTRY_VERIFY([&] {
        for (QQuickItem* item : m_ui->findAll(QStringLiteral("customerDelegate")))
            if (item->property("customerName").toString() == m_expectCustomer) row = item;
        return row != nullptr;
    }());
    m_ui->click(row);
    QVERIFY(m_ui->waitFor(QStringLiteral("customerDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QTRY_VERIFY(m_ui->find(QStringLiteral("recordVisitButton"))->isEnabled());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("03-customer-detail.png"))));
}

void AppFlowTest::refusedVisitKeepsInput() {
    m_ui->click(m_ui->find(QStringLiteral("recordVisitButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("visitFormPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QQuickItem* manual = m_ui->waitFor(QStringLiteral("manualCheckInButton"));
    QVERIFY(manual);
    m_ui->click(manual);
    QVERIFY(m_ui->waitFor(QStringLiteral("checkInStatusChip")));
    QCOMPARE(m_controller->pendingCount(), 1);  // the check-in is kept at once
    const QList<QPair<QString, QString>> input = {
        {QStringLiteral("purposeField"), kPurpose},
        {QStringLiteral("notesField"), QStringLiteral("Met the buyer; samples wanted.")},
        {QStringLiteral("outcomeField"), QStringLiteral("Positive")},
        {QStringLiteral("nextStepField"), QStringLiteral("Send a quote")},
        {QStringLiteral("followUpField"), QStringLiteral("2026-02-30")},  // no such day: refused
    };
    for (const auto& [name, text] : input) {
        QQuickItem* field = m_ui->find(name);
        QVERIFY2(field, qPrintable(name));
        m_ui->typeInto(field, text);
    }
    m_ui->click(m_ui->find(QStringLiteral("saveVisitButton")));
    QTRY_VERIFY(!textOf(QStringLiteral("followUpError")).isEmpty());
    QVERIFY(m_ui->find(QStringLiteral("visitFormPage")));  // still on the form
    for (const auto& [name, text] : input) QCOMPARE(m_ui->find(name)->property("text").toString(), text);
    QCOMPARE(m_controller->pendingCount(), 1);  // nothing more queued
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("04-visit-form-refused.png"))));
}

void AppFlowTest::savedVisitIsPending() {
    m_ui->typeInto(m_ui->find(QStringLiteral("followUpField")), QStringLiteral("2026-03-16"));
    QTRY_COMPARE(m_ui->find(QStringLiteral("followUpField"))->property("text").toString(), QStringLiteral("2026-03-16"));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("05-visit-form.png"))));
    m_ui->click(m_ui->find(QStringLiteral("saveVisitButton")));
    QVERIFY(m_ui->waitFor(QStringLiteral("customerDetailPage")));
    QVERIFY(m_ui->waitForStackIdle());
    QCOMPARE(m_controller->pendingCount(), 3);  // check-in, the form's fields, the follow-up task
    ReplicaListModel* visits = visitModel();
    QVERIFY(visits);
    QTRY_VERIFY(visits->rowCount() > 0);
    // Planned visits later today may sort above it: find the recorded one by its purpose.
    QVariantMap recorded;
    for (int row = 0; row < visits->rowCount(); ++row)
        if (visits->get(row).value(QStringLiteral("purpose")).toString() == kPurpose) recorded = visits->get(row);
    QVERIFY2(!recorded.isEmpty(), "the recorded visit is not in the customer's list");
    QVERIFY(recorded.value(QStringLiteral("pending")).toBool());
    QVERIFY(!m_ui->findAll(QStringLiteral("visitPendingMarker")).isEmpty());
    QVERIFY(textOf(QStringLiteral("pendingLabel")).contains(QLatin1Char('3')));
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("06-detail-visit-pending.png"))));
}

void AppFlowTest::syncClearsPending() {
    QQuickItem* sync = m_ui->find(QStringLiteral("syncButton"));
    QVERIFY(sync && sync->isEnabled());
    m_ui->click(sync);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->syncing() && m_controller->pendingCount() == 0, kNetworkTimeoutMs);
    QCOMPARE(m_controller->lastSyncResult(), QStringLiteral("ok"));
    QCOMPARE(m_controller->issueCount(), 0);
    ReplicaListModel* visits = visitModel();
    QVERIFY(visits);
    bool found = false;
    for (int row = 0; row < visits->rowCount(); ++row) {
        const QVariantMap visit = visits->get(row);
        if (visit.value(QStringLiteral("purpose")).toString() != kPurpose) continue;
        found = true;
        QVERIFY(!visit.value(QStringLiteral("pending")).toBool());
    }
    QVERIFY2(found, "the recorded visit is gone after the sync");
    QTRY_VERIFY(m_ui->findAll(QStringLiteral("visitPendingMarker")).isEmpty());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("07-detail-after-sync.png"))));
}

void AppFlowTest::cleanupTestCase() {
    m_ui.reset();
    m_engine.reset();
    m_controller.reset();
}

QString AppFlowTest::textOf(const QString& objectName) const {
    QQuickItem* item = m_ui->find(objectName);
    return item ? item->property("text").toString() : QString();
}

ReplicaListModel* AppFlowTest::visitModel() const {
    QQuickItem* page = m_ui->find(QStringLiteral("customerDetailPage"));
    return page ? page->findChild<ReplicaListModel*>(QStringLiteral("visitModel")) : nullptr;
}

int main(int argc, char* argv[]) {
    // Headless unless a display is given explicitly (run_app_test.sh's CRM_TEST_XVFB=1 uses Xvfb).
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    AppFlowTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "app_flow_test.moc"
