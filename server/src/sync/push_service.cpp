#include "crm/server/db/pool.h"
#include "crm/server/db/change_notice.h"
#include "crm/server/sync/record_codec.h"
#include "crm/server/sync/sync_service.h"
#include "sync/mutation_apply.h"
#include "sync/push_db.h"

#include <algorithm>
#include <map>
#include <set>

namespace crm::server {
namespace {

using nlohmann::json;
using sync::Mutation;
using sync::Verdict;

std::string without_nul(std::string text) {
    std::erase(text, '\0');
    return text;
}

/// Thrown when a batched push hits a database error: the push reruns one mutation at a time.
struct BatchFailed {};

/// The duplicate verdict of `seq` from its first verdict (JSON) and when it was received.
Verdict duplicate_of(std::int64_t seq, const std::string& first_verdict, const std::string& received_at) {
    const json first = json::parse(first_verdict);
    Verdict v;
    v.seq = seq;
    v.status = sync::VerdictStatus::duplicate;
    v.code = first.value("code", std::string());
    v.lost_fields = first.value("lost_fields", std::vector<std::string>{});
    const std::string then = first.value("status", std::string("applied"));
    const std::string detail = first.value("message", std::string());
    v.message = "already received at " + received_at + "; verdict then: " + then +
                (detail.empty() ? "" : " (" + detail + ")");
    return v;
}

constexpr const char* kAppliedColumns =
    "SELECT seq, verdict::text, to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') "
    "FROM applied_mutation WHERE company_id = $1 AND device_id = $2::uuid AND user_id = $3::uuid AND ";

/// The first verdict of an already received (device, seq), marked duplicate. Only the pusher's
/// own: a device belongs to one user (table device), and a verdict never reaches another.
std::optional<Verdict> find_applied(PushContext& ctx, std::int64_t seq) {
    auto rows = ctx.db.query(std::string(kAppliedColumns) + "seq = $4::bigint",
                             {std::to_string(ctx.company), ctx.device_id, ctx.actor.user_id, std::to_string(seq)});
    if (rows.rows() == 0) return std::nullopt;
    return duplicate_of(seq, rows.text(0, 1), rows.text(0, 2));
}

/// The duplicate verdicts of every (device, seq) of the batch received before, by seq; loads
/// the records the batch names into the cache on the way.
std::map<std::int64_t, Verdict> find_applied_batch(PushContext& ctx, const std::vector<Mutation>& mutations) {
    std::vector<std::string> seqs;
    for (const auto& m : mutations) seqs.push_back(std::to_string(m.seq));
    // One round trip for these and every record the mutations name.
    auto rows = *ctx.db.query_and_prefetch(PgStatement{std::string(kAppliedColumns) + "seq = ANY($4::bigint[])",
                                                       {std::to_string(ctx.company), ctx.device_id, ctx.actor.user_id,
                                                        pg_text_array(seqs)}},
                                           referenced_records(mutations));
    std::map<std::int64_t, Verdict> found;
    for (int r = 0; r < rows.rows(); ++r) {
        const std::int64_t seq = std::stoll(rows.text(r, 0));
        found.emplace(seq, duplicate_of(seq, rows.text(r, 1), rows.text(r, 2)));
    }
    return found;
}

/// Logs a rejected mutation in sync_rejection.
void record_rejection(PushContext& ctx, const Mutation& m, const Verdict& v) {
    json body = sync::to_json(m);
    if (contains_nul(body)) body = body.dump();  // jsonb cannot hold NUL: keep the escaped text
    ctx.db.write(
        {"INSERT INTO sync_rejection (company_id, device_id, user_id, seq, entity, record_id, op, code, message, body) "
         "VALUES ($1, $2::uuid, $3::uuid, $4::bigint, $5, $6::uuid, $7, $8, $9, $10::jsonb)",
         {std::to_string(ctx.company), ctx.device_id, ctx.actor.user_id, std::to_string(m.seq), without_nul(m.entity),
          m.id, std::string(sync::to_string(m.op)), v.code, v.message, body.dump()}});
}

/// Stores the verdicts of these seqs in applied_mutation (one statement for all).
void record_verdicts(PushContext& ctx, const std::vector<std::string>& seqs, const std::vector<std::string>& verdicts) {
    if (seqs.empty()) return;
    ctx.db.write({"INSERT INTO applied_mutation (company_id, device_id, seq, user_id, verdict) "
                  "SELECT $1::bigint, $2::uuid, u.s, $3::uuid, u.v::jsonb FROM unnest($4::bigint[], $5::text[]) AS u(s, v)",
                  {std::to_string(ctx.company), ctx.device_id, ctx.actor.user_id, pg_text_array(seqs),
                   pg_text_array(verdicts)}});
}

/// One mutation under a savepoint: a database error it causes rejects it alone.
Verdict push_one(PushContext& ctx, const Mutation& m) {
    if (auto prior = find_applied(ctx, m.seq)) return *prior;
    PgTransaction& tx = ctx.db.tx();
    tx.exec("SAVEPOINT mutation");
    Verdict v;
    try {
        v = apply_mutation(ctx, m);
    } catch (const PgError& e) {
        if (e.retryable() || e.kind() == PgErrorKind::connection) throw;
        tx.exec("ROLLBACK TO SAVEPOINT mutation");
        v = Verdict{m.seq, sync::VerdictStatus::rejected, "invalid",
                    "the server could not store this change: " + std::string(e.what()), {}};
    }
    tx.exec("RELEASE SAVEPOINT mutation");
    v.message = without_nul(v.message);
    record_verdicts(ctx, {std::to_string(m.seq)}, {sync::to_json(v).dump()});
    if (v.status == sync::VerdictStatus::rejected) record_rejection(ctx, m, v);
    return v;
}

/// The whole batch without savepoints: records come from one prefetch, writes and verdicts are
/// queued and sent together. Any database error throws (the caller reruns it unbatched).
void push_batched(PushContext& ctx, const std::vector<Mutation>& mutations, std::vector<Verdict>& verdicts) {
    const auto applied = find_applied_batch(ctx, mutations);
    std::vector<std::string> seqs, texts;
    for (const auto& m : mutations) {
        if (auto prior = applied.find(m.seq); prior != applied.end()) {
            verdicts.push_back(prior->second);
            continue;
        }
        Verdict v = apply_mutation(ctx, m);
        v.message = without_nul(v.message);
        seqs.push_back(std::to_string(m.seq));
        texts.push_back(sync::to_json(v).dump());
        if (v.status == sync::VerdictStatus::rejected) record_rejection(ctx, m, v);
        verdicts.push_back(std::move(v));
    }
    record_verdicts(ctx, seqs, texts);
}

/// Queues the live-poke notice of this push when it wrote something (delivered on commit).
/// Owners written without a scope owner (hq-only records) leave the list empty: company-wide.
void notify_if_changed(PushContext& ctx, const sync::PushResponse& response) {
    const bool changed = std::any_of(response.verdicts.begin(), response.verdicts.end(), [](const Verdict& v) {
        return v.status == sync::VerdictStatus::applied || v.status == sync::VerdictStatus::merged;
    });
    if (!changed && ctx.touched_scope_owners.empty()) return;
    // Our seqs were taken under the company lock; a concurrent admin change can only make this higher.
    const std::int64_t newest = std::stoll(ctx.db.query("SELECT last_value FROM change_seq").text(0, 0));
    notify_change(ctx.db.tx(), ChangeNotice{ctx.company, newest, ctx.touched_scope_owners});
}

/// A push whose mutations repeat a seq runs unbatched: the repeat must see the first's verdict.
bool repeats_a_seq(const std::vector<Mutation>& mutations) {
    std::set<std::int64_t> seen;
    for (const auto& m : mutations)
        if (!seen.insert(m.seq).second) return true;
    return false;
}

sync::PushResponse run_push(PgConnection& conn, const AuthContext& auth, const sync::PushRequest& request,
                            std::int64_t now_ms, const PushOptions& options, bool batched) {
    sync::PushResponse response;
    with_transaction(conn, [&](PgTransaction& tx) {
        response.verdicts.clear();
        // Every seq of this push is taken under the company lock: seq order == commit order.
        tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(auth.company)});
        PushDb db(tx, auth.company, batched);
        PushContext ctx{db,           auth.company, auth.user.actor(), auth.device_id, load_org_tree(conn, auth.company),
                        load_user_units(conn, auth.company), now_ms, options.check_in, auth.user.login};
        try {
            if (batched) push_batched(ctx, request.mutations, response.verdicts);
            else
                for (const auto& m : request.mutations) response.verdicts.push_back(push_one(ctx, m));
            notify_if_changed(ctx, response);
            db.flush();
        } catch (const PgError& e) {
            if (batched && !e.retryable() && e.kind() != PgErrorKind::connection) throw BatchFailed{};
            throw;
        }
    });
    return response;
}

}  // namespace

sync::PushResponse push(PgConnection& conn, const AuthContext& auth, const sync::PushRequest& request,
                        std::int64_t now_ms, const PushOptions& options) {
    const bool batched = !repeats_a_seq(request.mutations);
    try {
        return run_push(conn, auth, request, now_ms, options, batched);
    } catch (const BatchFailed&) {
        return run_push(conn, auth, request, now_ms, options, false);
    }
}

}  // namespace crm::server
