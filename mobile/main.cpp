// crm-mobile: wires the controller, the QML engine and the command line together. No app logic.

#include "session/appcontroller.h"
#include "session/language.h"
#include "visits/positionprovider.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTextStream>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(CrmMobilePlugin)

namespace {

QString defaultReplicaPath() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/replica.sqlite");
}

}  // namespace

int main(int argc, char* argv[]) {
    QGuiApplication::setOrganizationName(QStringLiteral("FieldCRM"));
    QGuiApplication::setApplicationName(QStringLiteral("crm-mobile"));
    QGuiApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QStringList arguments;
    for (int i = 0; i < argc; ++i) arguments << QString::fromLocal8Bit(argv[i]);

    // Parsed before the QGuiApplication exists, so --help works without a display.
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Field CRM: the offline-first app for field sales reps."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption replicaOption(QStringLiteral("replica"), QStringLiteral("Local data file (SQLite); default: <app data>/replica.sqlite."),
                                           QStringLiteral("FILE"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Server URL for signing in."),
                                          QStringLiteral("URL"), QStringLiteral("http://127.0.0.1:8080"));
    const QCommandLineOption userOption(QStringLiteral("user"), QStringLiteral("Sign in as LOGIN at start."),
                                        QStringLiteral("LOGIN"));
    const QCommandLineOption passwordOption(QStringLiteral("password-stdin"),
                                            QStringLiteral("Read the password for --user from stdin (one line)."));
    const QCommandLineOption positionOption(
        QStringLiteral("position-source"),
        QStringLiteral("Where check-in positions come from: default (the platform's), none, or nmea:FILE (replays an NMEA log)."),
        QStringLiteral("SPEC"), QStringLiteral("default"));
    const QCommandLineOption languageOption(QStringLiteral("language"),
                                            QStringLiteral("UI language: system, en or zh_CN (kept, like the settings page's choice)."),
                                            QStringLiteral("LANG"));
    const QCommandLineOption caOption(QStringLiteral("ca"),
                                      QStringLiteral("PEM file of the CA that signed an https:// server's certificate "
                                                     "(default: the system's trust store)."),
                                      QStringLiteral("FILE"));
    parser.addOptions({replicaOption, serverOption, userOption, passwordOption, positionOption, languageOption, caOption});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "crm-mobile: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("crm-mobile"))), stdout);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        std::printf("crm-mobile %s\n", qPrintable(QGuiApplication::applicationVersion()));
        return 0;
    }

    if (!PositionProvider::setSourceSpec(parser.value(positionOption))) {
        std::fprintf(stderr, "crm-mobile: --position-source must be default, none or nmea:FILE\n");
        return 2;
    }
    if (parser.isSet(passwordOption) && !parser.isSet(userOption)) {
        std::fprintf(stderr, "crm-mobile: --password-stdin needs --user\n");
        return 2;
    }
    QString caFile;
    if (parser.isSet(caOption)) {
        const QFileInfo ca(parser.value(caOption));
        if (!ca.isFile() || !ca.isReadable()) {
            std::fprintf(stderr, "crm-mobile: --ca %s: no such readable file\n", qPrintable(parser.value(caOption)));
            return 2;
        }
        caFile = ca.absoluteFilePath();
    }
    QString password;
    if (parser.isSet(passwordOption)) password = QTextStream(stdin).readLine();

    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Material"));

    const QString replicaPath = parser.isSet(replicaOption) ? parser.value(replicaOption) : defaultReplicaPath();
    AppController controller(replicaPath, parser.value(serverOption));
    controller.setCaFile(caFile);
    if (parser.isSet(languageOption)) {
        const QString language = parser.value(languageOption);
        controller.language()->setChoice(language);
        if (controller.language()->choice() != language) {
            std::fprintf(stderr, "crm-mobile: --language must be system, en or zh_CN\n");
            return 2;
        }
    }

    QQmlApplicationEngine engine;
    engine.setInitialProperties({{QStringLiteral("controller"), QVariant::fromValue(&controller)}});
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/CrmMobile/Main.qml")));
    if (engine.rootObjects().isEmpty()) return 1;

    if (parser.isSet(userOption) && parser.isSet(passwordOption))
        controller.signIn(parser.value(serverOption), parser.value(userOption), password);
    else if (controller.signedIn())
        controller.syncNow();

    return app.exec();
}
