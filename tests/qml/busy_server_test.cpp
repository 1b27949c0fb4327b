// A busy server against the real app: crm-server runs with --max-connections 2 (run_app_test.sh,
// CRM_TEST_SERVER_ARGS); once rep1 is signed in, its live channel holds one connection and this
// test holds the other, so the app's sync is refused with 503 server_busy + Retry-After. The app
// must then say so in the sync bar and hold back automatic syncs until the Retry-After time,
// and sync on its own ("retry") once the server has room again. Screenshot busy-server-*.png.

#include "appharness.h"
#include "quickdriver.h"
#include "session/appcontroller.h"
#include "session/backgroundsync.h"
#include "visits/positionprovider.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QtQml/qqmlextensionplugin.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <vector>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

namespace {

constexpr int kNetworkTimeoutMs = 60000;

/// One idle TCP connection to 127.0.0.1:port, which counts against the server's connection cap
/// until closed (the server waits up to its request timeout, 30 s, for a first request).
class HeldConnection {
public:
    explicit HeldConnection(int port) : m_fd(::socket(AF_INET, SOCK_STREAM, 0)) {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(port));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected = m_fd >= 0 && ::connect(m_fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    }
    ~HeldConnection() { release(); }
    bool connected() const { return m_connected; }
    void release() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
    bool m_connected = false;
};

struct DueSync {
    QString reason;
    QDateTime at;
};

}  // namespace

class BusyServerTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsBackUntilRetryAfterThenSyncs();

private:
    QString m_serverUrl, m_artifacts;
};

void BusyServerTest::initTestCase() {
    const QString missing = AppHarness::readEnvironment({{"CRM_TEST_SERVER_URL", &m_serverUrl},
                                                             {"CRM_TEST_ARTIFACTS", &m_artifacts}});
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QVERIFY(PositionProvider::setSourceSpec(QStringLiteral("none")));
    QmlWarnings::install();
}

void BusyServerTest::holdsBackUntilRetryAfterThenSyncs() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    AppHarness app;
    const QString error = app.startInLanguage(dir.path(), QStringLiteral("en"), m_serverUrl);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    app.window()->resize(390, 844);
    QuickDriver* ui = app.ui();
    AppController* controller = app.controller();
    BackgroundSync* background = controller->backgroundSync();

    QVERIFY(ui->waitFor(QStringLiteral("signInPage")));
    ui->typeInto(ui->find(QStringLiteral("serverField")), m_serverUrl);
    ui->typeInto(ui->find(QStringLiteral("loginField")), QStringLiteral("rep1"));
    ui->typeInto(ui->find(QStringLiteral("passwordField")), QStringLiteral("demo"));
    ui->click(ui->find(QStringLiteral("signInButton")));
    QTRY_VERIFY_WITH_TIMEOUT(controller->signedIn() && !controller->syncing() && controller->lastSyncResult() == "ok",
                             kNetworkTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(background->liveConnected(), kNetworkTimeoutMs);  // connection 1 of 2

    std::vector<DueSync> due;
    connect(background, &BackgroundSync::syncDue, this,
            [&due](const QString& reason) { due.push_back({reason, QDateTime::currentDateTimeUtc()}); });
    HeldConnection held(QUrl(m_serverUrl).port());  // connection 2 of 2: the server is full
    QVERIFY(held.connected());
    QTest::qWait(200);  // until the server has accepted and counted it

    controller->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing() && !controller->retryAt().isEmpty(), kNetworkTimeoutMs);
    const QDateTime heldUntil = background->heldUntil();
    QVERIFY(heldUntil.isValid());
    QVERIFY(controller->lastSyncResult() != QLatin1String("ok"));
    QVERIFY2(controller->errorString().startsWith(QStringLiteral("The server is busy. The app tries again in ")),
             qPrintable(controller->errorString()));
    QQuickItem* label = ui->find(QStringLiteral("lastSyncLabel"));
    QVERIFY(label);
    QVERIFY2(label->property("text").toString().startsWith(QStringLiteral("Server busy: next try at ")),
             qPrintable(label->property("text").toString()));
    QVERIFY(ui->screenshot(m_artifacts + QStringLiteral("/busy-server-held.png")));

    // A local edit while held back: no sync starts before the Retry-After time.
    const qsizetype dueBefore = static_cast<qsizetype>(due.size());
    controller->notifyLocalEdit();
    held.release();
    QTRY_VERIFY_WITH_TIMEOUT(!controller->syncing() && controller->lastSyncResult() == QLatin1String("ok") &&
                                 controller->retryAt().isEmpty(),
                             kNetworkTimeoutMs);
    QVERIFY(static_cast<qsizetype>(due.size()) > dueBefore);
    for (qsizetype i = dueBefore; i < static_cast<qsizetype>(due.size()); ++i) {
        const auto& d = due[static_cast<std::size_t>(i)];
        QVERIFY2(d.at.addMSecs(50) >= heldUntil,
                 qPrintable(QStringLiteral("a '%1' sync was due at %2, before the hold ended at %3")
                                .arg(d.reason, d.at.toString(Qt::ISODateWithMs), heldUntil.toString(Qt::ISODateWithMs))));
    }
    QCOMPARE(due[static_cast<std::size_t>(dueBefore)].reason, QStringLiteral("retry"));
    QVERIFY(ui->screenshot(m_artifacts + QStringLiteral("/busy-server-after.png")));
    QVERIFY2(QmlWarnings::all().isEmpty(), qPrintable(QmlWarnings::all().join(QLatin1Char('\n'))));
}

CRM_APP_TEST_MAIN(BusyServerTest)
#include "busy_server_test.moc"
