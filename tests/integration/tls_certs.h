#pragma once
// Throw-away TLS material for tests, made with the openssl command line (no keys in git): a
// test CA, a server certificate it signs for 127.0.0.1 and localhost, and an unrelated CA.

#include <string>
#include <vector>

namespace crm::test {

class TestCertificates {
public:
    TestCertificates();  ///< generates everything in a fresh temp folder; throws on failure
    ~TestCertificates();
    TestCertificates(const TestCertificates&) = delete;
    TestCertificates& operator=(const TestCertificates&) = delete;

    std::string ca() const { return dir_ + "/ca.crt"; }             ///< signed the server cert
    std::string other_ca() const { return dir_ + "/other-ca.crt"; }  ///< signed nothing here
    std::string server_cert() const { return dir_ + "/server.crt"; }
    std::string server_key() const { return dir_ + "/server.key"; }
    /// crm-server arguments for HTTPS with the server certificate.
    std::vector<std::string> server_args() const {
        return {"--tls-cert", server_cert(), "--tls-key", server_key()};
    }

private:
    std::string dir_;
};

}  // namespace crm::test
