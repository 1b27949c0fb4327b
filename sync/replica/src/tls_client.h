#pragma once
// The client side of TLS for HttpTransport and LiveConnection: a context that verifies the
// server's certificate chain (system store, or one CA file) and its host name.

#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include <string>

namespace crm::sync {

/// TLS 1.2+ with peer verification against `ca_file` (PEM), or the system store when empty.
/// Throws std::runtime_error naming the CA file when it does not load.
boost::asio::ssl::context make_client_tls_context(const std::string& ca_file);

/// Prepares `stream` to connect to `host`: SNI and the host-name (or IP) check of the certificate.
void prepare_client_tls(boost::beast::ssl_stream<boost::beast::tcp_stream>& stream, const std::string& host);

/// "certificate verify failed: <why>" when the handshake failed on verification, else the
/// error's own message.
std::string tls_handshake_error(boost::beast::ssl_stream<boost::beast::tcp_stream>& stream,
                                const boost::system::error_code& ec);

}  // namespace crm::sync
