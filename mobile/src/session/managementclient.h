#pragma once
// Calls crm-server's management endpoints (directory, reports, merges, conflicts, ...) with the
// signed-in session. Each call runs on its own worker thread; the reply comes back on the GUI
// thread. Owned by AppController (`controller.management`); C++ models use it, QML binds `busy`.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include "crm/sync/replica.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>

class QThread;

class ManagementClient : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ManagementClient belongs to AppController: controller.management")
    Q_PROPERTY(int busyCount READ busyCount NOTIFY busyCountChanged)

public:
    /// The outcome of one call. ok(): HTTP 2xx with a JSON body.
    struct Reply {
        int status = 0;            ///< 0: no HTTP answer (unreachable, not signed in)
        nlohmann::json body;       ///< the parsed body (null when not JSON)
        QString errorCode;         ///< "unreachable", "signed_out", or the server's error.code
        QString errorMessage;      ///< for a person, translated where it is the app's own
        int retryAfterSeconds = 0; ///< the answer's Retry-After (429, 503); 0 when none
        bool ok() const { return status >= 200 && status < 300; }
    };
    using Callback = std::function<void(const Reply&)>;

    /// The signed-in session (server, token) at the time of a call; nullopt when signed out.
    using SessionSource = std::function<std::optional<crm::sync::Session>()>;

    ManagementClient(SessionSource session, QObject* parent);
    ~ManagementClient() override;

    /// GET path (with its query, e.g. "/v1/reports/funnel?from=2026-12-01").
    void get(const QString& path, Callback done);
    /// POST path with a JSON body.
    void post(const QString& path, const nlohmann::json& body, Callback done);

    int busyCount() const { return m_busy; }

signals:
    void busyCountChanged();
    /// The server refused the token (401): the owner's sync decides (sign-in page or wipe).
    void unauthorized();

private:
    void send(const QString& method, const QString& path, std::string body, Callback done);

    SessionSource m_session;
    QList<QPointer<QThread>> m_threads;
    int m_busy = 0;
};
