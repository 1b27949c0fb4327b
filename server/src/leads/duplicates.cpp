#include "crm/server/leads/duplicates.h"

#include "crm/shared/normalize.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>

namespace crm::server {
namespace {

using nlohmann::json;

struct Candidate {
    json record;
    std::vector<std::pair<std::string, std::string>> keys;  ///< (reason, normalized key)
};

/// Union-find over record indexes.
struct Groups {
    std::vector<std::size_t> parent;
    explicit Groups(std::size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
    std::size_t find(std::size_t i) { return parent[i] == i ? i : parent[i] = find(parent[i]); }
    void join(std::size_t a, std::size_t b) { parent[find(a)] = find(b); }
};

std::string text(const PgResult& rows, int r, int c) { return rows.is_null(r, c) ? std::string() : rows.text(r, c); }

json nullable(const PgResult& rows, int r, int c) { return rows.is_null(r, c) ? json() : json(rows.text(r, c)); }

std::vector<Candidate> load_leads(const PgResult& rows) {
    std::vector<Candidate> out;
    for (int r = 0; r < rows.rows(); ++r) {
        Candidate c;
        c.record = {{"id", rows.text(r, 0)},          {"owner_id", nullable(rows, r, 1)},
                    {"owner_login", nullable(rows, r, 2)}, {"created_at", rows.text(r, 3)},
                    {"person_name", nullable(rows, r, 4)}, {"company_name", nullable(rows, r, 5)},
                    {"phone", nullable(rows, r, 6)},      {"region", nullable(rows, r, 7)},
                    {"priority", nullable(rows, r, 8)},   {"pool", nullable(rows, r, 9)},
                    {"status", nullable(rows, r, 10)},    {"source", nullable(rows, r, 11)}};
        const auto phone = normalize_phone(text(rows, r, 6));
        const auto company = normalize_company_name(text(rows, r, 5));
        const auto person = normalize_person_name(text(rows, r, 4));
        if (!phone.empty()) c.keys.emplace_back("phone", phone);
        if (!company.empty()) c.keys.emplace_back("company", company);
        if (!company.empty() && !person.empty()) c.keys.emplace_back("person_and_company", person + "|" + company);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<Candidate> load_customers(const PgResult& rows) {
    std::vector<Candidate> out;
    for (int r = 0; r < rows.rows(); ++r) {
        Candidate c;
        c.record = {{"id", rows.text(r, 0)},        {"owner_id", nullable(rows, r, 1)},
                    {"owner_login", nullable(rows, r, 2)}, {"created_at", rows.text(r, 3)},
                    {"name", nullable(rows, r, 4)},  {"kind", nullable(rows, r, 5)},
                    {"phone", nullable(rows, r, 6)}, {"region", nullable(rows, r, 7)},
                    {"tax_id", nullable(rows, r, 8)}, {"lifecycle", nullable(rows, r, 9)}};
        const auto phone = normalize_phone(text(rows, r, 6));
        const auto name = normalize_company_name(text(rows, r, 4));
        if (!phone.empty()) c.keys.emplace_back("phone", phone);
        if (!name.empty()) c.keys.emplace_back("company", name);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace

json find_duplicate_groups(PgConnection& conn, std::int64_t company, const std::string& entity, const Acting& by,
                           std::size_t max_groups) {
    const bool lead = entity == "lead";
    const std::string columns = lead ? "t.person_name, t.company_name, t.phone, t.region, t.priority, t.pool, t.status, t.source"
                                     : "t.name, t.kind, t.phone, t.region, t.tax_id, t.lifecycle";
    PgParams params{std::to_string(company)};
    std::string scope = "true";
    if (by.visible) {
        params.push_back(pg_text_array(*by.visible));
        scope = "t.scope_owner_id = ANY($2::uuid[])";
    }
    auto rows = conn.exec("SELECT t.id::text, t.owner_id::text, u.login, "
                          "to_char(t.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), " + columns +
                              " FROM \"" + entity + "\" t LEFT JOIN app_user u ON u.company_id = t.company_id AND "
                              "u.id = t.owner_id WHERE t.company_id = $1 AND NOT t.deleted AND " + scope +
                              " ORDER BY t.created_at, t.id",
                          params);
    auto candidates = lead ? load_leads(rows) : load_customers(rows);

    Groups groups(candidates.size());
    std::map<std::pair<std::string, std::string>, std::size_t> first_with_key;
    std::vector<std::set<std::string>> matched_by(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i)
        for (const auto& key : candidates[i].keys) {
            auto [it, fresh] = first_with_key.emplace(key, i);
            if (fresh) continue;
            groups.join(i, it->second);
            matched_by[i].insert(key.first);
            matched_by[it->second].insert(key.first);
        }
    std::map<std::size_t, std::vector<std::size_t>> members;  // root -> indexes, oldest first
    for (std::size_t i = 0; i < candidates.size(); ++i)
        if (!matched_by[i].empty()) members[groups.find(i)].push_back(i);
    std::vector<std::vector<std::size_t>> ordered;
    for (auto& [root, list] : members) ordered.push_back(std::move(list));
    std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) { return a.front() < b.front(); });

    json out = json::array();
    for (const auto& list : ordered) {
        if (out.size() >= max_groups) break;
        std::set<std::string> reasons;
        json records = json::array();
        for (auto i : list) {
            json record = candidates[i].record;
            record["matched_by"] = matched_by[i];
            reasons.insert(matched_by[i].begin(), matched_by[i].end());
            records.push_back(std::move(record));
        }
        out.push_back({{"reasons", reasons}, {"records", records}});
    }
    return {{"entity", entity},
            {"groups", out},
            {"records_scanned", candidates.size()},
            {"truncated", ordered.size() > max_groups}};
}

}  // namespace crm::server
