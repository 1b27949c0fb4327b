#include "sim_invariants.h"
#include "sim_scenario.h"

#include "crm/server/db/pg.h"
#include "crm/server/sync/sync_service.h"
#include "crm/shared/revisions.h"
#include "crm/sync/protocol.h"

#include <algorithm>
#include <optional>
#include <tuple>

namespace crm::sim {

std::vector<std::string> dump_diff(const json& device, const json& server, std::size_t limit) {
    std::vector<std::string> out;
    auto by_id = [](const json& records) {
        std::map<std::string, json> m;
        if (records.is_array())
            for (const auto& r : records) m[r.value("id", "")] = r;
        return m;
    };
    std::set<std::string> entities;
    for (const auto& [k, v] : device.items()) entities.insert(k);
    for (const auto& [k, v] : server.items()) entities.insert(k);
    for (const auto& e : entities) {
        const auto dev = by_id(device.value(e, json::array()));
        const auto srv = by_id(server.value(e, json::array()));
        for (const auto& [id, r] : dev) {
            if (out.size() >= limit) return out;
            auto it = srv.find(id);
            if (it == srv.end()) {
                out.push_back(e + " " + id + " only on the device: " + r.dump().substr(0, 160));
                continue;
            }
            if (it->second == r) continue;
            std::string fields;
            for (const auto& [k, v] : r.items())
                if (it->second.value(k, json()) != v) fields += " " + k + ": device " + v.dump() + " server " + it->second.value(k, json()).dump() + ";";
            for (const auto& [k, v] : it->second.items())
                if (!r.contains(k)) fields += " " + k + ": device (none) server " + v.dump() + ";";
            out.push_back(e + " " + id + " differs:" + fields.substr(0, 300));
        }
        for (const auto& [id, r] : srv) {
            if (out.size() >= limit) return out;
            if (!dev.count(id)) out.push_back(e + " " + id + " missing on the device: " + r.dump().substr(0, 160));
        }
    }
    return out;
}

void Scenario::check(std::vector<Failure>& failures) {
    server::PgConnection conn(company_.db.conninfo());
    auto fail = [&](const std::string& invariant, const std::string& detail) { failures.push_back({invariant, detail}); };

    std::map<std::string, json> server_dumps;
    for (const auto& u : company_.users) {
        auto dump = server::dump_as(conn, server::kDefaultCompany, u.login);
        if (!dump) throw std::runtime_error("dump_as " + u.login + ": " + dump.error().message);
        server_dumps[u.login] = *dump;
    }

    // (1) every device equals the server's view of its user
    for (auto& d : devices_) {
        const json mine = d->replica->dump();
        const json& theirs = server_dumps[d->user->login];
        if (mine == theirs) continue;
        for (const auto& line : dump_diff(mine, theirs))
            fail("1 device == server dump --as", d->name + ": " + line);
    }

    // Server-side facts: owner of every customer (live or tombstone), scope owners.
    std::map<std::string, std::string> customer_owner;
    {
        auto rows = conn.exec("SELECT id::text, owner_id::text, coalesce(scope_owner_id::text, '') FROM customer");
        for (int r = 0; r < rows.rows(); ++r) {
            customer_owner[rows.text(r, 0)] = rows.text(r, 1);
            if (rows.text(r, 1) != rows.text(r, 2))
                fail("3 scope", "server: customer " + rows.text(r, 0) + " has owner " + company_.login_of(rows.text(r, 1)) +
                                    " but scope owner " + company_.login_of(rows.text(r, 2)));
        }
        for (const char* entity : {"contact", "visit"}) {
            auto rows2 = conn.exec(std::string("SELECT id::text, coalesce(customer_id::text, ''), coalesce(scope_owner_id::text, '') FROM ") + entity +
                                   " WHERE customer_id IS NOT NULL");
            for (int r = 0; r < rows2.rows(); ++r) {
                auto it = customer_owner.find(rows2.text(r, 1));
                const std::string owner = it == customer_owner.end() ? "" : it->second;
                if (owner != rows2.text(r, 2))
                    fail("3 scope", std::string("server: ") + entity + " " + rows2.text(r, 0) + " of customer owned by " +
                                        company_.login_of(owner) + " has scope owner " + company_.login_of(rows2.text(r, 2)));
            }
        }
    }

    // (3) no record visible to a user who may not see it (device replicas and server dumps)
    auto allowed_owners = [&](const SimUser& u) -> std::optional<std::set<std::string>> {
        if (u.role == "hq") return std::nullopt;
        if (u.role == "manager") return std::set<std::string>{u.id, company_.user("rep1").id, company_.user("rep2").id};
        return std::set<std::string>{u.id};
    };
    auto check_scope = [&](const std::string& who, const SimUser& u, const json& dump) {
        const auto allowed = allowed_owners(u);
        if (!allowed) return;
        int reported = 0;
        auto bad = [&](const std::string& line) {
            if (reported++ < 6) fail("3 no record outside the user's scope", who + ": " + line);
        };
        for (const auto& c : dump.value("customer", json::array()))
            if (!allowed->count(c.value("owner_id", "")))
                bad("customer " + c.value("id", "") + " owned by " + company_.login_of(c.value("owner_id", "")));
        for (const char* entity : {"contact", "visit"})
            for (const auto& r : dump.value(entity, json::array())) {
                const std::string customer = r.value("customer_id", "");
                if (customer.empty()) continue;
                auto it = customer_owner.find(customer);
                if (it == customer_owner.end()) bad(std::string(entity) + " " + r.value("id", "") + " of a customer the server does not have");
                else if (!allowed->count(it->second))
                    bad(std::string(entity) + " " + r.value("id", "") + " of a customer owned by " + company_.login_of(it->second));
            }
    };
    for (const auto& u : company_.users) check_scope("server dump --as " + u.login, u, server_dumps[u.login]);
    for (auto& d : devices_) check_scope(d->name, *d->user, d->replica->dump());

    // (2) every queued mutation got exactly one verdict; none lost, none applied twice
    // (4) every rejected or merged edit is a sync issue on the device and logged on the server
    for (auto& d : devices_) {
        const std::string device_id = d->replica->device_id();
        if (auto pending = d->replica->pending_mutations(100000); !pending.empty()) {
            std::string seqs;
            for (const auto& m : pending) seqs += " " + std::to_string(m.seq);
            fail("2 every mutation got a verdict", d->name + ": outbox not empty after quiescence, seqs" + seqs);
        }
        std::map<std::int64_t, json> verdicts;
        std::map<std::int64_t, int> verdict_rows;
        {
            auto rows = conn.exec("SELECT seq, verdict::text, user_id::text FROM applied_mutation WHERE device_id = $1::uuid",
                                  {device_id});
            for (int r = 0; r < rows.rows(); ++r) {
                const auto seq = std::stoll(rows.text(r, 0));
                verdicts[seq] = json::parse(rows.text(r, 1));
                ++verdict_rows[seq];
                if (rows.text(r, 2) != d->user->id) fail("2 none applied twice", d->name + ": seq " + rows.text(r, 0) + " recorded for another user");
            }
        }
        std::map<std::int64_t, int> rejection_rows;
        std::map<std::int64_t, std::string> rejection_code;
        {
            auto rows = conn.exec("SELECT seq, code FROM sync_rejection WHERE device_id = $1::uuid", {device_id});
            for (int r = 0; r < rows.rows(); ++r) {
                const auto seq = std::stoll(rows.text(r, 0));
                ++rejection_rows[seq];
                rejection_code[seq] = rows.text(r, 1);
            }
        }
        std::set<std::tuple<std::string, std::string>> conflicts;  // (record, field)
        {
            auto rows = conn.exec("SELECT record_id::text, field FROM sync_conflict WHERE device_id = $1::uuid", {device_id});
            for (int r = 0; r < rows.rows(); ++r) conflicts.insert({rows.text(r, 0), rows.text(r, 1)});
        }
        std::map<std::int64_t, std::vector<sync::SyncIssue>> issues;
        for (auto& i : d->replica->issues()) issues[i.seq].push_back(i);

        for (const auto& [seq, v] : verdicts)
            if (!d->queued.count(seq)) fail("2 none applied twice", d->name + ": the server has a verdict for seq " + std::to_string(seq) + " the device never queued");
        for (const auto& [seq, i] : issues)
            if (!d->queued.count(seq)) fail("4 every non-applied edit is visible", d->name + ": sync issue for unknown seq " + std::to_string(seq));

        for (const auto& [seq, q] : d->queued) {
            const std::string tag = d->name + " seq " + std::to_string(seq) + " (" + q.what + " " + q.id.substr(0, 8) + ")";
            auto vit = verdicts.find(seq);
            if (vit == verdicts.end()) {
                const bool still_pending = d->replica->is_pending(q.entity, q.id);
                fail("2 no acknowledged mutation lost", tag + ": no row in applied_mutation" +
                                                           (still_pending ? " (still in the outbox)" : " although the device dropped it from its outbox"));
                continue;
            }
            if (verdict_rows[seq] != 1) fail("2 none applied twice", tag + ": " + std::to_string(verdict_rows[seq]) + " rows in applied_mutation");
            const json& v = vit->second;
            const std::string status = v.value("status", "");
            const std::string code = v.value("code", "");
            ++verdict_tally[status + (code.empty() ? "" : ":" + code)];
            auto lost = v.value("lost_fields", std::vector<std::string>{});
            std::sort(lost.begin(), lost.end());
            const auto& dev_issues = issues[seq];

            const bool pending_revision = code == sync::kRevisionPendingCode;
            if (!q.must_reject_with.empty() &&
                (!q.must_reject_with.count(code) || (status != "rejected" && !pending_revision)))
                fail("6 permissions", tag + ": a rep's key-field change got " + status + " " + code +
                                          " instead of a rejection or a pending revision");
            if (status == "applied" || status == "merged") {
                auto rows = conn.exec("SELECT deleted FROM \"" + q.entity + "\" WHERE id = $1::uuid", {q.id});
                if (rows.rows() == 0) fail("2 no acknowledged mutation lost", tag + ": " + status + " but no such " + q.entity + " on the server");
                else if (q.op == "delete" && rows.text(0, 0) != "t") fail("2 no acknowledged mutation lost", tag + ": delete applied but the record is live");
            }
            if (status == "rejected") {
                if (dev_issues.size() != 1 || dev_issues[0].status != "rejected" || dev_issues[0].code != code)
                    fail("4 every non-applied edit is visible", tag + ": rejected " + code + " on the server; device has " +
                                                                    std::to_string(dev_issues.size()) + " issue(s)" +
                                                                    (dev_issues.empty() ? "" : " first: " + dev_issues[0].status + " " + dev_issues[0].code));
                if (rejection_rows[seq] != 1 || rejection_code[seq] != code)
                    fail("4 every non-applied edit is visible", tag + ": rejected " + code + "; sync_rejection has " +
                                                                    std::to_string(rejection_rows[seq]) + " row(s)");
            } else {
                if (rejection_rows[seq] != 0)
                    fail("4 every non-applied edit is visible", tag + ": " + status + " but sync_rejection has a row");
                if (status == "merged") {
                    std::vector<std::string> dev_lost;
                    if (dev_issues.size() == 1) dev_lost = dev_issues[0].lost_fields;
                    std::sort(dev_lost.begin(), dev_lost.end());
                    if (dev_issues.size() != 1 || dev_issues[0].status != "merged" || dev_lost != lost)
                        fail("4 every non-applied edit is visible", tag + ": merged (lost " + json(lost).dump() + ") on the server; device has " +
                                                                        std::to_string(dev_issues.size()) + " issue(s)" +
                                                                        (dev_issues.empty() ? "" : " first: " + dev_issues[0].status + " lost " + json(dev_issues[0].lost_fields).dump()));
                    for (const auto& f : lost)  // pending key fields are revisions, not conflicts
                        if (!conflicts.count({q.id, f}) && !(pending_revision && crm::is_revised_field(*crm::find_entity(q.entity), f)))
                            fail("4 every non-applied edit is visible", tag + ": lost field " + f + " has no sync_conflict row");
                } else if (status == "applied") {
                    // An accepted edit needs no issue; one with a code (out_of_scope) may carry one.
                    if (!dev_issues.empty() && (code.empty() || dev_issues[0].code != code))
                        fail("4 every non-applied edit is visible", tag + ": applied on the server but the device lists a " +
                                                                        dev_issues[0].status + " " + dev_issues[0].code + " issue");
                } else {
                    fail("2 none applied twice", tag + ": stored verdict has status '" + status + "'");
                }
            }
        }
    }
}

}  // namespace crm::sim
