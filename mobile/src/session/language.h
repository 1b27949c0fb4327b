#pragma once
// The app's language: follows the system locale unless the user picked English or Simplified
// Chinese in the settings. The choice is kept in "<replica file>.settings.ini" (it survives
// sign-out). Applying a language installs the app's and Qt's translators and makes the
// language's QLocale the default, so Fmt formats dates and numbers for it; the QML root then
// rebuilds its pages (Main.qml) so every string and date on screen follows.

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QTranslator;

class Language : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Language belongs to the AppController (controller.language)")

    /// "system", "en" or "zh_CN".
    Q_PROPERTY(QString choice READ choice WRITE setChoice NOTIFY changed)
    /// The locale in use, e.g. "zh_CN" or "en_US".
    Q_PROPERTY(QString localeName READ localeName NOTIFY changed)
    /// [{value, label}] for the settings page; labels are in their own language.
    Q_PROPERTY(QVariantList choices READ choices NOTIFY changed)

public:
    /// Reads the stored choice from settingsPath and applies it.
    explicit Language(const QString& settingsPath, QObject* parent = nullptr);
    ~Language() override;

    QString choice() const { return m_choice; }
    /// Stores and applies a choice ("system", "en", "zh_CN"); unknown values are ignored.
    void setChoice(const QString& choice);
    QString localeName() const { return m_locale.name(); }
    QVariantList choices() const;

    /// Re-evaluates every qsTr() binding of the engine that created `qmlObject`.
    Q_INVOKABLE void retranslate(QObject* qmlObject) const;

    /// The locale a choice stands for (system: QLocale::system()).
    static QLocale localeFor(const QString& choice);

signals:
    /// The language changed: translators and the default locale are already switched.
    void changed();

private:
    void apply();
    void removeTranslators();

    QString m_settingsPath;
    QString m_choice;
    QLocale m_locale;
    QList<QTranslator*> m_translators;
};
