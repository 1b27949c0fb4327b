#include "crm/server/api/client_address.h"

#include <boost/asio/ip/address.hpp>

#include <algorithm>
#include <sstream>

namespace crm::server {
namespace {

/// The address's bytes (IPv4-mapped IPv6 as IPv4), or nullopt when it is not an IP address.
std::optional<std::vector<unsigned char>> address_bytes(const std::string& text) {
    boost::system::error_code ec;
    auto address = boost::asio::ip::make_address(text, ec);
    if (ec) return std::nullopt;
    if (address.is_v6() && address.to_v6().is_v4_mapped())
        address = boost::asio::ip::make_address_v4(boost::asio::ip::v4_mapped, address.to_v6());
    if (address.is_v4()) {
        const auto b = address.to_v4().to_bytes();
        return std::vector<unsigned char>(b.begin(), b.end());
    }
    const auto b = address.to_v6().to_bytes();
    return std::vector<unsigned char>(b.begin(), b.end());
}

bool in_network(const std::vector<unsigned char>& address, const TrustedProxies::Network& network) {
    if (address.size() != network.bytes.size()) return false;
    for (int bit = 0; bit < network.prefix; ++bit) {
        const unsigned char mask = static_cast<unsigned char>(0x80u >> (bit % 8));
        if ((address[bit / 8] & mask) != (network.bytes[bit / 8] & mask)) return false;
    }
    return true;
}

std::string trim(const std::string& s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos) return "";
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

/// "[2001:db8::1]" and "192.0.2.1:4711" as some proxies write them: the address alone.
std::string strip_port(std::string entry) {
    if (!entry.empty() && entry.front() == '[') {
        const auto close = entry.find(']');
        return close == std::string::npos ? entry : entry.substr(1, close - 1);
    }
    if (std::count(entry.begin(), entry.end(), ':') == 1) entry = entry.substr(0, entry.find(':'));
    return entry;
}

}  // namespace

std::optional<TrustedProxies> TrustedProxies::parse(const std::string& list, std::string& error) {
    TrustedProxies proxies;
    std::string spaced = list;
    std::replace(spaced.begin(), spaced.end(), ',', ' ');
    std::istringstream entries(spaced);
    for (std::string entry; entries >> entry;) {
        const auto slash = entry.find('/');
        auto bytes = address_bytes(entry.substr(0, slash));
        if (!bytes) {
            error = "'" + entry + "' is not an IP address or network";
            return std::nullopt;
        }
        const int bits = static_cast<int>(bytes->size() * 8);
        int prefix = bits;
        if (slash != std::string::npos) {
            const std::string digits = entry.substr(slash + 1);
            if (digits.empty() || digits.size() > 3 || !std::all_of(digits.begin(), digits.end(), ::isdigit) ||
                std::stoi(digits) > bits) {
                error = "'" + entry + "' has a bad prefix length (0.." + std::to_string(bits) + ")";
                return std::nullopt;
            }
            prefix = std::stoi(digits);
        }
        proxies.networks_.push_back(Network{std::move(*bytes), prefix});
    }
    return proxies;
}

bool TrustedProxies::contains(const std::string& address) const {
    if (networks_.empty()) return false;  // the usual case: no parsing per request
    const auto bytes = address_bytes(address);
    return bytes && std::any_of(networks_.begin(), networks_.end(),
                                [&](const Network& network) { return in_network(*bytes, network); });
}

std::string client_address(const std::string& peer, const std::string& forwarded_for, const TrustedProxies& trusted) {
    if (!trusted.contains(peer)) return peer;
    std::vector<std::string> hops;
    std::istringstream entries(forwarded_for);
    for (std::string entry; std::getline(entries, entry, ',');) hops.push_back(strip_port(trim(entry)));
    std::string client = peer;
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        if (!address_bytes(*hop)) break;
        client = *hop;
        if (!trusted.contains(*hop)) break;
    }
    return client;
}

}  // namespace crm::server
