#pragma once
// One HTTP connection: reads requests (within ConnectionLimits and the body limit), hands each
// to the RequestHandler on the worker pool and writes the response back; an admitted GET
// /v1/live becomes a WebSocket session.

#include "address_slots.h"
#include "connection_limits.h"
#include "crm/server/api/client_address.h"
#include "crm/server/api/request_handler.h"
#include "crm/server/db/pool.h"
#include "crm/server/live/live_hub.h"
#include "crm/server/ops/metrics.h"
#include "request_log.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/thread_pool.hpp>

#include <atomic>

namespace crm::server {

/// What every session shares.
struct SessionShared {
    RequestHandler& handler;
    boost::asio::thread_pool& workers;
    const ConnectionLimits& limits;
    PgPool& pool;  ///< for admitting /v1/live sessions
    LiveHub& hub;  ///< where live sessions register
    Metrics& metrics;
    RequestLog& log;
    std::atomic<int> open_sessions{0};       ///< HTTP sessions (live ones are counted by the hub)
    std::atomic<int> requests_in_flight{0};  ///< read but not yet answered
    std::atomic<bool> stopping{false};       ///< SIGTERM: answer what is in flight, keep nothing alive
    boost::asio::ssl::context* tls = nullptr;  ///< set: every connection is HTTPS / WSS
    const TrustedProxies* trusted_proxies = nullptr;  ///< set: X-Forwarded-For from these peers is believed
    std::shared_ptr<AddressSlots> address_slots = std::make_shared<AddressSlots>();  ///< connections per client address
};

/// Starts serving one accepted connection (over TLS when shared.tls is set); the session keeps itself alive.
/// `slot`: the connection's place in its client address's count (nullptr: not counted).
void start_http_session(boost::asio::ip::tcp::socket socket, SessionShared& shared, std::shared_ptr<void> slot);

/// Answers a connection over the max_connections cap with 503 server_busy and closes it.
void refuse_http_session(boost::asio::ip::tcp::socket socket, SessionShared& shared);

}  // namespace crm::server
