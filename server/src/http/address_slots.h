#pragma once
// Open connections per client address, so that one address cannot take every connection the
// server has (ConnectionLimits::max_connections_per_address). A slot is held by the HTTP
// session and, after an upgrade, by the live WebSocket; dropping the last copy frees it.

#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace crm::server {

class AddressSlots : public std::enable_shared_from_this<AddressSlots> {
public:
    using Slot = std::shared_ptr<void>;

    /// A slot for one more connection from `address`, or nullptr when it already holds `limit`.
    Slot claim(const std::string& address, int limit) {
        std::lock_guard lock(mutex_);
        int& open = open_[address];
        if (open >= limit) {
            if (open == 0) open_.erase(address);
            return nullptr;
        }
        ++open;
        // Non-null (it points at these slots, which it keeps alive), so a slot tests true.
        return Slot(static_cast<void*>(this), [self = shared_from_this(), address](void*) { self->release(address); });
    }

    /// Connections now open from `address` (for tests and metrics).
    int open(const std::string& address) const {
        std::lock_guard lock(mutex_);
        auto it = open_.find(address);
        return it == open_.end() ? 0 : it->second;
    }

private:
    void release(const std::string& address) {
        std::lock_guard lock(mutex_);
        auto it = open_.find(address);
        if (it != open_.end() && --it->second <= 0) open_.erase(it);
    }

    mutable std::mutex mutex_;
    std::map<std::string, int> open_;
};

}  // namespace crm::server
