#include "session/livepokes.h"

#include "common/jsonvariant.h"

#include "crm/sync/http_transport.h"
#include "crm/sync/live_connection.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLive, "crm.live")

using JsonVariant::toQString;
using JsonVariant::toStd;

LivePokes::LivePokes(QObject* parent) : QObject(parent) {}

LivePokes::~LivePokes() {
    // No signals from here: whoever listens may be half destroyed already.
    ++m_generation;
    if (m_connection) m_connection->stop();
}

template <typename Fn>
void LivePokes::post(std::uint64_t generation, Fn fn) {
    // Queued to this object: Qt drops the call if the object is gone by then, and the
    // generation drops events of a connection that was stopped or replaced meanwhile.
    QMetaObject::invokeMethod(this, [this, generation, fn = std::move(fn)] {
        if (generation == m_generation) fn();
    }, Qt::QueuedConnection);
}

void LivePokes::start(const QString& serverUrl, const QString& token, const QString& caFile) {
    if (m_connection && serverUrl == m_serverUrl && token == m_token && caFile == m_caFile) return;
    stop();
    auto url = crm::sync::parse_server_url(toStd(serverUrl));
    if (!url) {
        qCWarning(lcLive) << "no live pokes:" << toQString(url.error().message);
        return;
    }
    url->ca_file = toStd(caFile);
    m_caFile = caFile;
    m_serverUrl = serverUrl;
    m_token = token;
    const std::uint64_t generation = ++m_generation;
    m_connection = std::make_unique<crm::sync::LiveConnection>(*url, toStd(token));
    // The callbacks run on the connection's thread; stop() joins it before this object goes.
    m_connection->on_poke = [this, generation](std::int64_t cursor) {
        post(generation, [this, cursor] { emit poked(cursor); });
    };
    m_connection->on_state = [this, generation](bool connected, const std::string& message) {
        const QString why = toQString(message);
        post(generation, [this, connected, why] {
            if (!connected) qCInfo(lcLive) << "live channel down:" << why;
            m_connected = connected;
            emit stateChanged(connected);
        });
    };
    m_connection->on_refused = [this, generation](const crm::Error& error) {
        const QString code = toQString(error.code), message = toQString(error.message);
        post(generation, [this, code, message] { emit refused(code, message); });
    };
    m_connection->start();
}

void LivePokes::stop() {
    ++m_generation;
    if (!m_connection) return;
    m_connection->stop();
    m_connection.reset();
    m_serverUrl.clear();
    m_token.clear();
    if (m_connected) {
        m_connected = false;
        emit stateChanged(false);
    }
}
