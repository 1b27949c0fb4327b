#pragma once
// Keeps what the user is typing in a form so that nothing is lost on rotation, app kill or a
// refused save: a form saves its fields on every edit and loads them when it opens again.
// Drafts live in "<replica file>.drafts.ini" beside the replica and are wiped with it on sign-out.

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class AppController;

class DraftStore : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// The draft's identity, e.g. "visit/<customer id>" or "lead/new".
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY draftChanged)

public:
    explicit DraftStore(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString key() const { return m_key; }
    void setKey(const QString& key);
    bool hasDraft() const;

    /// Stores the fields (flushed to disk at once).
    Q_INVOKABLE void save(const QVariantMap& fields);
    /// The stored fields, or an empty map.
    Q_INVOKABLE QVariantMap load() const;
    /// Forgets the draft (after a successful save of the record).
    Q_INVOKABLE void clear();

    /// The drafts file belonging to a replica file.
    static QString draftsPath(const QString& replicaPath);

signals:
    void controllerChanged();
    void keyChanged();
    void draftChanged();

private:
    QString groupKey() const;
    AppController* m_controller = nullptr;
    QString m_key;
};
