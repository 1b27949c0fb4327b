#include "tls_client.h"

#include <boost/asio/ssl/host_name_verification.hpp>

#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <stdexcept>

namespace crm::sync {

namespace ssl = boost::asio::ssl;

ssl::context make_client_tls_context(const std::string& ca_file) {
    ssl::context tls(ssl::context::tls_client);
    tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                    ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1);
    if (ca_file.empty()) tls.set_default_verify_paths();
    else {
        boost::system::error_code ec;
        tls.load_verify_file(ca_file, ec);
        if (ec) throw std::runtime_error("cannot load the CA file '" + ca_file + "': " + ec.message());
    }
    tls.set_verify_mode(ssl::verify_peer);
    return tls;
}

void prepare_client_tls(boost::beast::ssl_stream<boost::beast::tcp_stream>& stream, const std::string& host) {
    // SNI takes host names only; an IP address is checked against the certificate's IP entries.
    boost::system::error_code ec;
    boost::asio::ip::make_address(host, ec);
    if (ec) SSL_set_tlsext_host_name(stream.native_handle(), host.c_str());
    stream.set_verify_callback(ssl::host_name_verification(host));
}

std::string tls_handshake_error(boost::beast::ssl_stream<boost::beast::tcp_stream>& stream,
                                const boost::system::error_code& ec) {
    const long verdict = SSL_get_verify_result(stream.native_handle());
    if (verdict != X509_V_OK) return std::string("certificate verify failed: ") + X509_verify_cert_error_string(verdict);
    return ec.message();
}

}  // namespace crm::sync
