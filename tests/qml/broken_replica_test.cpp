// A damaged data file in the app (issue 6, device faults): the sign-in page says what happened
// and offers "Start afresh"; that keeps the damaged file aside (never deletes it) and a sign-in
// then fetches the user's data from the real crm-server again. Screenshots of both states.
// Needs CRM_TEST_SERVER_URL, CRM_TEST_LOGIN, CRM_TEST_PASSWORD and CRM_TEST_ARTIFACTS (run_app_test.sh).
#include "appharness.h"
#include "quickdriver.h"
#include "session/appcontroller.h"

#include "crm/sync/replica.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

namespace {
constexpr int kNetworkTimeoutMs = 60000;
}

class BrokenReplicaTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void signInPageOffersAFreshStart();
    void startAfreshKeepsTheFileAndSignInFetchesTheBook();
    void cleanupTestCase();

private:
    QString artifact(const QString& name) const { return m_artifacts + QLatin1Char('/') + name; }
    QString replicaPath() const { return m_tmp.filePath(QStringLiteral("replica.sqlite")); }

    QString m_serverUrl, m_login, m_password, m_artifacts;
    QTemporaryDir m_tmp;
    AppHarness m_app;
    AppController* m_controller = nullptr;
    QuickDriver* m_ui = nullptr;
};

void BrokenReplicaTest::initTestCase() {
    const QString missing =
        AppHarness::readEnvironment({{"CRM_TEST_SERVER_URL", &m_serverUrl}, {"CRM_TEST_LOGIN", &m_login},
                                     {"CRM_TEST_PASSWORD", &m_password}, {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(QDir().mkpath(m_artifacts));
    QFile damaged(replicaPath());
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray(8192, '\x5a'));  // what a torn copy or a full disk can leave
    damaged.close();

    const QString error = m_app.startInLanguage(m_tmp.path(), QStringLiteral("en"), m_serverUrl, false);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_controller = m_app.controller();
    m_ui = m_app.ui();
    m_app.window()->resize(390, 844);
}

void BrokenReplicaTest::signInPageOffersAFreshStart() {
    QVERIFY(m_controller->replicaBroken());
    QVERIFY(m_controller->errorString().contains(QStringLiteral("Cannot open the local data file")));
    QQuickItem* help = m_ui->waitFor(QStringLiteral("brokenReplicaHelp"));
    QVERIFY(help && help->isVisible());
    QQuickItem* signIn = m_ui->find(QStringLiteral("signInButton"));
    m_ui->typeInto(m_ui->find(QStringLiteral("loginField")), m_login);
    m_ui->typeInto(m_ui->find(QStringLiteral("passwordField")), m_password);
    QVERIFY(!signIn->isEnabled());  // nothing to sign in into yet
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("broken-replica-en.png"))));
}

void BrokenReplicaTest::startAfreshKeepsTheFileAndSignInFetchesTheBook() {
    m_ui->click(m_ui->find(QStringLiteral("startAfreshButton")));
    QTRY_VERIFY(!m_controller->replicaBroken());
    QVERIFY(m_controller->errorString().isEmpty());
    QVERIFY(m_controller->setAsidePath().startsWith(replicaPath() + QStringLiteral(".broken-")));
    QFile kept(m_controller->setAsidePath());
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray(8192, '\x5a'));  // set aside as it was
    QVERIFY(!m_controller->deviceId().isEmpty());
    QTRY_VERIFY(m_ui->find(QStringLiteral("setAsideNote"))->isVisible());
    QVERIFY(m_ui->screenshot(artifact(QStringLiteral("broken-replica-afresh-en.png"))));

    QQuickItem* signIn = m_ui->find(QStringLiteral("signInButton"));
    QTRY_VERIFY(signIn->isEnabled());
    m_ui->click(signIn);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signedIn() && !m_controller->syncing() && !m_controller->lastSyncAt().isEmpty(),
                             kNetworkTimeoutMs);
    QCOMPARE(m_controller->lastSyncResult(), QStringLiteral("ok"));
    QVERIFY(!m_controller->replica()->dump()["customer"].empty());
}

void BrokenReplicaTest::cleanupTestCase() { m_app.stop(); }

CRM_APP_TEST_MAIN(BrokenReplicaTest)
#include "broken_replica_test.moc"
