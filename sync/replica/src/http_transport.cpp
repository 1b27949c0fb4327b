#include "crm/sync/http_transport.h"

#include "crm/sync/protocol.h"
#include "tls_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace crm::sync {

namespace beast = boost::beast;
namespace http = beast::http;
using tcp = boost::asio::ip::tcp;

Result<ServerUrl> parse_server_url(const std::string& url) {
    const bool tls = url.rfind("https://", 0) == 0;
    if (!tls && url.rfind("http://", 0) != 0)
        return Error{"invalid", "server URL must start with http:// or https:// (got '" + url + "')"};
    std::string rest = url.substr(tls ? 8 : 7);
    if (auto slash = rest.find('/'); slash != std::string::npos) {
        if (rest.find_first_not_of('/', slash) != std::string::npos)
            return Error{"invalid", "server URL must not have a path (got '" + url + "')"};
        rest.resize(slash);
    }
    std::string host = rest;
    std::string port = tls ? "443" : "80";
    if (!rest.empty() && rest.front() == '[') {
        const auto close = rest.find(']');
        if (close == std::string::npos) return Error{"invalid", "server URL has an unclosed [ in '" + url + "'"};
        host = rest.substr(1, close - 1);
        if (close + 1 < rest.size()) {
            if (rest[close + 1] != ':') return Error{"invalid", "bad server URL '" + url + "'"};
            port = rest.substr(close + 2);
        }
    } else if (auto colon = rest.rfind(':'); colon != std::string::npos) {
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
    }
    if (host.empty()) return Error{"invalid", "server URL has no host: '" + url + "'"};
    if (port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
        std::stoi(port) == 0 || std::stoi(port) > 65535)
        return Error{"invalid", "server URL has a bad port: '" + url + "'"};
    return ServerUrl{host, port, tls, ""};
}

namespace {

/// One request and its answer on a connected stream (plain or TLS).
template <class Stream>
HttpResponse exchange(Stream& stream, const ServerUrl& url, const HttpRequest& request, std::chrono::milliseconds timeout) {
    http::request<http::string_body> req{request.method == "POST" ? http::verb::post : http::verb::get,
                                         request.target, 11};
    req.set(http::field::host, url.host + ":" + url.port);
    req.set(http::field::user_agent, "crm-sync/1");
    req.set(kProtocolHeader, std::to_string(kProtocolVersion));
    if (!request.token.empty()) req.set(http::field::authorization, "Bearer " + request.token);
    if (request.method == "POST") {
        req.set(http::field::content_type, "application/json");
        req.body() = request.body;
    }
    req.prepare_payload();
    beast::get_lowest_layer(stream).expires_after(timeout);
    http::write(stream, req);

    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(256 * 1024 * 1024);
    beast::get_lowest_layer(stream).expires_after(timeout);
    http::read(stream, buffer, parser);
    return HttpResponse{static_cast<int>(parser.get().result_int()), parser.get().body()};
}

}  // namespace

HttpTransport::HttpTransport(ServerUrl url, std::chrono::milliseconds timeout)
    : url_(std::move(url)), timeout_(timeout) {}

Result<HttpResponse> HttpTransport::send(const HttpRequest& request) {
    try {
        boost::asio::io_context io;
        tcp::resolver resolver(io);
        beast::tcp_stream stream(io);
        stream.expires_after(timeout_);
        stream.connect(resolver.resolve(url_.host, url_.port));
        stream.socket().set_option(tcp::no_delay(true));

        if (!url_.tls) {
            auto response = exchange(stream, url_, request, timeout_);
            beast::error_code ignored;
            stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
            return response;
        }
        auto tls = make_client_tls_context(url_.ca_file);
        beast::ssl_stream<beast::tcp_stream> secure(std::move(stream), tls);
        beast::error_code ec;
        prepare_client_tls(secure, url_.host);
        secure.handshake(boost::asio::ssl::stream_base::client, ec);
        if (ec)
            return Error{"tls", "cannot talk to the server at " + url_.host + ":" + url_.port + ": " +
                                    tls_handshake_error(secure, ec)};
        auto response = exchange(secure, url_, request, timeout_);
        secure.shutdown(ec);  // close_notify; a server that just drops the socket is fine too
        return response;
    } catch (const boost::system::system_error& e) {
        return Error{"unreachable",
                     "cannot reach the server at " + url_.host + ":" + url_.port + ": " + e.code().message()};
    } catch (const std::exception& e) {
        return Error{"unreachable", "cannot reach the server at " + url_.host + ":" + url_.port + ": " + e.what()};
    }
}

}  // namespace crm::sync
