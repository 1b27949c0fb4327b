#pragma once
// Keeps what the user is typing in a form so that nothing is lost on rotation, app kill or a
// refused save: a form saves its fields on every edit and loads them when it opens again.
// Drafts live in "<replica file>.drafts.ini" beside the replica and are wiped with it on sign-out.
// The replica path is given (QML: `replicaPath: controller.replicaPath`), so the store does not
// depend on the controller that wipes it.

#include <QObject>
#include <QString>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DraftStore : public QObject {
    Q_OBJECT
    QML_ELEMENT

    /// The replica file whose drafts these are; nothing is kept while empty.
    Q_PROPERTY(QString replicaPath READ replicaPath WRITE setReplicaPath NOTIFY replicaPathChanged)
    /// The draft's identity, e.g. "visit/<customer id>" or "lead/new".
    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY draftChanged)

public:
    explicit DraftStore(QObject* parent = nullptr);

    QString replicaPath() const { return m_replicaPath; }
    void setReplicaPath(const QString& replicaPath);
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
    void replicaPathChanged();
    void keyChanged();
    void draftChanged();

private:
    QString groupKey() const;
    QString m_replicaPath;
    QString m_key;
};
