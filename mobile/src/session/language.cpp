#include "session/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "crm.language")

namespace {

const QString kSystem = QStringLiteral("system");
const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");
const QString kSettingsKey = QStringLiteral("ui/language");

bool isChinese(const QLocale& locale) { return locale.language() == QLocale::Chinese; }

}  // namespace

Language::Language(const QString& settingsPath, QObject* parent) : QObject(parent), m_settingsPath(settingsPath) {
    const QString stored = QSettings(m_settingsPath, QSettings::IniFormat).value(kSettingsKey, kSystem).toString();
    m_choice = (stored == kEnglish || stored == kChinese) ? stored : kSystem;
    apply();
}

Language::~Language() { removeTranslators(); }

QLocale Language::localeFor(const QString& choice) {
    if (choice == kEnglish) return QLocale(QLocale::English, QLocale::UnitedStates);
    if (choice == kChinese) return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    // A system without a locale (LANG=C, containers) gets US English rather than the C locale's
    // programmer formats.
    const QLocale system = QLocale::system();
    return system.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : system;
}

void Language::setChoice(const QString& choice) {
    if (choice != kSystem && choice != kEnglish && choice != kChinese) return;
    if (choice == m_choice) return;
    m_choice = choice;
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(kSettingsKey, m_choice);
    settings.sync();
    apply();
    emit changed();
}

QVariantList Language::choices() const {
    // The system entry names the language it resolves to, so the user knows what they get.
    const QString systemName = isChinese(localeFor(kSystem)) ? QStringLiteral("简体中文") : QStringLiteral("English");
    return {QVariantMap{{QStringLiteral("value"), kSystem},
                        {QStringLiteral("label"), tr("System language (%1)").arg(systemName)}},
            QVariantMap{{QStringLiteral("value"), kEnglish}, {QStringLiteral("label"), QStringLiteral("English")}},
            QVariantMap{{QStringLiteral("value"), kChinese}, {QStringLiteral("label"), QStringLiteral("简体中文")}}};
}

void Language::retranslate(QObject* qmlObject) const {
    if (QQmlEngine* engine = qmlEngine(qmlObject)) engine->retranslate();
}

void Language::removeTranslators() {
    for (QTranslator* translator : std::as_const(m_translators)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_translators.clear();
}

void Language::apply() {
    removeTranslators();
    // Only two UI languages exist: Chinese locales get Simplified Chinese, all others English
    // (with the locale's own date and number formats when the system's language is chosen).
    m_locale = localeFor(m_choice);
    const bool chinese = isChinese(m_locale);
    QLocale::setDefault(m_locale);

    auto install = [this](const QString& name, const QString& dir) {
        auto* translator = new QTranslator;
        if (!translator->load(name, dir)) {
            qCWarning(lcLanguage) << "no translation" << name << "in" << dir;
            delete translator;
            return;
        }
        QCoreApplication::installTranslator(translator);
        m_translators.append(translator);
    };
    // The app's strings; English has its own file for the plural forms ("%n change(s)").
    install(chinese ? QStringLiteral("crm_zh_CN") : QStringLiteral("crm_en"), QStringLiteral(":/i18n"));
    if (chinese) {
        // Qt's own strings (dialog buttons, text field menus) from qt6-translations-l10n.
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        install(QStringLiteral("qtbase_zh_CN"), qtDir);
        install(QStringLiteral("qtdeclarative_zh_CN"), qtDir);
    }
    qCInfo(lcLanguage) << "language" << m_choice << "->" << m_locale.name();
}
