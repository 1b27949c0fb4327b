#pragma once
// One HTTP connection: reads requests (with a timeout and a body limit), hands each to the
// RequestHandler on the worker pool and writes the response back; an admitted GET /v1/live
// becomes a WebSocket session.

#include "crm/server/live_hub.h"
#include "crm/server/metrics.h"
#include "crm/server/pool.h"
#include "crm/server/request_handler.h"
#include "request_log.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/thread_pool.hpp>

#include <chrono>

namespace crm::server {

/// What every session shares.
struct SessionShared {
    RequestHandler& handler;
    boost::asio::thread_pool& workers;
    std::chrono::seconds timeout;
    PgPool& pool;  ///< for admitting /v1/live sessions
    LiveHub& hub;  ///< where live sessions register
    Metrics& metrics;
    RequestLog& log;
};

/// Starts serving one accepted connection; the session keeps itself alive.
void start_http_session(boost::asio::ip::tcp::socket socket, SessionShared& shared);

}  // namespace crm::server
