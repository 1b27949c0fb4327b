#include "http_server.h"
#include "http_session.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>

#include <iostream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace crm::server {

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

struct HttpServer::Impl {
    Impl(RequestHandler& handler, HttpServerOptions opts)
        : options(std::move(opts)),
          workers(static_cast<std::size_t>(std::max(1, options.worker_threads))),
          shared{handler, workers, options.timeout},
          acceptor(asio::make_strand(ioc)),
          signals(ioc, SIGINT, SIGTERM) {}

    void accept() {
        acceptor.async_accept(asio::make_strand(ioc), [this](boost::system::error_code ec, tcp::socket socket) {
            if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
            if (ec) {
                std::cerr << "crm-server: accept: " << ec.message() << '\n';
            } else {
                start_http_session(std::move(socket), shared);
            }
            accept();
        });
    }

    void shutdown() {
        asio::post(acceptor.get_executor(), [this] {
            boost::system::error_code ignored;
            acceptor.close(ignored);
            ioc.stop();
        });
    }

    HttpServerOptions options;
    asio::io_context ioc;
    asio::thread_pool workers;
    SessionShared shared;
    tcp::acceptor acceptor;
    asio::signal_set signals;
};

HttpServer::HttpServer(RequestHandler& handler, HttpServerOptions options)
    : impl_(std::make_unique<Impl>(handler, std::move(options))) {}

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
    impl_->accept();
    std::vector<std::thread> threads;
    for (int i = 1; i < std::max(1, impl_->options.io_threads); ++i) threads.emplace_back([this] { impl_->ioc.run(); });
    impl_->ioc.run();
    for (auto& t : threads) t.join();
    impl_->workers.join();
}

void HttpServer::stop() { impl_->shutdown(); }

}  // namespace crm::server
