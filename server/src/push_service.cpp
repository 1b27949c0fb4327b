#include "crm/server/change_notice.h"
#include "crm/server/pool.h"
#include "crm/server/sync_service.h"
#include "crm/server/record_codec.h"
#include "mutation_apply.h"

#include <algorithm>

namespace crm::server {
namespace {

using nlohmann::json;
using sync::Mutation;
using sync::Verdict;

std::string without_nul(std::string text) {
    std::erase(text, '\0');
    return text;
}

/// The first verdict of an already received (device, seq), marked duplicate.
std::optional<Verdict> find_applied(PushContext& ctx, std::int64_t seq) {
    auto rows = ctx.tx.exec(
        "SELECT verdict::text, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
        "FROM applied_mutation WHERE company_id = $1 AND device_id = $2::uuid AND seq = $3::bigint",
        {std::to_string(ctx.company), ctx.device_id, std::to_string(seq)});
    if (rows.rows() == 0) return std::nullopt;
    const json first = json::parse(rows.text(0, 0));
    Verdict v;
    v.seq = seq;
    v.status = sync::VerdictStatus::duplicate;
    v.code = first.value("code", std::string());
    v.lost_fields = first.value("lost_fields", std::vector<std::string>{});
    const std::string then = first.value("status", std::string("applied"));
    const std::string detail = first.value("message", std::string());
    v.message = "already received at " + rows.text(0, 1) + "; verdict then: " + then +
                (detail.empty() ? "" : " (" + detail + ")");
    return v;
}

void record_verdict(PushContext& ctx, const Mutation& m, const Verdict& v) {
    const std::string c = std::to_string(ctx.company);
    ctx.tx.exec(
        "INSERT INTO applied_mutation (company_id, device_id, seq, user_id, verdict) "
        "VALUES ($1, $2::uuid, $3::bigint, $4::uuid, $5::jsonb)",
        {c, ctx.device_id, std::to_string(m.seq), ctx.actor.user_id, sync::to_json(v).dump()});
    if (v.status != sync::VerdictStatus::rejected) return;
    json body = sync::to_json(m);
    if (contains_nul(body)) body = body.dump();  // jsonb cannot hold NUL: keep the escaped text
    ctx.tx.exec(
        "INSERT INTO sync_rejection (company_id, device_id, user_id, seq, entity, record_id, op, code, message, body) "
        "VALUES ($1, $2::uuid, $3::uuid, $4::bigint, $5, $6::uuid, $7, $8, $9, $10::jsonb)",
        {c, ctx.device_id, ctx.actor.user_id, std::to_string(m.seq), without_nul(m.entity), m.id,
         std::string(sync::to_string(m.op)), v.code, v.message, body.dump()});
}

/// One mutation under a savepoint: a database error it causes rejects it alone.
Verdict push_one(PushContext& ctx, const Mutation& m) {
    if (auto prior = find_applied(ctx, m.seq)) return *prior;
    ctx.tx.exec("SAVEPOINT mutation");
    Verdict v;
    try {
        v = apply_mutation(ctx, m);
    } catch (const PgError& e) {
        if (e.retryable() || e.kind() == PgErrorKind::connection) throw;
        ctx.tx.exec("ROLLBACK TO SAVEPOINT mutation");
        v = Verdict{m.seq, sync::VerdictStatus::rejected, "invalid",
                    "the server could not store this change: " + std::string(e.what()), {}};
    }
    ctx.tx.exec("RELEASE SAVEPOINT mutation");
    v.message = without_nul(v.message);
    record_verdict(ctx, m, v);
    return v;
}

/// Queues the live-poke notice of this push when it wrote something (delivered on commit).
/// Owners written without a scope owner (hq-only records) leave the list empty: company-wide.
void notify_if_changed(PushContext& ctx, const sync::PushResponse& response) {
    const bool changed = std::any_of(response.verdicts.begin(), response.verdicts.end(), [](const Verdict& v) {
        return v.status == sync::VerdictStatus::applied || v.status == sync::VerdictStatus::merged;
    });
    if (!changed && ctx.touched_scope_owners.empty()) return;
    // Our seqs were taken under the company lock; a concurrent admin change can only make this higher.
    const std::int64_t newest = std::stoll(ctx.tx.exec("SELECT last_value FROM change_seq").text(0, 0));
    notify_change(ctx.tx, ChangeNotice{ctx.company, newest, ctx.touched_scope_owners});
}

}  // namespace

sync::PushResponse push(PgConnection& conn, const AuthContext& auth, const sync::PushRequest& request,
                        std::int64_t now_ms) {
    sync::PushResponse response;
    with_transaction(conn, [&](PgTransaction& tx) {
        response.verdicts.clear();
        // Every seq of this push is taken under the company lock: seq order == commit order.
        tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(auth.company)});
        PushContext ctx{tx,
                        auth.company,
                        auth.user.actor(),
                        auth.device_id,
                        load_org_tree(conn, auth.company),
                        load_user_units(conn, auth.company),
                        now_ms};
        for (const auto& m : request.mutations) response.verdicts.push_back(push_one(ctx, m));
        notify_if_changed(ctx, response);
    });
    return response;
}

}  // namespace crm::server
