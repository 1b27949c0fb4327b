#pragma once
// The app as the QML flow tests run it: an AppController over a replica file, the real Main.qml
// in a QQmlApplicationEngine (offscreen unless a display is given), and a QuickDriver on its window.

#include <QString>
#include <QStringList>

#include <memory>

class AppController;
class QQmlApplicationEngine;
class QQuickWindow;
class QuickDriver;

class AppHarness {
public:
    AppHarness();
    ~AppHarness();

    /// Reads the named environment variables into the given strings; "" when all are set, else
    /// "missing environment: NAMES (run through tests/qml/run_app_test.sh)".
    static QString readEnvironment(std::initializer_list<std::pair<const char*, QString*>> names);

    /// Creates the controller and loads Main.qml; "" on success, else what went wrong (a data
    /// file the controller cannot open counts only when `brokenReplicaIsError`).
    QString start(const QString& replicaPath, const QString& defaultServerUrl, bool brokenReplicaIsError = true);
    /// start() on DIR/replica.sqlite with the app's language set to `language` beforehand.
    QString startInLanguage(const QString& dir, const QString& language, const QString& defaultServerUrl,
                            bool brokenReplicaIsError = true);
    /// Closes the window, the engine and the controller (in that order).
    void stop();

    AppController* controller() const { return m_controller.get(); }
    QQuickWindow* window() const { return m_window; }
    QuickDriver* ui() const { return m_ui.get(); }

private:
    std::unique_ptr<AppController> m_controller;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<QuickDriver> m_ui;
};

/// The warnings the app's own QML (qrc:/CrmMobile/) printed since the last clear(); the flow
/// tests fail on any. install() chains the previous message handler, uninstall() restores it.
namespace QmlWarnings {
void install();
void uninstall();
void clear();
const QStringList& all();
}  // namespace QmlWarnings

/// main() of a QML flow test: offscreen unless a display is set, Material style, run the test.
#define CRM_APP_TEST_MAIN(TestClass)                                                          \
    int main(int argc, char* argv[]) {                                                        \
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY")) \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                          \
        QGuiApplication app(argc, argv);                                                      \
        QQuickStyle::setStyle(QStringLiteral("Material"));                                    \
        TestClass test;                                                                       \
        return QTest::qExec(&test, argc, argv);                                               \
    }
