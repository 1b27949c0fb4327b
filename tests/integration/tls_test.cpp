// crm-server over HTTPS and the clients' certificate checks (issue 6 item 2): test certificates
// made with openssl at test time, the real crm-server and crm-sync.
#include "auth_helpers.h"
#include "ops_support.h"
#include "scenario.h"
#include "tls_certs.h"

#include <catch2/catch.hpp>

#include <boost/asio/ip/address.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <algorithm>

using namespace crm;

namespace {

/// Exit 2 with one line on stderr containing `words`.
void check_refused(const test::ProcessResult& r, const std::string& words) {
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK(std::count(r.err.begin(), r.err.end(), '\n') == 1);
    CHECK(r.err.find(words) != std::string::npos);
}

test::ProcessResult server(std::vector<std::string> args) {
    return test::run_process(test::server_binary(), args);
}

}  // namespace

TEST_CASE("crm-sync signs in and syncs over HTTPS when --ca verifies the server", "[server][tls]") {
    test::TestCertificates certs;
    test::Company company;
    test::ServerProcess https(company.db.conninfo(), certs.server_args());
    REQUIRE(https.url().rfind("https://127.0.0.1:", 0) == 0);
    test::TempPath replica(".db");

    auto login = test::run_sync({"--replica", replica.path(), "--ca", certs.ca(), "login", "--server", https.url(),
                                 "--user", "rep1", "--password-stdin"},
                                "pw\n");
    INFO(login.err);
    REQUIRE(login.exit_code == 0);
    // The CA is kept with the session: a later sync needs no --ca.
    REQUIRE(test::run_sync({"--replica", replica.path(), "create", "customer", "--set", "name=Secure Co", "--set",
                            "kind=company", "--set", "lifecycle=active"})
                .exit_code == 0);
    auto synced = test::run_sync({"--replica", replica.path(), "sync"});
    INFO(synced.err);
    REQUIRE(synced.exit_code == 0);
    CHECK(synced.out.find("pushed 1 (applied 1") != std::string::npos);
    CHECK(company.count("customer") == 1);
}

TEST_CASE("crm-sync refuses a server its CA does not vouch for and changes nothing", "[server][tls]") {
    test::TestCertificates certs;
    test::Company company;
    test::ServerProcess https(company.db.conninfo(), certs.server_args());
    test::TempPath replica(".db");
    const auto tokens = company.count("auth_token");

    SECTION("without --ca (the system store does not know the test CA)") {
        auto r = test::run_sync({"--replica", replica.path(), "login", "--server", https.url(), "--user", "rep1",
                                 "--password-stdin"},
                                "pw\n");
        CHECK(r.exit_code != 0);
        CHECK(r.err.find("certificate verify failed: ") != std::string::npos);
    }
    SECTION("with another CA") {
        auto r = test::run_sync({"--replica", replica.path(), "--ca", certs.other_ca(), "login", "--server",
                                 https.url(), "--user", "rep1", "--password-stdin"},
                                "pw\n");
        CHECK(r.exit_code != 0);
        CHECK(r.err.find("certificate verify failed: ") != std::string::npos);
    }
    SECTION("with the right CA but a host name the certificate does not name") {
        auto r = test::run_sync({"--replica", replica.path(), "--ca", certs.ca(), "login", "--server",
                                 "https://[::ffff:127.0.0.1]:" + std::to_string(https.port()), "--user", "rep1",
                                 "--password-stdin"},
                                "pw\n");
        CHECK(r.exit_code != 0);
        CHECK(r.err.find("certificate verify failed: ") != std::string::npos);
    }
    CHECK(company.count("auth_token") == tokens);
    auto status = test::run_sync({"--replica", replica.path(), "status"});
    CHECK(status.out.find("signed out") != std::string::npos);
}

TEST_CASE("crm-server refuses bad TLS settings with one line and exit 2", "[server][tls]") {
    test::TestCertificates certs;
    const std::vector<std::string> base = {"--db", "dbname=unused", "--listen", "127.0.0.1:0"};
    auto with = [&](std::vector<std::string> extra) {
        extra.insert(extra.begin(), base.begin(), base.end());
        return server(extra);
    };
    SECTION("a certificate file that does not exist") {
        check_refused(with({"--tls-cert", "/nonexistent/server.crt", "--tls-key", certs.server_key()}),
                      "cannot load the TLS certificate '/nonexistent/server.crt'");
    }
    SECTION("a key that is not the certificate's") {
        check_refused(with({"--tls-cert", certs.server_cert(), "--tls-key", certs.ca().substr(0, certs.ca().size() - 3) + "key"}),
                      "cannot load the TLS key");
    }
    SECTION("a certificate without its key") {
        check_refused(with({"--tls-cert", certs.server_cert()}), "tls-cert and tls-key go together");
    }
}

TEST_CASE("crm-server serves plain HTTP only on loopback unless allowed", "[server][tls]") {
    check_refused(server({"--db", "dbname=unused", "--listen", "0.0.0.0:0"}), "refusing plain HTTP on 0.0.0.0:0");
    check_refused(server({"--db", "dbname=unused", "--listen", "[::]:0"}), "refusing plain HTTP on [::]:0");
    test::ScopedEnv env("CRM_SERVER_ALLOW_PLAIN_HTTP", "maybe");
    check_refused(server({"--db", "dbname=unused", "--listen", "0.0.0.0:0"}),
                  "CRM_SERVER_ALLOW_PLAIN_HTTP must be true or false");

    // Allowed: past the check, the server goes on to look at the database (here one without
    // the schema, so it stops there).
    auto allowed = server({"--db", test::test_pg_conninfo(), "--listen", "0.0.0.0:0", "--allow-plain-http", "true"});
    INFO(allowed.err);
    CHECK(allowed.exit_code == 1);
    CHECK(allowed.err.find("schema is not up to date") != std::string::npos);
}

TEST_CASE("crm-server ends an HTTPS answer it closes with a TLS close_notify", "[server][tls]") {
    namespace asio = boost::asio;
    namespace beast = boost::beast;
    namespace http = beast::http;
    test::Company company;
    test::TestCertificates certs;
    test::ServerProcess server(company.db.conninfo(), certs.server_args());

    asio::io_context ioc;
    asio::ssl::context tls(asio::ssl::context::tls_client);
    tls.load_verify_file(certs.ca());
    tls.set_verify_mode(asio::ssl::verify_peer);
    beast::ssl_stream<beast::tcp_stream> stream(ioc, tls);
    beast::get_lowest_layer(stream).connect({asio::ip::make_address("127.0.0.1"), server.port()});
    beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(10));
    stream.handshake(asio::ssl::stream_base::client);
    http::request<http::empty_body> request{http::verb::get, "/v1/health", 11};
    request.set(http::field::host, "127.0.0.1");
    request.keep_alive(false);
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    CHECK(response.result_int() == 200);

    // A clean TLS end reads as eof; a connection cut without close_notify as stream_truncated.
    char byte = 0;
    beast::error_code ec;
    stream.read_some(asio::buffer(&byte, 1), ec);
    CHECK(ec.message() == beast::error_code(asio::error::eof).message());
}
