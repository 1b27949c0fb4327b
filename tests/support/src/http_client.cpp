#include "crm/test/http_client.h"

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace crm::test {

namespace beast = boost::beast;
namespace http = beast::http;
namespace asio = boost::asio;

RawResponse http_request(unsigned short port, const std::string& method, const std::string& target,
                         const std::string& body, const std::map<std::string, std::string>& headers) {
    RawResponse out;
    try {
        asio::io_context ioc;
        beast::tcp_stream stream(ioc);
        stream.expires_after(std::chrono::seconds(30));
        stream.connect(asio::ip::tcp::endpoint(asio::ip::make_address("127.0.0.1"), port));
        http::request<http::string_body> req(http::string_to_verb(method), target, 11);
        req.set(http::field::host, "127.0.0.1");
        for (const auto& [name, value] : headers) req.set(name, value);
        if (!body.empty() || method == "POST") {
            req.set(http::field::content_type, "application/json");
            req.body() = body;
            req.prepare_payload();
        }
        http::write(stream, req);
        beast::flat_buffer buffer;
        http::response_parser<http::string_body> parser;
        parser.body_limit(64 * 1024 * 1024);
        http::read(stream, buffer, parser);
        out.status = static_cast<int>(parser.get().result_int());
        out.body = parser.get().body();
        for (const auto& field : parser.get()) out.headers[std::string(field.name_string())] = std::string(field.value());
        beast::error_code ignored;
        stream.socket().shutdown(asio::ip::tcp::socket::shutdown_both, ignored);
    } catch (const std::exception& e) {
        out.error = e.what();
    }
    return out;
}

RawResponse api_request(unsigned short port, const std::string& method, const std::string& target,
                        const std::string& body, const std::string& token) {
    std::map<std::string, std::string> headers{{"X-CRM-Protocol", "1"}};
    if (!token.empty()) headers["Authorization"] = "Bearer " + token;
    return http_request(port, method, target, body, headers);
}

}  // namespace crm::test
