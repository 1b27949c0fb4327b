#include "sync/push_db.h"

#include <algorithm>

namespace crm::server {
namespace {
// Bounds one pipeline, so that neither side can fill the socket buffers while the other writes.
constexpr std::size_t kMaxQueued = 200;
}  // namespace

PushDb::PushDb(PgTransaction& tx, std::int64_t company, bool batched)
    : tx_(tx), company_(company), batched_(batched) {}

PgTransaction& PushDb::tx() {
    flush();
    return tx_;
}

PgResult PushDb::query(const std::string& sql, const PgParams& params) {
    queued_.push_back(PgStatement{sql, params, true});
    auto batch = std::move(queued_);
    queued_.clear();
    return tx_.exec_pipeline(batch).back();
}

void PushDb::write(PgStatement statement) {
    statement.reuse = true;
    queued_.push_back(std::move(statement));
    if (!batched_ || queued_.size() >= kMaxQueued) flush();
}

void PushDb::flush() {
    if (queued_.empty()) return;
    auto batch = std::move(queued_);
    queued_.clear();
    tx_.exec_pipeline(batch);
}

const StoredRecord* PushDb::record(const EntitySpec& entity, const std::string& id) {
    if (!batched_) {
        auto found = scopes_from(tx_.exec_pipeline({scopes_statement(company_, entity, {id})}).front());
        auto& stored = uncached_.emplace_back();
        if (!found.empty()) stored = std::move(found.begin()->second);
        return stored ? &*stored : nullptr;
    }
    auto key = std::make_pair(entity.name, id);
    if (!cache_.count(key)) query_and_prefetch(std::nullopt, {{&entity, {id}}});
    const auto& stored = cache_.at(key);
    return stored ? &*stored : nullptr;
}

std::optional<PgResult> PushDb::query_and_prefetch(std::optional<PgStatement> statement, const RecordIds& ids) {
    auto batch = std::move(queued_);
    queued_.clear();
    std::vector<std::pair<const EntitySpec*, std::vector<std::string>>> loads;
    for (const auto& [entity, list] : ids) {
        std::vector<std::string> missing;
        for (const auto& id : list)
            if (!cache_.count({entity->name, id})) missing.push_back(id);
        std::sort(missing.begin(), missing.end());
        missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
        if (missing.empty()) continue;
        batch.push_back(scopes_statement(company_, *entity, missing));
        loads.emplace_back(entity, std::move(missing));
    }
    if (statement) {
        statement->reuse = true;
        batch.push_back(std::move(*statement));
    }
    auto results = tx_.exec_pipeline(batch);
    const std::size_t first = results.size() - loads.size() - (statement ? 1 : 0);
    for (std::size_t i = 0; i < loads.size(); ++i) remember(*loads[i].first, loads[i].second, results[first + i]);
    if (!statement) return std::nullopt;
    return results.back();
}

void PushDb::remember(const EntitySpec& entity, const std::vector<std::string>& ids, const PgResult& rows) {
    auto found = scopes_from(rows);
    for (const auto& id : ids) {
        auto it = found.find(id);
        auto& slot = cache_[{entity.name, id}];
        if (it == found.end()) slot.reset();
        else slot = std::move(it->second);
    }
}

void PushDb::forget(const EntitySpec& entity, const std::string& id) { cache_.erase({entity.name, id}); }

}  // namespace crm::server
