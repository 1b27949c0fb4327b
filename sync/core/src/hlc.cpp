#include "crm/sync/hlc.h"

#include <cstdio>

namespace crm::sync {

std::string HlcTime::encode() const {
    char head[32];
    std::snprintf(head, sizeof head, "%013lld-%06u-", static_cast<long long>(wall_ms), counter);
    return head + node;
}

std::optional<HlcTime> parse_hlc(const std::string& text) {
    if (text.size() < 21 || text[13] != '-' || text[20] != '-') return std::nullopt;
    for (std::size_t i = 0; i < 20; ++i)
        if (i != 13 && (text[i] < '0' || text[i] > '9')) return std::nullopt;
    HlcTime t;
    t.wall_ms = std::stoll(text.substr(0, 13));
    t.counter = static_cast<std::uint32_t>(std::stoul(text.substr(14, 6)));
    t.node = text.substr(21);
    if (t.node.size() > 64) return std::nullopt;
    return t;
}

HybridClock::HybridClock(std::string node, HlcTime last) : last_(std::move(last)) { last_.node = std::move(node); }

HlcTime HybridClock::now(std::int64_t physical_ms) {
    if (physical_ms > last_.wall_ms) {
        last_.wall_ms = physical_ms;
        last_.counter = 0;
    } else {
        ++last_.counter;
    }
    return last_;
}

void HybridClock::observe(const HlcTime& remote) {
    if (remote.wall_ms > last_.wall_ms || (remote.wall_ms == last_.wall_ms && remote.counter > last_.counter)) {
        last_.wall_ms = remote.wall_ms;
        last_.counter = remote.counter;
    }
}

HlcTime clamp_hlc(HlcTime t, std::int64_t server_now_ms, std::int64_t max_ahead_ms) {
    if (t.wall_ms > server_now_ms + max_ahead_ms) {
        t.wall_ms = server_now_ms;
        t.counter = 0;
    }
    return t;
}

}  // namespace crm::sync
