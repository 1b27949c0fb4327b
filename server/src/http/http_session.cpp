#include "http_session.h"

#include "crm/server/live_admission.h"
#include "crm/server/routes.h"
#include "crm/sync/protocol.h"
#include "websocket_session.h"

#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket/rfc6455.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <iostream>
#include <memory>
#include <optional>
#include <variant>

namespace crm::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;

void fail(beast::error_code ec, const char* what) {
    if (ec == asio::error::operation_aborted || ec == beast::error::timeout || ec == asio::error::eof ||
        ec == asio::error::connection_reset)
        return;
    std::cerr << "crm-server: " << what << ": " << ec.message() << '\n';
}

ApiRequest to_api(const http::request<http::string_body>& req) {
    ApiRequest api;
    api.method = std::string(req.method_string());
    api.target = std::string(req.target());
    for (const auto& field : req) {
        std::string name(field.name_string());
        std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
        api.headers[name] = std::string(field.value());
    }
    api.body = req.body();
    return api;
}

class HttpSession : public std::enable_shared_from_this<HttpSession> {
public:
    HttpSession(asio::ip::tcp::socket socket, SessionShared& shared) : stream_(std::move(socket)), shared_(shared) {}

    void run() { asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->do_read(); }); }

private:
    void do_read() {
        parser_.emplace();
        parser_->body_limit(kMaxBodyBytes);
        stream_.expires_after(shared_.timeout);
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
            return send(error_response(413, "payload_too_large",
                                       "the request body is larger than " + std::to_string(kMaxBodyBytes) + " bytes"),
                        false, 11, true);
        }
        if (ec) return fail(ec, "read");
        auto req = parser_->release();
        begin_trace(req);
        if (req.target().substr(0, req.target().find('?')) == sync::kLivePath) return open_live(std::move(req));
        auto api = std::make_shared<ApiRequest>(to_api(req));
        api->remote_address = remote_address();
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
                self->end_trace(101, 0, std::get<LiveScope>(admitted).user_id);
                start_websocket_session(self->stream_.release_socket(), std::move(*req),
                                        std::get<LiveScope>(std::move(admitted)), self->shared_.hub);
            });
        });
    }

    void send(const ApiResponse& api, bool keep_alive, unsigned version, bool drain_after) {
        auto res = std::make_shared<http::response<http::string_body>>(static_cast<http::status>(api.status), version);
        res->set(http::field::server, "crm-server");
        res->set(http::field::content_type, api.content_type);
        res->set("X-Request-Id", trace_.id);
        res->keep_alive(keep_alive);
        for (const auto& [name, value] : api.headers) res->set(name, value);
        res->body() = api.body;
        res->prepare_payload();
        end_trace(api.status, api.body.size(), api.user);
        stream_.expires_after(shared_.timeout);
        http::async_write(stream_, *res, [self = shared_from_this(), res, drain_after](beast::error_code ec, std::size_t) {
            if (ec) return fail(ec, "write");
            if (drain_after) return self->drain();
            if (!res->keep_alive()) return self->do_close();
            self->do_read();
        });
    }

    /// After refusing a request whose body we did not read: stop sending, then discard what the
    /// client still sends, so closing does not reset the connection before it reads our answer.
    void drain() {
        beast::error_code ignored;
        stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
        stream_.expires_after(std::chrono::seconds(5));
        stream_.async_read_some(asio::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return self->stream_.close();
            self->drain_more();
        });
    }

    void drain_more() {
        stream_.async_read_some(asio::buffer(discard_), [self = shared_from_this()](beast::error_code ec, std::size_t) {
            if (ec) return self->stream_.close();
            self->drain_more();
        });
    }

    /// The client's IP address, "" when the socket no longer knows it.
    std::string remote_address() {
        beast::error_code ec;
        const auto endpoint = stream_.socket().remote_endpoint(ec);
        return ec ? std::string() : endpoint.address().to_string();
    }

    void do_close() {
        beast::error_code ignored;
        stream_.socket().shutdown(asio::ip::tcp::socket::shutdown_send, ignored);
    }

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    SessionShared& shared_;
    std::array<char, 16384> discard_{};
    struct {
        std::string id, method, route;
        std::chrono::steady_clock::time_point start;
    } trace_;  ///< of the request being answered (one at a time per connection)
};

}  // namespace

void start_http_session(asio::ip::tcp::socket socket, SessionShared& shared) {
    std::make_shared<HttpSession>(std::move(socket), shared)->run();
}

}  // namespace crm::server
