#include "session/managementclient.h"

#include "crm/sync/http_transport.h"
#include "crm/sync/protocol.h"
#include "crm/sync/replica.h"

#include <QCoreApplication>
#include <QThread>

namespace {

ManagementClient::Reply failure(QString code, QString message) {
    ManagementClient::Reply reply;
    reply.errorCode = std::move(code);
    reply.errorMessage = std::move(message);
    return reply;
}

/// What the worker thread needs: copies, so the GUI thread's Replica is never touched there.
struct Call {
    crm::sync::ServerUrl url;
    crm::sync::HttpRequest request;
};

ManagementClient::Reply perform(const Call& call) {
    try {
        crm::sync::HttpTransport transport(call.url, std::chrono::seconds(30));
        auto response = transport.send(call.request);
        if (!response)
            return failure(QString::fromStdString(response.error().code),
                           QCoreApplication::translate("ManagementClient", "Cannot reach the server: %1")
                               .arg(QString::fromStdString(response.error().message).section(QStringLiteral(" ["), 0, 0)));
        ManagementClient::Reply reply;
        reply.status = response->status;
        reply.retryAfterSeconds = response->retry_after_seconds.value_or(0);
        reply.body = nlohmann::json::parse(response->body, nullptr, false);
        if (reply.body.is_discarded()) reply.body = nullptr;
        if (!reply.ok()) {
            const auto& error = reply.body.is_object() ? reply.body.value("error", nlohmann::json::object())
                                                       : nlohmann::json::object();
            reply.errorCode = QString::fromStdString(error.value("code", std::string("http_") + std::to_string(reply.status)));
            reply.errorMessage = QString::fromStdString(
                error.value("message", "the server answered HTTP " + std::to_string(reply.status)));
        } else if (reply.body.is_null()) {
            return failure(QStringLiteral("bad_response"),
                           QCoreApplication::translate("ManagementClient", "The server sent an unreadable answer."));
        }
        return reply;
    } catch (const std::exception& e) {
        return failure(QStringLiteral("internal"), QString::fromUtf8(e.what()));
    }
}

}  // namespace

ManagementClient::ManagementClient(SessionSource session, QObject* parent) : QObject(parent), m_session(std::move(session)) {}

ManagementClient::~ManagementClient() {
    for (const auto& thread : std::as_const(m_threads)) {
        if (!thread) continue;
        thread->wait();
        delete thread.data();
    }
}

void ManagementClient::get(const QString& path, Callback done) { send(QStringLiteral("GET"), path, {}, std::move(done)); }

void ManagementClient::post(const QString& path, const nlohmann::json& body, Callback done) {
    send(QStringLiteral("POST"), path, body.dump(), std::move(done));
}

void ManagementClient::send(const QString& method, const QString& path, std::string body, Callback done) {
    const auto session = m_session ? m_session() : std::nullopt;
    if (!session) {
        done(failure(QStringLiteral("signed_out"), tr("Not signed in.")));
        return;
    }
    auto url = crm::sync::parse_server_url(session->server_url);
    if (!url) {
        done(failure(QStringLiteral("invalid"), QString::fromStdString(url.error().message)));
        return;
    }
    url->ca_file = session->ca_file;
    Call call{*url, crm::sync::HttpRequest{method.toStdString(), path.toStdString(), std::move(body), session->token}};
    ++m_busy;
    emit busyCountChanged();
    QPointer<ManagementClient> self(this);
    QThread* thread = QThread::create([call = std::move(call), done = std::move(done), self] {
        const Reply reply = perform(call);
        // Queued to the GUI thread (qApp lives there); dropped if the client is gone by then.
        QMetaObject::invokeMethod(
            qApp,
            [self, done, reply] {
                if (!self) return;
                --self->m_busy;
                emit self->busyCountChanged();
                if (reply.status == 401) emit self->unauthorized();
                done(reply);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(nullptr);
    m_threads.append(thread);
    thread->start();
}
