#include "crm/server/auth/password.h"

#include <sodium.h>

#include <stdexcept>

namespace crm::server {
namespace {

void ensure_sodium() {
    static const bool ready = sodium_init() >= 0;
    if (!ready) throw std::runtime_error("libsodium failed to initialise");
}

}  // namespace

std::string hash_password(const std::string& password) {
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing a password");
    return out;
}

bool verify_password(const std::string& encoded_hash, const std::string& password) {
    ensure_sodium();
    return crypto_pwhash_str_verify(encoded_hash.c_str(), password.data(), password.size()) == 0;
}

void verify_password_dummy(const std::string& password) {
    static const std::string dummy = hash_password("not a real password");
    (void)verify_password(dummy, password);
}

std::optional<std::string> password_rule_violation(const std::string& login, const std::string& password) {
    if (password.size() < kMinPasswordLength)
        return "the new password must have at least " + std::to_string(kMinPasswordLength) + " characters";
    if (password.size() > kMaxPasswordLength)
        return "the new password must have at most " + std::to_string(kMaxPasswordLength) + " characters";
    if (password == login) return std::string("the new password must not be the login");
    return std::nullopt;
}

}  // namespace crm::server
