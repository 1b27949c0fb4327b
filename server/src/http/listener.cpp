#include "http_server.h"
#include "http_session.h"

#include "crm/server/live/live_hub.h"
#include "crm/server/live/live_notify_listener.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>

#include <iostream>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace crm::server {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

/// How long shutdown waits for live sessions to finish their close handshake.
constexpr auto kLiveCloseGrace = std::chrono::seconds(2);

/// True when this many open connections (HTTP sessions and live WebSockets) reach the cap.
bool at_connection_cap(const SessionShared& shared, std::size_t live_sessions) {
    return static_cast<std::size_t>(shared.open_sessions.load()) + live_sessions >=
           static_cast<std::size_t>(std::max(1, shared.limits.max_connections));
}

/// A server TLS context (TLS 1.2 and later) with the certificate chain and key loaded; throws
/// std::runtime_error naming the file that does not load.
std::unique_ptr<asio::ssl::context> make_tls_context(const std::string& cert_file, const std::string& key_file) {
    auto tls = std::make_unique<asio::ssl::context>(asio::ssl::context::tls_server);
    tls->set_options(asio::ssl::context::default_workarounds | asio::ssl::context::no_sslv2 |
                     asio::ssl::context::no_sslv3 | asio::ssl::context::no_tlsv1 | asio::ssl::context::no_tlsv1_1 |
                     asio::ssl::context::single_dh_use);
    boost::system::error_code ec;
    tls->use_certificate_chain_file(cert_file, ec);
    if (ec) throw std::runtime_error("cannot load the TLS certificate '" + cert_file + "': " + ec.message());
    tls->use_private_key_file(key_file, asio::ssl::context::pem, ec);
    if (ec) throw std::runtime_error("cannot load the TLS key '" + key_file + "': " + ec.message());
    return tls;
}

std::string tls_setup_error(const std::string& cert_file, const std::string& key_file) {
    try {
        make_tls_context(cert_file, key_file);
        return "";
    } catch (const std::exception& e) {
        return e.what();
    }
}

struct HttpServer::Impl {
    Impl(RequestHandler& handler, PgPool& db, HttpServerOptions opts, Metrics& metrics, RequestLog& log)
        : options(std::move(opts)),
          pool(db),
          workers(static_cast<std::size_t>(std::max(1, options.worker_threads))),
          shared{handler, workers, options.limits, pool, hub, metrics, log},
          acceptor(asio::make_strand(ioc)),
          signals(ioc, SIGINT, SIGTERM),
          stop_timer(acceptor.get_executor()),
          notices(pool.conninfo(), {[this](const ChangeNotice& n) { on_notice(n); },
                                    [this](std::int64_t seq) { hub.poke_all(seq); }}) {
        shared.trusted_proxies = &options.trusted_proxies;
        if (!options.tls_cert.empty()) {
            tls = make_tls_context(options.tls_cert, options.tls_key);
            shared.tls = tls.get();
        }
    }

    void on_notice(const ChangeNotice& notice) {
        hub.dispatch(notice);
        if (!notice.scope_owner_ids.empty()) return;
        // A company-wide notice may be an org change: recompute who sees whom, off the io threads.
        // A burst of them needs one refresh queued (the flag drops as it starts, so none is missed).
        {
            std::lock_guard lock(refresh_mutex);
            if (!refresh_pending.insert(notice.company).second) return;
        }
        asio::post(workers, [this, company = notice.company] {
            {
                std::lock_guard lock(refresh_mutex);
                refresh_pending.erase(company);
            }
            try {
                auto conn = pool.acquire();
                refresh_live_scopes(hub, *conn, company);
            } catch (const std::exception& e) {
                std::cerr << "crm-server: live scope refresh failed: " << e.what() << '\n';
            }
        });
    }

    /// Serves an accepted connection, or answers 503 when the server or its client address holds
    /// all it may: one address may not take every connection (a trusted proxy, which speaks for
    /// many clients, is not counted).
    void serve(tcp::socket socket) {
        if (at_connection_cap(shared, hub.size())) return refuse_http_session(std::move(socket), shared);
        AddressSlots::Slot slot;
        boost::system::error_code ec;
        const auto peer = socket.remote_endpoint(ec);
        const std::string address = ec ? std::string() : peer.address().to_string();
        if (!address.empty() && !(shared.trusted_proxies && shared.trusted_proxies->contains(address))) {
            slot = shared.address_slots->claim(address, shared.limits.max_connections_per_address);
            if (!slot) return refuse_http_session(std::move(socket), shared);
        }
        start_http_session(std::move(socket), shared, std::move(slot));
    }

    void accept() {
        acceptor.async_accept(asio::make_strand(ioc), [this](boost::system::error_code ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
            if (ec) {
                std::cerr << "crm-server: accept: " << ec.message() << '\n';
            } else {
                // Small JSON answers and pokes must not wait for Nagle + delayed ACK.
                boost::system::error_code ignored;
                socket.set_option(tcp::no_delay(true), ignored);
                serve(std::move(socket));
            }
            accept();
        });
    }

    void shutdown() {
        asio::post(acceptor.get_executor(), [this] {
            if (stopping) return;
            stopping = true;
            shared.stopping = true;
            boost::system::error_code ignored;
            acceptor.close(ignored);
            signals.cancel(ignored);
            hub.close_all();
            const auto now = std::chrono::steady_clock::now();
            live_deadline = now + kLiveCloseGrace;
            drain_deadline = now + options.limits.shutdown_grace;
            stop_when_closed();
        });
    }

    /// Stops the io_context once every live session has closed (or at its deadline) and every
    /// request already read has been answered (or at the shutdown grace).
    void stop_when_closed() {
        const auto now = std::chrono::steady_clock::now();
        const bool live_done = hub.size() == 0 || now >= live_deadline;
        const bool requests_done = shared.requests_in_flight.load() == 0 || now >= drain_deadline;
        if (live_done && requests_done) {
            if (shared.requests_in_flight.load() > 0)
                std::cerr << "crm-server: shutdown grace over; " << shared.requests_in_flight.load()
                          << " requests left unanswered\n";
            return ioc.stop();
        }
        stop_timer.expires_after(std::chrono::milliseconds(20));
        stop_timer.async_wait([this](boost::system::error_code) { stop_when_closed(); });
    }

    HttpServerOptions options;
    std::unique_ptr<asio::ssl::context> tls;  ///< set when serving HTTPS
    PgPool& pool;
    LiveHub hub;
    asio::io_context ioc;
    asio::thread_pool workers;
    SessionShared shared;
    tcp::acceptor acceptor;
    asio::signal_set signals;
    asio::steady_timer stop_timer;
    std::chrono::steady_clock::time_point live_deadline;   ///< for live sessions' close handshakes
    std::chrono::steady_clock::time_point drain_deadline;  ///< for requests in flight
    bool stopping = false;
    std::mutex refresh_mutex;
    std::set<std::int64_t> refresh_pending;  ///< companies with a scope refresh queued
    NotifyListener notices;  // last: stopped first, before what its callbacks use
};

HttpServer::HttpServer(RequestHandler& handler, PgPool& pool, HttpServerOptions options, Metrics& metrics,
                       RequestLog& log)
    : impl_(std::make_unique<Impl>(handler, pool, std::move(options), metrics, log)) {
    metrics.set_live_devices([this] { return impl_->hub.connected(); });
    metrics.set_pool_stats([this] { return impl_->pool.stats(); });
}

HttpServer::~HttpServer() = default;

std::string HttpServer::listen() {
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(impl_->options.host, ec);
    if (ec) throw std::runtime_error("bad listen address '" + impl_->options.host + "': " + ec.message());
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(std::stoi(impl_->options.port)));
    auto& acceptor = impl_->acceptor;
    acceptor.open(endpoint.protocol(), ec);
    if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec) acceptor.bind(endpoint, ec);
    if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec) throw std::runtime_error("cannot listen on " + impl_->options.host + ":" + impl_->options.port + ": " +
                                     ec.message());
    const auto bound = acceptor.local_endpoint();
    const std::string host = bound.address().is_v6() ? "[" + bound.address().to_string() + "]" : bound.address().to_string();
    return host + ":" + std::to_string(bound.port());
}

void HttpServer::run() {
    impl_->signals.async_wait([this](boost::system::error_code ec, int) {
        if (!ec) stop();
    });
    if (!impl_->notices.start())
        std::cerr << "crm-server: warning: not listening for change notices yet (retrying); live pokes wait for it\n";
    impl_->accept();
    std::vector<std::thread> threads;
    for (int i = 1; i < std::max(1, impl_->options.io_threads); ++i) threads.emplace_back([this] { impl_->ioc.run(); });
    impl_->ioc.run();
    for (auto& t : threads) t.join();
    impl_->notices.stop();
    impl_->workers.join();
}

void HttpServer::stop() { impl_->shutdown(); }

}  // namespace crm::server
