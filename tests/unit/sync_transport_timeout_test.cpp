// HttpTransport's client-side timeout: a server that accepts the connection and never answers
// gives a clear error within the timeout, over http and over https (handshake never answered).
#include "crm/sync/http_transport.h"

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

using namespace crm::sync;
using namespace std::chrono_literals;

namespace {

/// A socket listening on 127.0.0.1 that never accepts or answers: the kernel completes the TCP
/// handshake from the backlog, so the client connects and then waits.
class SilentServer {
public:
    SilentServer() {
        fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
        REQUIRE(fd_ >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        REQUIRE(::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        REQUIRE(::listen(fd_, 8) == 0);
        socklen_t len = sizeof addr;
        REQUIRE(::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) == 0);
        port_ = ntohs(addr.sin_port);
    }
    ~SilentServer() { ::close(fd_); }
    std::string url(const char* scheme) const { return std::string(scheme) + "://127.0.0.1:" + std::to_string(port_); }

private:
    int fd_ = -1;
    unsigned short port_ = 0;
};

}  // namespace

TEST_CASE("a server that never answers: the request fails within the timeout") {
    SilentServer server;
    for (const char* scheme : {"http", "https"}) {
        INFO(scheme);
        auto url = parse_server_url(server.url(scheme));
        REQUIRE(url.ok());
        HttpTransport transport(*url, 400ms);
        const auto started = std::chrono::steady_clock::now();
        auto response = transport.send({"GET", "/v1/health", "", ""});
        const auto took = std::chrono::steady_clock::now() - started;
        REQUIRE_FALSE(response.ok());
        CHECK(response.error().code == "unreachable");
        CHECK_THAT(response.error().message, Catch::Contains("no answer from the server at 127.0.0.1:") &&
                                                 Catch::Contains("within 400 ms"));
        CHECK(took >= 350ms);
        CHECK(took < 3s);
    }
}

TEST_CASE("a port nobody listens on fails at once as unreachable") {
    std::string url_text;
    {
        SilentServer closed;  // bound and closed again: the port is free
        url_text = closed.url("http");
    }
    HttpTransport transport(*parse_server_url(url_text), 5s);
    const auto started = std::chrono::steady_clock::now();
    auto response = transport.send({"GET", "/v1/health", "", ""});
    REQUIRE_FALSE(response.ok());
    CHECK(response.error().code == "unreachable");
    CHECK_THAT(response.error().message, Catch::Contains("cannot reach the server"));
    CHECK(std::chrono::steady_clock::now() - started < 2s);
}
