#pragma once
// Which address a request comes from, when crm-server runs behind reverse proxies: the TCP
// peer's, unless the peer is a proxy the operator trusts (`trusted-proxies`), in which case the
// address that proxy appended to X-Forwarded-For. Sign-in rate limits count per this address.

#include <optional>
#include <string>
#include <vector>

namespace crm::server {

/// Addresses and networks ("10.0.0.0/8", "2001:db8::/32", "192.0.2.7") of trusted proxies.
class TrustedProxies {
public:
    /// Parses a comma- or space-separated list; nullopt (and `error` set) on a bad entry.
    static std::optional<TrustedProxies> parse(const std::string& list, std::string& error);
    bool empty() const { return networks_.empty(); }
    /// True when `address` (textual IPv4 or IPv6) is in one of the networks.
    bool contains(const std::string& address) const;

    struct Network {
        std::vector<unsigned char> bytes;  ///< 4 or 16
        int prefix = 0;                    ///< bits that must match
    };

private:
    std::vector<Network> networks_;
};

/// The client's address: `peer` itself unless it is a trusted proxy; then X-Forwarded-For read
/// from the right, skipping trusted proxies, up to the first address that is not one (a client
/// can write anything to the left of what its proxies append, so nothing further left counts).
/// An entry that is not an IP address stops the walk at the last trusted hop.
std::string client_address(const std::string& peer, const std::string& forwarded_for, const TrustedProxies& trusted);

}  // namespace crm::server
