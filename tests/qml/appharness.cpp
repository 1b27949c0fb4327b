#include "appharness.h"

#include "session/language.h"

#include "quickdriver.h"
#include "session/appcontroller.h"

#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTest>

AppHarness::AppHarness() = default;

AppHarness::~AppHarness() { stop(); }

QString AppHarness::readEnvironment(std::initializer_list<std::pair<const char*, QString*>> names) {
    QStringList missing;
    for (const auto& [name, into] : names) {
        *into = qEnvironmentVariable(name);
        if (into->isEmpty()) missing << QString::fromLatin1(name);
    }
    if (missing.isEmpty()) return {};
    return QStringLiteral("missing environment: %1 (run through tests/qml/run_app_test.sh)")
        .arg(missing.join(QStringLiteral(", ")));
}

QString AppHarness::startInLanguage(const QString& dir, const QString& language, const QString& defaultServerUrl,
                                    bool brokenReplicaIsError) {
    const QString replica = dir + QStringLiteral("/replica.sqlite");
    {
        Language choice(replica + QStringLiteral(".settings.ini"));
        choice.setChoice(language);
    }
    return start(replica, defaultServerUrl, brokenReplicaIsError);
}

QString AppHarness::start(const QString& replicaPath, const QString& defaultServerUrl, bool brokenReplicaIsError) {
    m_controller = std::make_unique<AppController>(replicaPath, defaultServerUrl);
    if (!m_controller->errorString().isEmpty() && brokenReplicaIsError) return m_controller->errorString();
    m_engine = std::make_unique<QQmlApplicationEngine>();
    m_engine->setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(m_controller.get())}});
    m_engine->load(QUrl(QStringLiteral("qrc:/CrmMobile/Main.qml")));
    if (m_engine->rootObjects().isEmpty()) return QStringLiteral("Main.qml did not load");
    m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
    if (!m_window) return QStringLiteral("Main.qml's root is not a window");
    if (!QTest::qWaitForWindowExposed(m_window)) return QStringLiteral("the window was not exposed");
    m_window->requestActivate();
    m_ui = std::make_unique<QuickDriver>(m_window);
    return {};
}

void AppHarness::stop() {
    m_ui.reset();
    m_window = nullptr;
    m_engine.reset();
    m_controller.reset();
}

namespace {
QStringList g_qmlWarnings;
QtMessageHandler g_previousHandler = nullptr;

void collectQmlWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type >= QtWarningMsg && message.contains(QLatin1String("qrc:/CrmMobile/"))) g_qmlWarnings << message;
    if (g_previousHandler) g_previousHandler(type, context, message);
}
}  // namespace

namespace QmlWarnings {
void install() { g_previousHandler = qInstallMessageHandler(collectQmlWarnings); }
void uninstall() { qInstallMessageHandler(g_previousHandler); }
void clear() { g_qmlWarnings.clear(); }
const QStringList& all() { return g_qmlWarnings; }
}  // namespace QmlWarnings
