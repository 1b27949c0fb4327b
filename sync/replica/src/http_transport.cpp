#include "crm/sync/http_transport.h"

#include "crm/sync/protocol.h"
#include "tls_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <algorithm>
#include <stdexcept>

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

std::optional<int> parse_retry_after(std::string_view value) {
    while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
    while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
    if (value.empty() || value.size() > 9 || value.find_first_not_of("0123456789") != std::string_view::npos)
        return std::nullopt;
    constexpr int kOneDay = 24 * 60 * 60;
    return std::min(std::stoi(std::string(value)), kOneDay);
}

namespace {

/// No answer in time: the blocking calls below run asynchronous operations on their own
/// io_context, so the tcp_stream's deadline (expires_after) applies to each of them. Beast's
/// synchronous calls ignore that deadline and could hang forever on a silent server.
struct Timeout : std::runtime_error {
    using std::runtime_error::runtime_error;
};

/// Runs the asynchronous operation `start(handler)` to completion; throws its error, if any
/// (beast::error::timeout when the stream's deadline passed).
template <class Start>
void run(boost::asio::io_context& io, Start&& start) {
    beast::error_code result = boost::asio::error::would_block;
    start([&result](beast::error_code ec, auto&&...) { result = ec; });
    io.restart();
    io.run();
    if (result == beast::error::timeout) throw Timeout("timed out");
    if (result) throw boost::system::system_error(result);
}

std::string seconds_text(std::chrono::milliseconds timeout) {
    const auto ms = timeout.count();
    return ms % 1000 == 0 ? std::to_string(ms / 1000) + " s" : std::to_string(ms) + " ms";
}

/// One request and its answer on a connected stream (plain or TLS).
template <class Stream>
HttpResponse exchange(boost::asio::io_context& io, Stream& stream, const ServerUrl& url, const HttpRequest& request,
                      std::chrono::milliseconds timeout) {
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
    run(io, [&](auto handler) { http::async_write(stream, req, handler); });

    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(256 * 1024 * 1024);
    beast::get_lowest_layer(stream).expires_after(timeout);
    run(io, [&](auto handler) { http::async_read(stream, buffer, parser, handler); });
    const auto& answer = parser.get();
    HttpResponse response{static_cast<int>(answer.result_int()), answer.body()};
    if (auto it = answer.find(http::field::retry_after); it != answer.end())
        response.retry_after_seconds = parse_retry_after(it->value());
    return response;
}

}  // namespace

HttpTransport::HttpTransport(ServerUrl url, std::chrono::milliseconds timeout)
    : url_(std::move(url)), timeout_(timeout) {}

Result<HttpResponse> HttpTransport::send(const HttpRequest& request) {
    const std::string where = url_.host + ":" + url_.port;
    try {
        boost::asio::io_context io;
        tcp::resolver resolver(io);
        beast::tcp_stream stream(io);
        const auto endpoints = resolver.resolve(url_.host, url_.port);
        stream.expires_after(timeout_);
        run(io, [&](auto handler) { stream.async_connect(endpoints, handler); });
        stream.socket().set_option(tcp::no_delay(true));

        if (!url_.tls) {
            auto response = exchange(io, stream, url_, request, timeout_);
            beast::error_code ignored;
            stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
            return response;
        }
        auto tls = make_client_tls_context(url_.ca_file);
        beast::ssl_stream<beast::tcp_stream> secure(std::move(stream), tls);
        prepare_client_tls(secure, url_.host);
        beast::get_lowest_layer(secure).expires_after(timeout_);
        try {
            run(io, [&](auto handler) { secure.async_handshake(boost::asio::ssl::stream_base::client, handler); });
        } catch (const boost::system::system_error& e) {
            return Error{"tls", "cannot talk to the server at " + where + ": " + tls_handshake_error(secure, e.code())};
        }
        auto response = exchange(io, secure, url_, request, timeout_);
        // close_notify; a server that just drops the socket (or never answers it) is fine too
        beast::get_lowest_layer(secure).expires_after(std::min<std::chrono::milliseconds>(timeout_, std::chrono::seconds(2)));
        try {
            run(io, [&](auto handler) { secure.async_shutdown(handler); });
        } catch (const std::exception&) {
        }
        return response;
    } catch (const Timeout&) {
        return Error{"unreachable", "no answer from the server at " + where + " within " + seconds_text(timeout_)};
    } catch (const boost::system::system_error& e) {
        return Error{"unreachable", "cannot reach the server at " + where + ": " + e.code().message()};
    } catch (const std::exception& e) {
        return Error{"unreachable", "cannot reach the server at " + where + ": " + e.what()};
    }
}

}  // namespace crm::sync
