#pragma once
// Live pokes for the app: wraps crm::sync::LiveConnection (a WebSocket to /v1/live on a thread
// of its own) and hands its events to the GUI thread as signals.

#include <QObject>
#include <QString>

#include <cstdint>
#include <memory>

namespace crm::sync {
class LiveConnection;
}

class LivePokes : public QObject {
    Q_OBJECT

public:
    explicit LivePokes(QObject* parent = nullptr);
    ~LivePokes() override;

    /// Connects to serverUrl's live channel with the session token; restarts when either changed.
    /// caFile verifies a wss:// server ("" = the system's store).
    void start(const QString& serverUrl, const QString& token, const QString& caFile = {});
    /// Closes the channel (joins its thread); no signal follows.
    void stop();
    bool running() const { return bool(m_connection); }
    bool connected() const { return m_connected; }

signals:
    /// New data is visible up to server sequence `cursor`.
    void poked(qint64 cursor);
    /// The channel came up (a first connect or a reconnect: pokes may have been missed) or
    /// went down (it reconnects by itself with backoff).
    void stateChanged(bool connected);
    /// The server refused the token (unauthorized / account_deactivated); no retries follow.
    void refused(const QString& code, const QString& message);

private:
    /// Runs fn on the GUI thread unless the connection it came from was stopped meanwhile.
    template <typename Fn>
    void post(std::uint64_t generation, Fn fn);

    std::unique_ptr<crm::sync::LiveConnection> m_connection;
    QString m_serverUrl;
    QString m_token;
    QString m_caFile;
    bool m_connected = false;
    std::uint64_t m_generation = 0;  ///< bumped by every start/stop
};
