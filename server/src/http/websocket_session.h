#pragma once
// One /v1/live WebSocket: registered in the LiveHub, sends pokes, reads only control frames.

#include "crm/server/live_hub.h"

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace crm::server {

/// Accepts the upgrade `request` (already admitted: `scope` is its user's) on `stream` (plain
/// or TLS, taken over from the HTTP session) and serves pokes until either side closes. The
/// session keeps itself alive.
void start_websocket_session(boost::beast::tcp_stream stream,
                             boost::beast::http::request<boost::beast::http::string_body> request, LiveScope scope,
                             LiveHub& hub);
void start_websocket_session(boost::beast::ssl_stream<boost::beast::tcp_stream> stream,
                             boost::beast::http::request<boost::beast::http::string_body> request, LiveScope scope,
                             LiveHub& hub);

}  // namespace crm::server
