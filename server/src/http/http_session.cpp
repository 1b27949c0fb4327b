#include "http_session.h"

#include "crm/server/api/routes.h"
#include "crm/server/live/live_admission.h"
#include "crm/sync/protocol.h"
#include "websocket_session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <iostream>
#include <memory>
#include <optional>
#include <type_traits>
#include <variant>

namespace crm::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;

void fail(beast::error_code ec, const char* what) {
    // The client's doing (gone, slow, or hung up halfway through a request), not the server's.
    if (ec == asio::error::operation_aborted || ec == beast::error::timeout || ec == asio::error::eof ||
        ec == asio::error::connection_reset || ec == http::error::partial_message)
        return;
    std::cerr << "crm-server: " << what << ": " << ec.message() << '\n';
}

/// A request the parser refused as not HTTP/1.1 (rather than one cut short, timed out or over a limit).
bool is_malformed_request(beast::error_code ec) {
    if (ec.category() != beast::error_code(http::error::bad_method).category()) return false;
    return ec != http::error::end_of_stream && ec != http::error::partial_message && ec != http::error::need_more &&
           ec != http::error::body_limit && ec != http::error::header_limit && ec != http::error::buffer_overflow;
}

ApiRequest to_api(const http::request<http::string_body>& req) {
    ApiRequest api;
    api.method = std::string(req.method_string());
    api.target = std::string(req.target());
    for (const auto& field : req) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        // A repeated header is one comma-separated list (RFC 9110 5.3), e.g. X-Forwarded-For.
        auto [it, added] = api.headers.emplace(name, std::string(field.value()));
        if (!added) it->second += ", " + std::string(field.value());
    }
    api.body = req.body();
    return api;
}

std::string header_value(const ApiRequest& api, const std::string& name) {
    auto it = api.headers.find(name);
    return it == api.headers.end() ? std::string() : it->second;
}

/// Seconds a client refused for load should wait before trying again.
constexpr int kBusyRetryAfterSeconds = 1;

using TlsStream = beast::ssl_stream<beast::tcp_stream>;

/// One implementation for both: Stream is beast::tcp_stream (plain HTTP) or TlsStream (HTTPS,
/// the TLS handshake first).
template <class Stream>
class HttpSession : public std::enable_shared_from_this<HttpSession<Stream>> {
    static constexpr bool kTls = std::is_same_v<Stream, TlsStream>;
    using std::enable_shared_from_this<HttpSession<Stream>>::shared_from_this;

public:
    HttpSession(Stream stream, SessionShared& shared, bool counted, std::shared_ptr<void> slot = nullptr)
        : stream_(std::move(stream)), shared_(shared), counted_(counted), slot_(std::move(slot)) {
        if (counted_) ++shared_.open_sessions;
    }
    ~HttpSession() {
        set_in_flight(false);
        if (counted_) --shared_.open_sessions;
    }

    void run() {
        asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
            self->handshake([self] { self->do_read(); });
        });
    }

    /// Over the connection cap: one 503 and close, reading nothing.
    void refuse() {
        asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
            self->handshake([self] { self->send_busy(); });
        });
    }

private:
    /// HTTPS: the TLS handshake (within request_timeout), then `next`; plain HTTP: `next` at once.
    template <class Next>
    void handshake(Next next) {
        if constexpr (kTls) {
            lowest().expires_after(shared_.limits.request_timeout);
            stream_.async_handshake(asio::ssl::stream_base::server, [next](beast::error_code ec) {
                if (ec) return fail(ec, "TLS handshake");
                next();
            });
        } else {
            next();
        }
    }

    void send_busy() {
        begin_unparsed_trace();  // logged and measured like any answer: an id, route "unknown", its own duration
        auto busy = error_response(503, "server_busy", "the server has too many open connections; try again shortly");
        busy.headers.emplace_back("Retry-After", std::to_string(kBusyRetryAfterSeconds));
        send(busy, false, 11, true);
    }

    beast::tcp_stream& lowest() { return beast::get_lowest_layer(stream_); }

    /// Waits for the next request: up to idle_timeout for its first byte on a kept-alive
    /// connection, then up to request_timeout for the whole of it.
    void do_read() {
        parser_.emplace();
        parser_->body_limit(kMaxBodyBytes);
        parser_->header_limit(static_cast<std::uint32_t>(shared_.limits.max_header_bytes));
        if (requests_served_ == 0 || buffer_.size() > 0) return read_request();
        lowest().expires_after(shared_.limits.idle_timeout);
        stream_.async_read_some(buffer_.prepare(4096), [self = shared_from_this()](beast::error_code ec, std::size_t n) {
            if (ec) return fail(ec, "read");
            self->buffer_.commit(n);
            self->read_request();
        });
    }

    void read_request() {
        lowest().expires_after(shared_.limits.request_timeout);
        http::async_read(stream_, buffer_, *parser_,
                         [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_read(ec); });
    }

    /// Starts timing and naming the request whose header has been read.
    void begin_trace(const http::request<http::string_body>& req) {
        trace_.start = std::chrono::steady_clock::now();
        trace_.method = std::string(req.method_string());
        trace_.route = route_name(std::string_view(req.target().data(), req.target().size()));
        auto id = req.find("x-request-id");
        trace_.id = request_id_from(id == req.end() ? std::string() : std::string(id->value()));
    }

    /// Starts timing a request refused before its header could be read (no method, route or id).
    void begin_unparsed_trace() {
        trace_.start = std::chrono::steady_clock::now();
        trace_.method.clear();
        trace_.route = route_name("");
        trace_.id = request_id_from("");
    }

    /// Logs and counts the request being answered.
    void end_trace(int status, std::size_t bytes, const std::string& user) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - trace_.start).count();
        shared_.metrics.record_request(trace_.route, status, seconds);
        shared_.log.write({trace_.id, user, trace_.method, trace_.route, status, seconds * 1000, bytes});
    }

    void on_read(beast::error_code ec) {
        if (ec == http::error::end_of_stream) return do_close();
        if (ec == http::error::body_limit) {
            begin_trace(parser_->get());
            set_in_flight(true);
            return send(error_response(413, "payload_too_large",
                                       "the request body is larger than " + std::to_string(kMaxBodyBytes) + " bytes"),
                        false, 11, true);
        }
        if (ec == http::error::header_limit) {
            begin_unparsed_trace();
            set_in_flight(true);
            return send(error_response(431, "headers_too_large",
                                       "the request line and headers are larger than " +
                                           std::to_string(shared_.limits.max_header_bytes) + " bytes"),
                        false, 11, true);
        }
        if (is_malformed_request(ec)) {
            // Answered, not just dropped: the client (or a proxy in front) learns why, and the
            // request log has the line instead of stderr.
            begin_unparsed_trace();
            set_in_flight(true);
            return send(error_response(400, "bad_request", "the request is not valid HTTP/1.1 (" + ec.message() +
                                                               "); the connection is closed"),
                        false, 11, true);
        }
        if (ec) return fail(ec, "read");
        set_in_flight(true);
        ++requests_served_;
        auto req = parser_->release();
        begin_trace(req);
        if (req.target().substr(0, req.target().find('?')) == sync::kLivePath) return open_live(std::move(req));
        auto api = std::make_shared<ApiRequest>(to_api(req));
        api->remote_address = client_address(remote_address(), header_value(*api, "x-forwarded-for"),
                                             *shared_.trusted_proxies);
        const bool keep_alive = req.keep_alive();
        const unsigned version = req.version();
        asio::post(shared_.workers, [self = shared_from_this(), api, keep_alive, version] {
            auto response = self->shared_.handler.handle(*api);
            asio::post(self->stream_.get_executor(), [self, response = std::move(response), keep_alive, version] {
                self->send(response, keep_alive, version, false);
            });
        });
    }

    /// GET /v1/live: the API's checks as plain HTTP answers, then the WebSocket upgrade.
    void open_live(http::request<http::string_body> request) {
        auto req = std::make_shared<http::request<http::string_body>>(std::move(request));
        if (req->method() != http::verb::get)
            return send(error_response(405, "method_not_allowed", "use GET for " + std::string(sync::kLivePath)),
                        req->keep_alive(), req->version(), false);
        asio::post(shared_.workers, [self = shared_from_this(), req] {
            auto admitted = admit_live(self->shared_.pool, to_api(*req));
            asio::post(self->stream_.get_executor(), [self, req, admitted = std::move(admitted)]() mutable {
                if (auto* refused = std::get_if<ApiResponse>(&admitted))
                    return self->send(*refused, req->keep_alive(), req->version(), false);
                if (!beast::websocket::is_upgrade(*req))
                    return self->send(error_response(426, "upgrade_required",
                                                     std::string(sync::kLivePath) + " is a WebSocket: send an upgrade request"),
                                      req->keep_alive(), req->version(), false);
                if (auto refusal = websocket_handshake_refusal(*req))
                    return self->send(*refusal, req->keep_alive(), req->version(), false);
                self->end_trace(101, 0, std::get<LiveScope>(admitted).user_id);
                self->set_in_flight(false);
                start_websocket_session(std::move(self->stream_), std::move(*req),
                                        std::get<LiveScope>(std::move(admitted)), self->shared_.hub,
                                        std::move(self->slot_));
            });
        });
    }

    /// Writes one answer; the connection stays open for the next request only when the client
    /// wants that, the per-connection request cap is not reached and the server is not stopping.
    void send(const ApiResponse& api, bool keep_alive, unsigned version, bool drain_after) {
        auto res = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(api.status), version);
        res->set(http::field::server, "crm-server");
        res->set(http::field::content_type, api.content_type);
        res->set("X-Request-Id", trace_.id);
        for (const auto& [name, value] : api.headers) res->set(name, value);
        res->keep_alive(keep_alive && requests_served_ < shared_.limits.max_requests_per_connection &&
                        !shared_.stopping);
        res->body() = api.body;
        res->prepare_payload();
        end_trace(api.status, api.body.size(), api.user);
        lowest().expires_after(shared_.limits.request_timeout);
        http::async_write(stream_, *res, [self = shared_from_this(), res, drain_after](beast::error_code ec, std::size_t) {
            self->set_in_flight(false);
            if (ec) return fail(ec, "write");
            // Closing: a lingering close, so pipelined requests we will not answer cannot reset
            // the connection before the client has read this answer.
            if (drain_after || !res->keep_alive()) return self->drain();
            self->do_read();
        });
    }

    /// Counts this session's request in SessionShared::requests_in_flight while it is one.
    void set_in_flight(bool busy) {
        if (busy == in_flight_) return;
        in_flight_ = busy;
        if (busy) ++shared_.requests_in_flight;
        else --shared_.requests_in_flight;
    }

    /// After the last answer (e.g. refusing a request whose body we did not read): stop sending,
    /// then discard what the client still sends, so closing does not reset the connection
    /// before it reads our answer.
    void drain() {
        lowest().expires_after(std::chrono::seconds(5));
        close_tls_then([self = shared_from_this()] {
            beast::error_code ignored;
            self->lowest().socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
            self->drain_more();
        });
    }

    /// HTTPS: TLS close_notify first (and the client's, or whatever ends the wait), so the
    /// client can tell the end of the answer from a cut connection; then `next`.
    template <class Next>
    void close_tls_then(Next next) {
        if constexpr (kTls) {
            stream_.async_shutdown([self = shared_from_this(), next](beast::error_code) { next(); });
        } else {
            next();
        }
    }

    void drain_more() {
        lowest().async_read_some(asio::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return self->lowest().close();
            self->drain_more();
        });
    }

    /// The client's IP address, "" when the socket no longer knows it.
    std::string remote_address() {
        beast::error_code ec;
        const auto endpoint = lowest().socket().remote_endpoint(ec);
        return ec ? std::string() : endpoint.address().to_string();
    }

    void do_close() {
        lowest().expires_after(std::chrono::seconds(5));
        close_tls_then([self = shared_from_this()] {
            beast::error_code ignored;
            self->lowest().socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
        });
    }

    Stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    SessionShared& shared_;
    const bool counted_;       ///< counted in SessionShared::open_sessions (refused ones are not)
    int requests_served_ = 0;  ///< requests read on this connection
    bool in_flight_ = false;
    std::array<char, 16384> discard_{};
    struct {
        std::string id, method, route;
        std::chrono::steady_clock::time_point start;
    } trace_;  ///< of the request being answered (one at a time per connection)
    std::shared_ptr<void> slot_;  ///< the client address's connection slot (AddressSlots), if counted
};

}  // namespace

void start_http_session(asio::ip::tcp::socket socket, SessionShared& shared, std::shared_ptr<void> slot) {
    if (shared.tls)
        std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *shared.tls), shared, true, std::move(slot))->run();
    else
        std::make_shared<HttpSession<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), shared, true, std::move(slot))->run();
}

void refuse_http_session(asio::ip::tcp::socket socket, SessionShared& shared) {
    if (shared.tls) std::make_shared<HttpSession<TlsStream>>(TlsStream(std::move(socket), *shared.tls), shared, false)->refuse();
    else std::make_shared<HttpSession<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), shared, false)->refuse();
}

}  // namespace crm::server
