#pragma once
// One /v1/live WebSocket: registered in the LiveHub, sends pokes, reads only control frames.

#include "crm/server/api/request_handler.h"
#include "crm/server/live/live_hub.h"

#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace crm::server {

/// The answer to an upgrade request Beast's WebSocket accept would refuse (with a plain-text
/// body), as a JSON error: no Host, no or too long Sec-WebSocket-Key (400 bad_request), a
/// Sec-WebSocket-Version other than 13 (426 upgrade_required, with "Sec-WebSocket-Version: 13").
/// nullopt when the handshake is acceptable.
std::optional<ApiResponse> websocket_handshake_refusal(
    const boost::beast::http::request<boost::beast::http::string_body>& request);

/// Accepts the upgrade `request` (already admitted: `scope` is its user's) on `stream` (plain
/// or TLS, taken over from the HTTP session) and serves pokes until either side closes. The
/// session keeps itself alive, and `slot` (its client address's connection slot) with it.
void start_websocket_session(boost::beast::tcp_stream stream,
                             boost::beast::http::request<boost::beast::http::string_body> request, LiveScope scope,
                             LiveHub& hub, std::shared_ptr<void> slot);
void start_websocket_session(boost::beast::ssl_stream<boost::beast::tcp_stream> stream,
                             boost::beast::http::request<boost::beast::http::string_body> request, LiveScope scope,
                             LiveHub& hub, std::shared_ptr<void> slot);

}  // namespace crm::server
