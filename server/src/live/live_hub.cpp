#include "crm/server/live/live_hub.h"

#include "crm/server/db/pg.h"
#include "crm/server/org/directory.h"
#include "crm/sync/protocol.h"

#include <algorithm>
#include <set>

namespace crm::server {
namespace {

std::shared_ptr<const std::vector<std::string>> sorted(std::optional<std::vector<std::string>> ids) {
    if (!ids) return nullptr;
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
    return std::make_shared<const std::vector<std::string>>(std::move(*ids));
}

/// True while the device holds an unrevoked, unexpired token of the user.
bool device_signed_in(PgConnection& conn, std::int64_t company, const std::string& user_id,
                      const std::string& device_id) {
    return conn
               .exec("SELECT 1 FROM auth_token WHERE company_id = $1 AND user_id = $2::uuid AND device_id = $3::uuid "
                     "AND revoked_at IS NULL AND expires_at > now() LIMIT 1",
                     {std::to_string(company), user_id, device_id})
               .rows() > 0;
}

}  // namespace

void LiveHub::begin_accept() {
    std::lock_guard lock(mutex_);
    ++accepting_;
}

void LiveHub::end_accept() {
    std::lock_guard lock(mutex_);
    if (accepting_ > 0) --accepting_;
}

std::uint64_t LiveHub::add(std::weak_ptr<LiveSubscriber> subscriber, LiveScope scope) {
    {
        std::lock_guard lock(mutex_);
        if (accepting_ > 0) --accepting_;
        if (!closing_) {
            const std::uint64_t handle = next_handle_++;
            entries_.emplace(handle, Entry{std::move(subscriber), scope.company, std::move(scope.user_id),
                                           std::move(scope.device_id), sorted(std::move(scope.visible_user_ids))});
            return handle;
        }
    }
    if (auto s = subscriber.lock()) s->close("server_shutdown");
    return 0;
}

void LiveHub::remove(std::uint64_t handle) {
    std::lock_guard lock(mutex_);
    entries_.erase(handle);
}

std::vector<std::shared_ptr<LiveSubscriber>> LiveHub::collect(const Matcher& match) const {
    std::vector<std::shared_ptr<LiveSubscriber>> out;
    std::lock_guard lock(mutex_);
    for (const auto& [handle, entry] : entries_)
        if (match(entry))
            if (auto s = entry.subscriber.lock()) out.push_back(std::move(s));
    return out;
}

std::size_t LiveHub::dispatch(const ChangeNotice& notice) {
    const auto& owners = notice.scope_owner_ids;
    // Sessions are called outside the lock: poke() posts to the session's strand.
    const auto targets = collect([&](const Entry& e) {
        if (e.company != notice.company) return false;
        if (owners.empty() || !e.visible) return true;
        return std::any_of(owners.begin(), owners.end(),
                           [&](const std::string& o) { return std::binary_search(e.visible->begin(), e.visible->end(), o); });
    });
    for (const auto& s : targets) s->poke(notice.seq);
    return targets.size();
}

std::size_t LiveHub::poke_all(std::int64_t cursor) {
    const auto targets = collect([](const Entry&) { return true; });
    for (const auto& s : targets) s->poke(cursor);
    return targets.size();
}

void LiveHub::close_all() {
    {
        std::lock_guard lock(mutex_);
        closing_ = true;
    }
    for (const auto& s : collect([](const Entry&) { return true; })) s->close("server_shutdown");
}

std::vector<std::string> LiveHub::users(std::int64_t company) const {
    std::set<std::string> ids;
    std::lock_guard lock(mutex_);
    for (const auto& [handle, entry] : entries_)
        if (entry.company == company) ids.insert(entry.user_id);
    return {ids.begin(), ids.end()};
}

void LiveHub::set_visible(std::int64_t company, const std::string& user_id,
                          std::optional<std::vector<std::string>> visible_user_ids) {
    const auto visible = sorted(std::move(visible_user_ids));
    std::lock_guard lock(mutex_);
    for (auto& [handle, entry] : entries_)
        if (entry.company == company && entry.user_id == user_id) entry.visible = visible;
}

void LiveHub::close_user(std::int64_t company, const std::string& user_id, const std::string& code) {
    const auto targets = collect([&](const Entry& e) { return e.company == company && e.user_id == user_id; });
    for (const auto& s : targets) s->close(code);
}

std::vector<std::string> LiveHub::devices(std::int64_t company, const std::string& user_id) const {
    std::set<std::string> ids;
    std::lock_guard lock(mutex_);
    for (const auto& [handle, entry] : entries_)
        if (entry.company == company && entry.user_id == user_id) ids.insert(entry.device_id);
    return {ids.begin(), ids.end()};
}

void LiveHub::close_device(std::int64_t company, const std::string& device_id, const std::string& code) {
    const auto targets = collect([&](const Entry& e) { return e.company == company && e.device_id == device_id; });
    for (const auto& s : targets) s->close(code);
}

std::size_t LiveHub::connected() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

std::size_t LiveHub::size() const {
    std::lock_guard lock(mutex_);
    return entries_.size() + accepting_;
}

void refresh_live_scopes(LiveHub& hub, PgConnection& conn, std::int64_t company) {
    for (const auto& user_id : hub.users(company)) {
        const auto user = find_user_by_id(conn, company, user_id);
        if (!user || !user->active) {
            hub.close_user(company, user_id, sync::kDeactivatedCode);
            continue;
        }
        hub.set_visible(company, user_id, visible_user_ids(conn, company, user->actor()));
        for (const auto& device_id : hub.devices(company, user_id))
            if (!device_signed_in(conn, company, user_id, device_id)) hub.close_device(company, device_id, "token_revoked");
    }
}

}  // namespace crm::server
