#pragma once
// Hybrid logical clock: orders edits across devices whose wall clocks disagree.

#include <cstdint>
#include <optional>
#include <string>

namespace crm::sync {

/// One HLC time. Encoded as "<13-digit ms>-<6-digit counter>-<node>", so encoded times
/// compare as strings in the same order as the times (ties broken by node = device id).
struct HlcTime {
    std::int64_t wall_ms = 0;
    std::uint32_t counter = 0;
    std::string node;

    std::string encode() const;
    auto operator<=>(const HlcTime&) const = default;
};

/// Parses an encoded HLC time; nullopt when malformed.
std::optional<HlcTime> parse_hlc(const std::string& text);

/// A clock for one node: monotonic, at or after every time it has seen.
class HybridClock {
public:
    explicit HybridClock(std::string node, HlcTime last = {});
    /// The time for a new local event at physical time `physical_ms`.
    HlcTime now(std::int64_t physical_ms);
    /// Moves the clock past a time received from elsewhere.
    void observe(const HlcTime& remote);
    const HlcTime& last() const { return last_; }

private:
    HlcTime last_;
};

/// `t` unless it runs more than `max_ahead_ms` ahead of `server_now_ms`; then the server's now.
HlcTime clamp_hlc(HlcTime t, std::int64_t server_now_ms, std::int64_t max_ahead_ms);

}  // namespace crm::sync
