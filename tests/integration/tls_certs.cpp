#include "tls_certs.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace crm::test {

TestCertificates::TestCertificates() {
    char tmpl[] = "/tmp/crm_tls_XXXXXX";
    if (!mkdtemp(tmpl)) throw std::runtime_error("mkdtemp failed");
    dir_ = tmpl;
    const std::string script =
        "set -e; cd '" + dir_ + "'; exec 2>openssl.log\n"
        "for ca in ca other-ca; do\n"
        "  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj \"/CN=crm test $ca\" -keyout $ca.key -out $ca.crt "
        "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign\n"
        "done\n"
        "openssl req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key -out server.csr\n"
        "printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\\nextendedKeyUsage=serverAuth\\n' > server.ext\n"
        "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext "
        "-out server.crt\n";
    const std::string script_file = dir_ + "/make.sh";
    std::ofstream(script_file) << script;
    if (std::system(("sh '" + script_file + "'").c_str()) != 0 || !std::filesystem::exists(server_cert()))
        throw std::runtime_error("openssl did not make the test certificates; see " + dir_ + "/openssl.log");
}

TestCertificates::~TestCertificates() { std::filesystem::remove_all(dir_); }

}  // namespace crm::test
