// The change-password page against a real crm-server (demo company, password "demo"), driven
// through the real QML: Settings -> Change password. A repeat that differs is caught in the
// app (nothing sent); a wrong current password lands on its field and changes nothing; the real
// change works: the old password no longer signs in, the new one does, and this device keeps
// syncing with its token. Screenshots at phone (390x844) and tablet (1280x800) size, English and
// Chinese. Needs CRM_TEST_SERVER_URL and CRM_TEST_ARTIFACTS (run_app_test.sh).

#include "appharness.h"
#include "quickdriver.h"
#include "session/appcontroller.h"
#include "session/managementclient.h"
#include "visits/positionprovider.h"

#include "crm/sync/http_transport.h"
#include "crm/sync/replica.h"

#include <QDir>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

namespace {

constexpr int kNetworkTimeoutMs = 60000;

/// POST /v1/auth/login straight over HTTP; the status (0 when no answer).
int signInStatus(const QString& serverUrl, const QString& login, const QString& password) {
    auto url = crm::sync::parse_server_url(serverUrl.toStdString());
    if (!url) return 0;
    crm::sync::HttpTransport transport(*url);
    const nlohmann::json body = {{"login", login.toStdString()},
                                 {"password", password.toStdString()},
                                 {"device_id", QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString()}};
    auto response = transport.send({"POST", "/v1/auth/login", body.dump(), ""});
    return response ? response->status : 0;
}

QString textOf(QQuickItem* item) { return item ? item->property("text").toString() : QString(); }

}  // namespace

class PasswordFlowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void changeInEnglish() { run(QStringLiteral("en"), QStringLiteral("rep1")); }
    void changeInChinese() { run(QStringLiteral("zh_CN"), QStringLiteral("rep2")); }

private:
    void run(const QString& language, const QString& login);
    void shoot(QuickDriver* ui, QQuickWindow* window, const QString& name);
    QString m_serverUrl, m_artifacts, m_language;
};

void PasswordFlowTest::initTestCase() {
    const QString missing = AppHarness::readEnvironment({{"CRM_TEST_SERVER_URL", &m_serverUrl},
                                                             {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(QDir().mkpath(m_artifacts));
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    QmlWarnings::install();
}

void PasswordFlowTest::shoot(QuickDriver* ui, QQuickWindow* window, const QString& name) {
    const QString lang = m_language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh");
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        window->resize(size);
        QVERIFY(ui->waitForStackIdle());
        QTest::qWait(300);
        const QString file = QStringLiteral("%1/password-%2-%3-%4.png")
                                 .arg(m_artifacts, lang, name, size.width() > 400 ? QStringLiteral("tablet")
                                                                                  : QStringLiteral("phone"));
        QVERIFY2(ui->screenshot(file), qPrintable(file));
    }
    window->resize(390, 844);
}

void PasswordFlowTest::run(const QString& language, const QString& login) {
    m_language = language;
    QmlWarnings::clear();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppHarness app;
    const QString error = app.startInLanguage(dir.path(), language, m_serverUrl);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    app.window()->resize(390, 844);
    QuickDriver* ui = app.ui();
    AppController* controller = app.controller();
    QVERIFY(ui->waitFor(QStringLiteral("signInPage")));
    ui->typeInto(ui->find(QStringLiteral("serverField")), m_serverUrl);
    ui->typeInto(ui->find(QStringLiteral("loginField")), login);
    ui->typeInto(ui->find(QStringLiteral("passwordField")), QStringLiteral("demo"));
    ui->click(ui->find(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signedIn() && !controller->syncing() && !controller->lastSyncAt().isEmpty(),
                             kNetworkTimeoutMs);
    const QString tokenBefore = QString::fromStdString(controller->replica()->session()->token);

    // Settings (the bar's menu, in both layouts) -> Change password.
    QVERIFY(ui->waitForStackIdle());
    ui->click(ui->find(QStringLiteral("menuButton")));
    QQuickItem* settingsItem = ui->waitFor(QStringLiteral("settingsItem"));
    QVERIFY(settingsItem);
    QTRY_VERIFY(settingsItem->property("opacity").toDouble() == 1.0);  // the menu's opening animation
    ui->click(settingsItem);
    QVERIFY(ui->waitFor(QStringLiteral("settingsPage")));
    QVERIFY(ui->waitForStackIdle());
    ui->click(ui->waitFor(QStringLiteral("settingsPasswordButton")));
    QVERIFY(ui->waitFor(QStringLiteral("passwordPage")));
    QVERIFY(ui->waitForStackIdle());
    shoot(ui, app.window(), QStringLiteral("empty"));
    QQuickItem* current = ui->find(QStringLiteral("currentPasswordField"));
    QQuickItem* fresh = ui->find(QStringLiteral("newPasswordField"));
    QQuickItem* repeat = ui->find(QStringLiteral("repeatPasswordField"));
    QQuickItem* button = ui->find(QStringLiteral("changePasswordButton"));
    QVERIFY(current && fresh && repeat && button);

    // Caught by the app, nothing sent: the repeat differs, the new one is too short.
    ui->typeInto(current, QStringLiteral("demo"));
    ui->typeInto(fresh, QStringLiteral("short"));
    ui->typeInto(repeat, QStringLiteral("shorter"));
    ui->click(button);
    QVERIFY(!textOf(ui->find(QStringLiteral("newPasswordError"))).isEmpty());
    QVERIFY(!textOf(ui->find(QStringLiteral("repeatPasswordError"))).isEmpty());
    QVERIFY(textOf(ui->find(QStringLiteral("currentPasswordError"))).isEmpty());
    QCOMPARE(controller->management()->busyCount(), 0);
    shoot(ui, app.window(), QStringLiteral("invalid"));

    // A wrong current password: the server refuses, the error is on that field, nothing changed.
    ui->typeInto(current, QStringLiteral("not-my-password"));
    ui->typeInto(fresh, QStringLiteral("correct horse 7"));
    ui->typeInto(repeat, QStringLiteral("correct horse 7"));
    ui->click(button);
    QTRY_VERIFY_WITH_TIMEOUT(!textOf(ui->find(QStringLiteral("currentPasswordError"))).isEmpty(), kNetworkTimeoutMs);
    QVERIFY(!ui->find(QStringLiteral("passwordChangedLabel")));  // find() sees visible items only
    QCOMPARE(textOf(current), QString());  // the fields do not keep passwords after a call
    shoot(ui, app.window(), QStringLiteral("wrong-current"));
    QCOMPARE(signInStatus(m_serverUrl, login, QStringLiteral("correct horse 7")), 401);
    QCOMPARE(signInStatus(m_serverUrl, login, QStringLiteral("demo")), 200);

    // The real change.
    ui->typeInto(current, QStringLiteral("demo"));
    ui->typeInto(fresh, QStringLiteral("correct horse 7"));
    ui->typeInto(repeat, QStringLiteral("correct horse 7"));
    ui->click(button);
    QTRY_VERIFY_WITH_TIMEOUT(ui->find(QStringLiteral("passwordChangedLabel")), kNetworkTimeoutMs);
    QVERIFY(textOf(ui->find(QStringLiteral("currentPasswordError"))).isEmpty());
    QVERIFY(textOf(ui->find(QStringLiteral("passwordFormError"))).isEmpty());
    shoot(ui, app.window(), QStringLiteral("changed"));
    QCOMPARE(signInStatus(m_serverUrl, login, QStringLiteral("demo")), 401);
    QCOMPARE(signInStatus(m_serverUrl, login, QStringLiteral("correct horse 7")), 200);

    // This device keeps its sign-in: the next sync works with the same token.
    const QString syncedBefore = controller->lastSyncAt();
    QTest::qWait(1100);  // lastSyncAt has second precision
    controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing() && controller->lastSyncAt() != syncedBefore, kNetworkTimeoutMs);
    QCOMPARE(controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(controller->signedIn());
    QCOMPARE(QString::fromStdString(controller->replica()->session()->token), tokenBefore);
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
}

CRM_APP_TEST_MAIN(PasswordFlowTest)
#include "password_flow_test.moc"
