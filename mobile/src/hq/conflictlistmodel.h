#pragma once
// The server's conflict log for managers and headquarters (GET /v1/conflicts): both values of
// each merge, who wrote them and when; re-apply the losing value or dismiss. Online only: the
// log lives on the server.

#include <QAbstractListModel>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "session/managementclient.h"

#include <nlohmann/json.hpp>

class AppController;
Q_MOC_INCLUDE("session/appcontroller.h")

class ConflictListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(AppController* controller READ controller WRITE setController NOTIFY controllerChanged)
    /// "open" (default), "resolved" or "all".
    Q_PROPERTY(QString status READ status WRITE setStatus NOTIFY statusChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    /// Why the list or the last action failed, in words ("" when fine).
    Q_PROPERTY(QString errorString READ errorString NOTIFY errorStringChanged)
    /// The list needs the server: true when the last load could not reach it.
    Q_PROPERTY(bool offline READ offline NOTIFY errorStringChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1, EntityRole, EntityLabelRole, RecordIdRole, TitleRole, FieldRole,
        FieldLabelRole, WinningValueRole, WinningAuthorRole, WinningAtRole, LosingValueRole, LosingAuthorRole,
        LosingAtRole, LosingDeviceRole, ResolvedRole, ResolutionRole, ResolvedByRole, RecordDeletedRole
    };

    explicit ConflictListModel(QObject* parent = nullptr);

    AppController* controller() const { return m_controller; }
    void setController(AppController* controller);
    QString status() const { return m_status; }
    void setStatus(const QString& status);
    bool loading() const { return m_loading; }
    QString errorString() const { return m_error; }
    bool offline() const { return m_offline; }
    int count() const { return static_cast<int>(m_rows.size()); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    /// Writes the losing value back as the caller's change (then refreshes and syncs).
    Q_INVOKABLE void reapply(qint64 conflictId);
    Q_INVOKABLE void dismiss(qint64 conflictId);
    /// The row as a map of role names (for the detail pane).
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void controllerChanged();
    void statusChanged();
    void loadingChanged();
    void errorStringChanged();
    void countChanged();
    /// An action succeeded; `message` says what happened, for a person.
    void actionDone(const QString& message);

private:
    void setLoading(bool loading);
    void setError(const QString& error, bool offline);
    void act(const QString& path, qint64 conflictId, const QString& done);
    /// Ends a call: not loading, the error (if any) shown; true when the reply is a success.
    bool settle(const ManagementClient::Reply& reply);

    QPointer<AppController> m_controller;
    QString m_status = QStringLiteral("open");
    bool m_loading = false;
    bool m_offline = false;
    QString m_error;
    std::vector<nlohmann::json> m_rows;
    int m_generation = 0;  ///< answers of an older refresh are dropped
};
