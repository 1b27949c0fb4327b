#include "websocket_session.h"

#include "crm/sync/protocol.h"

#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <iostream>
#include <optional>

namespace crm::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace asio = boost::asio;

void fail(beast::error_code ec, const char* what) {
    if (ec == asio::error::operation_aborted || ec == beast::error::timeout || ec == asio::error::eof ||
        ec == asio::error::connection_reset || ec == websocket::error::closed || ec == asio::error::broken_pipe)
        return;
    std::cerr << "crm-server: live " << what << ": " << ec.message() << '\n';
}

/// Devices send nothing but control frames; anything bigger than this is refused.
constexpr std::size_t kMaxIncomingMessage = 1024;

/// Idle sessions hold only the socket, the stream's small frame buffers and this object: one
/// write in flight at most and one coalesced poke waiting (the highest cursor).
/// Stream: beast::tcp_stream or beast::ssl_stream<beast::tcp_stream>.
template <class Stream>
class WebsocketSession : public LiveSubscriber, public std::enable_shared_from_this<WebsocketSession<Stream>> {
    using std::enable_shared_from_this<WebsocketSession<Stream>>::shared_from_this;
    using std::enable_shared_from_this<WebsocketSession<Stream>>::weak_from_this;

public:
    WebsocketSession(Stream stream, LiveHub& hub, std::shared_ptr<void> slot)
        : ws_(std::move(stream)), hub_(hub), slot_(std::move(slot)) {}
    ~WebsocketSession() override {
        if (handle_) hub_.remove(handle_);
    }

    void run(http::request<http::string_body> request, LiveScope scope) {
        beast::get_lowest_layer(ws_).expires_never();  // the websocket stream's own timeouts apply now
        ws_.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        ws_.set_option(websocket::stream_base::decorator(
            [](websocket::response_type& res) { res.set(http::field::server, "crm-server"); }));
        ws_.read_message_max(kMaxIncomingMessage);
        auto req = std::make_shared<http::request<http::string_body>>(std::move(request));
        hub_.begin_accept();  // a shutdown now waits for this handshake, then closes the session
        ws_.async_accept(*req, [self = shared_from_this(), req, scope = std::move(scope)](beast::error_code ec) mutable {
            self->on_accept(ec, std::move(scope));
        });
    }

    void poke(std::int64_t cursor) override {
        asio::post(ws_.get_executor(), [self = shared_from_this(), cursor] {
            self->pending_ = std::max(self->pending_.value_or(cursor), cursor);
            if (!self->writing_) self->write_next();
        });
    }

    void close(const std::string& code) override {
        asio::post(ws_.get_executor(), [self = shared_from_this(), code] {
            if (self->closing_) return;
            self->closing_ = true;
            self->close_code_ = code;
            if (!self->writing_) self->do_close();
        });
    }

private:
    void on_accept(beast::error_code ec, LiveScope scope) {
        if (ec) {
            hub_.end_accept();
            return fail(ec, "accept");
        }
        open_ = true;
        handle_ = hub_.add(weak_from_this(), std::move(scope));
        do_read();
        if (pending_ && !writing_ && !closing_) write_next();
    }

    void do_read() {
        ws_.async_read(buffer_, [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return self->on_end(ec);
            self->buffer_.consume(self->buffer_.size());  // nothing to read from a device yet
            self->do_read();
        });
    }

    void write_next() {
        if (!open_ || closing_ || !pending_) return;
        out_ = R"({"type":"poke","cursor":)" + std::to_string(*pending_) + "}";
        pending_.reset();
        writing_ = true;
        ws_.text(true);
        ws_.async_write(asio::buffer(out_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
            self->writing_ = false;
            if (ec) return fail(ec, "write");  // the pending read ends the session
            if (self->closing_) return self->do_close();
            self->write_next();
        });
    }

    void do_close() {
        if (!open_) return;
        open_ = false;
        const auto code = close_code_ == sync::kDeactivatedCode ? websocket::close_code::policy_error
                                                                 : websocket::close_code::going_away;
        ws_.async_close(websocket::close_reason(code, close_code_),
                        [self = shared_from_this()](beast::error_code ec) { fail(ec, "close"); });
    }

    void on_end(beast::error_code ec) {
        fail(ec, "read");
        open_ = false;
        if (handle_) hub_.remove(std::exchange(handle_, 0));
    }

    websocket::stream<Stream> ws_;
    beast::flat_buffer buffer_;
    LiveHub& hub_;
    std::uint64_t handle_ = 0;
    std::string out_;
    std::optional<std::int64_t> pending_;
    std::string close_code_;
    std::shared_ptr<void> slot_;  ///< the client address's connection slot, freed with the session
    bool open_ = false;
    bool writing_ = false;
    bool closing_ = false;
};

}  // namespace

std::optional<ApiResponse> websocket_handshake_refusal(const http::request<http::string_body>& request) {
    // The checks of beast::websocket::stream::accept (Boost 1.81) that websocket::is_upgrade,
    // checked before this, does not make.
    if (request.version() != 11) return error_response(400, "bad_request", "the WebSocket upgrade needs HTTP/1.1");
    if (request.find(http::field::host) == request.end())
        return error_response(400, "bad_request", "the WebSocket upgrade needs a Host header");
    const auto key = request[http::field::sec_websocket_key];
    if (key.empty()) return error_response(400, "bad_request", "the WebSocket upgrade needs a Sec-WebSocket-Key");
    if (key.size() > 24)  // base64 of 16 bytes
        return error_response(400, "bad_request", "the Sec-WebSocket-Key is not 16 bytes in base64");
    if (request[http::field::sec_websocket_version] != "13") {
        auto refusal = error_response(426, "upgrade_required", "this server speaks WebSocket version 13 only");
        refusal.headers.emplace_back("Sec-WebSocket-Version", "13");
        return refusal;
    }
    return std::nullopt;
}

void start_websocket_session(beast::tcp_stream stream, http::request<http::string_body> request, LiveScope scope,
                             LiveHub& hub, std::shared_ptr<void> slot) {
    std::make_shared<WebsocketSession<beast::tcp_stream>>(std::move(stream), hub, std::move(slot))
        ->run(std::move(request), std::move(scope));
}

void start_websocket_session(beast::ssl_stream<beast::tcp_stream> stream, http::request<http::string_body> request,
                             LiveScope scope, LiveHub& hub, std::shared_ptr<void> slot) {
    std::make_shared<WebsocketSession<beast::ssl_stream<beast::tcp_stream>>>(std::move(stream), hub, std::move(slot))
        ->run(std::move(request), std::move(scope));
}

}  // namespace crm::server
