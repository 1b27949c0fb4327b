// client_address and TrustedProxies: which address a request is counted under behind proxies.
#include "crm/server/api/client_address.h"

#include <catch2/catch.hpp>

using crm::server::client_address;
using crm::server::TrustedProxies;

namespace {

TrustedProxies proxies(const std::string& list) {
    std::string error;
    auto parsed = TrustedProxies::parse(list, error);
    INFO(error);
    REQUIRE(parsed);
    return *parsed;
}

}  // namespace

TEST_CASE("trusted proxies parse addresses and networks, and refuse anything else") {
    const auto trusted = proxies("10.0.0.0/8, 192.0.2.7 2001:db8::/32,::1");
    CHECK(trusted.contains("10.1.2.3"));
    CHECK(trusted.contains("192.0.2.7"));
    CHECK_FALSE(trusted.contains("192.0.2.8"));
    CHECK(trusted.contains("2001:db8:1::5"));
    CHECK(trusted.contains("::1"));
    CHECK(trusted.contains("::ffff:10.9.9.9"));  // IPv4-mapped, as a dual-stack socket reports it
    CHECK_FALSE(trusted.contains("11.0.0.1"));
    CHECK_FALSE(trusted.contains("not an address"));
    CHECK(proxies("").empty());
    CHECK(proxies("0.0.0.0/0").contains("203.0.113.9"));

    for (const std::string bad : {"10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/x", "proxy.example.com", "10.0.0.256",
                                  "1.2.3.4/-1"}) {
        std::string error;
        CHECK_FALSE(TrustedProxies::parse(bad, error));
        CHECK(error.find(bad.substr(0, bad.find('/'))) != std::string::npos);
    }
}

TEST_CASE("the client address is the peer's unless the peer is a trusted proxy") {
    const auto trusted = proxies("10.0.0.0/8");
    CHECK(client_address("203.0.113.5", "198.51.100.1", trusted) == "203.0.113.5");  // an untrusted peer's header is ignored
    CHECK(client_address("10.0.0.2", "", trusted) == "10.0.0.2");
    CHECK(client_address("10.0.0.2", "198.51.100.1", trusted) == "198.51.100.1");
    CHECK(client_address("10.0.0.2", "198.51.100.1, 10.0.0.3", trusted) == "198.51.100.1");  // two proxies
    // what the client wrote itself, left of what the proxies appended, does not count
    CHECK(client_address("10.0.0.2", "1.1.1.1, 198.51.100.1", trusted) == "198.51.100.1");
    CHECK(client_address("10.0.0.2", "[2001:db8::9]:443", trusted) == "2001:db8::9");
    CHECK(client_address("10.0.0.2", "198.51.100.1:5000", trusted) == "198.51.100.1");
    // junk where the proxy's entry should be: the last trusted hop, never the junk
    CHECK(client_address("10.0.0.2", "unknown", trusted) == "10.0.0.2");
    CHECK(client_address("10.0.0.2", "198.51.100.1, garbage, 10.0.0.3", trusted) == "10.0.0.3");
    CHECK(client_address("10.0.0.2", "10.0.0.9, 10.0.0.3", trusted) == "10.0.0.9");  // all trusted: the leftmost
    CHECK(client_address("10.0.0.2", "198.51.100.1", TrustedProxies{}) == "10.0.0.2");
}
