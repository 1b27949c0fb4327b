#include "crm/sync/live_connection.h"

#include "crm/sync/protocol.h"
#include "tls_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>

#include <nlohmann/json.hpp>

#include <future>
#include <optional>
#include <random>
#include <thread>
#include <type_traits>
#include <variant>

namespace crm::sync {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace {
/// How long stop() lets a clean close handshake take before dropping the socket.
constexpr auto kCloseGrace = std::chrono::milliseconds(500);

using PlainWebsocket = websocket::stream<beast::tcp_stream>;
using TlsWebsocket = websocket::stream<beast::ssl_stream<beast::tcp_stream>>;
}  // namespace

/// Everything runs on `io`, driven by `thread`; only start()/stop() touch it from outside.
struct LiveConnection::Impl {
    Impl(LiveConnection& owner, ServerUrl url, std::string token, LiveOptions options)
        : owner(owner), url(std::move(url)), token(std::move(token)), options(options), backoff(options.first_backoff) {}

    /// Calls f with the current WebSocket stream (plain or TLS), if there is one.
    template <class F>
    void with_ws(F f) {
        std::visit([&](auto& stream) {
            if constexpr (!std::is_same_v<std::decay_t<decltype(stream)>, std::monostate>) f(stream);
        }, ws);
    }

    void connect() {
        response = {};
        if (!url.tls) {
            ws.emplace<PlainWebsocket>(io);
        } else {
            try {
                if (!tls) tls.emplace(make_client_tls_context(url.ca_file));
            } catch (const std::exception& e) {
                return refuse(Error{"tls", e.what()});
            }
            ws.emplace<TlsWebsocket>(io, *tls);
        }
        with_ws([this](auto& stream) { resolve_and_connect(stream); });
    }

    template <class Ws>
    void resolve_and_connect(Ws& stream) {
        resolver.async_resolve(url.host, url.port, [this, &stream](beast::error_code ec, tcp::resolver::results_type results) {
            if (ec) return retry("cannot resolve " + url.host + ": " + ec.message());
            beast::get_lowest_layer(stream).expires_after(options.connect_timeout);
            beast::get_lowest_layer(stream).async_connect(results, [this, &stream](beast::error_code ec, const tcp::endpoint&) {
                if (ec) return retry("cannot reach the server at " + url.host + ":" + url.port + ": " + ec.message());
                beast::error_code ignored;
                beast::get_lowest_layer(stream).socket().set_option(tcp::no_delay(true), ignored);
                if constexpr (std::is_same_v<Ws, TlsWebsocket>) tls_handshake(stream);
                else handshake(stream);
            });
        });
    }

    /// wss://: verifies the server's certificate before the upgrade.
    void tls_handshake(TlsWebsocket& stream) {
        prepare_client_tls(stream.next_layer(), url.host);
        stream.next_layer().async_handshake(asio::ssl::stream_base::client, [this, &stream](beast::error_code ec) {
            if (ec) return retry("cannot talk to the server at " + url.host + ":" + url.port + ": " +
                                 tls_handshake_error(stream.next_layer(), ec));
            handshake(stream);
        });
    }

    template <class Ws>
    void handshake(Ws& stream) {
        beast::get_lowest_layer(stream).expires_never();  // the websocket timeouts below take over
        websocket::stream_base::timeout timeouts{};
        timeouts.handshake_timeout = options.connect_timeout;
        timeouts.idle_timeout = options.idle_timeout;
        timeouts.keep_alive_pings = true;
        stream.set_option(timeouts);
        stream.set_option(websocket::stream_base::decorator([this](websocket::request_type& req) {
            req.set(http::field::user_agent, "crm-sync/1");
            req.set(kProtocolHeader, std::to_string(kProtocolVersion));
            req.set(http::field::authorization, "Bearer " + token);
        }));
        stream.async_handshake(response, url.host + ":" + url.port, kLivePath, [this, &stream](beast::error_code ec) {
            if (!ec) {
                backoff = options.first_backoff;
                if (owner.on_state) owner.on_state(true, "connected");
                return read(stream);
            }
            const int status = response.result_int();
            if (ec == websocket::error::upgrade_declined && (status == 401 || status == 400))
                return refuse(parse_error_body(response.body(), status));
            retry("the server did not open the live channel: " +
                  (status ? std::to_string(status) + " " + response.body() : ec.message()));
        });
    }

    template <class Ws>
    void read(Ws& stream) {
        stream.async_read(buffer, [this, &stream](beast::error_code ec, std::size_t) {
            if (ec) return on_read_error(stream, ec);
            const auto message = nlohmann::json::parse(beast::buffers_to_string(buffer.data()), nullptr, false);
            buffer.consume(buffer.size());
            if (message.is_object() && message.value("type", "") == "poke" && message.contains("cursor") &&
                message["cursor"].is_number_integer() && owner.on_poke)
                owner.on_poke(message["cursor"].get<std::int64_t>());
            read(stream);
        });
    }

    template <class Ws>
    void on_read_error(Ws& stream, beast::error_code ec) {
        if (stopping) return;
        const std::string reason(stream.reason().reason.data(), stream.reason().reason.size());
        if (ec == websocket::error::closed && reason == kDeactivatedCode)
            return refuse(Error{kDeactivatedCode, "this account was deactivated"});
        std::string why = ec.message();
        if (ec == websocket::error::closed)
            why = "the server closed the live channel" + (reason.empty() ? std::string() : " (" + reason + ")");
        retry(why);
    }

    void refuse(const Error& error) {
        if (owner.on_state) owner.on_state(false, error.message + " (" + error.code + ")");
        if (owner.on_refused) owner.on_refused(error);
    }

    /// Reports the loss and reconnects after the current backoff (with jitter), which doubles.
    void retry(const std::string& why) {
        if (stopping) return;
        if (owner.on_state) owner.on_state(false, why);
        std::uniform_real_distribution<double> jitter(0.8, 1.2);
        timer.expires_after(std::chrono::duration_cast<std::chrono::milliseconds>(backoff * jitter(random)));
        backoff = std::min(backoff * 2, options.max_backoff);
        timer.async_wait([this](beast::error_code ec) {
            if (!ec && !stopping) connect();
        });
    }

    /// On the io thread: cancels everything; a connected socket gets a close frame first.
    void shutdown() {
        stopping = true;
        timer.cancel();
        resolver.cancel();
        with_ws([this](auto& stream) {
            if (!stream.is_open()) return beast::get_lowest_layer(stream).close();
            stream.async_close(websocket::close_code::normal, [](beast::error_code) {});
            timer.expires_after(kCloseGrace);
            timer.async_wait([this, &stream](beast::error_code) { beast::get_lowest_layer(stream).close(); });
        });
    }

    LiveConnection& owner;
    ServerUrl url;
    std::string token;
    LiveOptions options;
    asio::io_context io;
    tcp::resolver resolver{io};
    asio::steady_timer timer{io};
    std::optional<asio::ssl::context> tls;  ///< wss:// only, made on the first connect
    std::variant<std::monostate, PlainWebsocket, TlsWebsocket> ws;
    websocket::response_type response;
    beast::flat_buffer buffer;
    std::chrono::milliseconds backoff;
    std::minstd_rand random{std::random_device{}()};
    bool stopping = false;
    std::thread thread;
    std::future<void> finished;
};

LiveConnection::LiveConnection(ServerUrl url, std::string token, LiveOptions options)
    : impl_(std::make_shared<Impl>(*this, std::move(url), std::move(token), options)) {}

LiveConnection::~LiveConnection() { stop(); }

void LiveConnection::start() {
    if (impl_->thread.joinable()) return;
    std::promise<void> done;
    impl_->finished = done.get_future();
    impl_->thread = std::thread([impl = impl_.get(), done = std::move(done)]() mutable {
        impl->connect();
        try {
            impl->io.run();
        } catch (const std::exception&) {  // a throwing callback ends the connection, not the process
        }
        done.set_value();
    });
}

void LiveConnection::stop() {
    if (!impl_->thread.joinable()) return;
    asio::post(impl_->io, [impl = impl_.get()] { impl->shutdown(); });
    // The close handshake is bounded by kCloseGrace; past a second, stop the loop regardless.
    if (impl_->finished.wait_for(std::chrono::seconds(1)) != std::future_status::ready) impl_->io.stop();
    impl_->thread.join();
}

}  // namespace crm::sync
