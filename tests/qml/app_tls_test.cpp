// The app against an https:// crm-server (issue 6): with `--ca` (AppController::setCaFile) the
// sign-in, the sync, the live channel and management calls verify the server with the test CA;
// without it the sign-in fails with a clear certificate error and nothing is stored.
// Needs CRM_TEST_PG (a fresh database per test, like the server integration tests).

#include "scenario.h"
#include "session/appcontroller.h"
#include "session/managementclient.h"
#include "tls_certs.h"

#include "crm/sync/replica.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kNetworkTimeoutMs = 30000;
}

class AppTlsTest : public QObject {
    Q_OBJECT

private slots:
    void withTheCaEverythingVerifies();
    void withoutTheCaSignInFailsClearly();
};

void AppTlsTest::withTheCaEverythingVerifies() {
    crm::test::TestCertificates certs;
    crm::test::Company company;
    crm::test::ServerProcess secure(company.db.conninfo(), certs.server_args());
    QTemporaryDir dir;
    const QString url = QString::fromStdString(secure.url());
    AppController controller(dir.filePath(QStringLiteral("replica.sqlite")), url);
    controller.setCaFile(QString::fromStdString(certs.ca()));
    QSignalSpy synced(&controller, &AppController::syncFinished);
    controller.signIn(url, QStringLiteral("manager"), QStringLiteral("pw"));
    QTRY_VERIFY_WITH_TIMEOUT(synced.count() >= 1, kNetworkTimeoutMs);
    QCOMPARE(synced.first().first().toBool(), true);
    QVERIFY(controller.signedIn());
    QCOMPARE(controller.lastSyncResult(), QStringLiteral("ok"));
    QCOMPARE(QString::fromStdString(controller.replica()->session()->ca_file), QString::fromStdString(certs.ca()));
    // The sync stored the directory; the live channel (wss://) comes up with the same CA.
    QVERIFY(controller.replica()->document("directory").has_value());
    QTRY_VERIFY_WITH_TIMEOUT(controller.online(), kNetworkTimeoutMs);

    bool answered = false;
    ManagementClient::Reply reply;
    controller.management()->get(QStringLiteral("/v1/directory"), [&](const ManagementClient::Reply& r) {
        reply = r;
        answered = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kNetworkTimeoutMs);
    QVERIFY2(reply.ok(), qPrintable(reply.errorMessage));
    QVERIFY(reply.body["users"].size() >= 3);
}

void AppTlsTest::withoutTheCaSignInFailsClearly() {
    crm::test::TestCertificates certs;
    crm::test::Company company;
    crm::test::ServerProcess secure(company.db.conninfo(), certs.server_args());
    QTemporaryDir dir;
    const QString url = QString::fromStdString(secure.url());
    AppController controller(dir.filePath(QStringLiteral("replica.sqlite")), url);
    controller.setCaFile(QString::fromStdString(certs.other_ca()));
    QSignalSpy done(&controller, &AppController::signInFinished);
    controller.signIn(url, QStringLiteral("manager"), QStringLiteral("pw"));
    QTRY_VERIFY_WITH_TIMEOUT(done.count() == 1, kNetworkTimeoutMs);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!controller.signedIn());
    QVERIFY2(controller.errorString().contains(QStringLiteral("certificate verify failed")),
             qPrintable(controller.errorString()));
    QVERIFY(!controller.replica()->session().has_value());
}

QTEST_MAIN(AppTlsTest)
#include "app_tls_test.moc"
