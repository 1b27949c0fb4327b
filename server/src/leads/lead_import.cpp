#include "crm/server/leads/lead_import.h"

#include "crm/server/db/ids.h"
#include "crm/server/db/change_notice.h"
#include "crm/server/org/directory.h"
#include "crm/shared/formats.h"
#include "crm/shared/normalize.h"
#include "crm/shared/validation.h"
#include "sync/record_store.h"

#include <map>
#include <set>

namespace crm::server {
namespace {

using nlohmann::json;

constexpr std::size_t kMaxRows = 100000;

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

/// One row turned into lead fields, or the first problem found.
Result<json> row_fields(const std::vector<std::string>& header, const std::vector<std::string>& cells,
                        const ImportOptions& options, const std::optional<std::string>& owner_id) {
    if (cells.size() != header.size())
        return Error{"invalid", "expected " + std::to_string(header.size()) + " fields, found " +
                                    std::to_string(cells.size())};
    json fields = {{"status", "new"}};
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (!is_valid_utf8(cells[i])) return Error{"invalid", header[i] + ": is not valid UTF-8"};
        if (!cells[i].empty()) fields[header[i]] = cells[i];
    }
    if (!fields.contains("pool") && !options.pool.empty()) fields["pool"] = options.pool;
    if (owner_id) fields["owner_id"] = *owner_id;
    if (!fields.contains("person_name") && !fields.contains("company_name") && !fields.contains("phone"))
        return Error{"invalid", "person_name: a lead needs a person name, a company name or a phone"};
    const auto problems = check_fields(*find_entity("lead"), fields, ValidationMode::create);
    if (!problems.empty()) return Error{"invalid", problems.front().field + ": " + problems.front().message};
    return fields;
}

/// The first lead (live, or an earlier row) with each normalized phone and company name.
struct KnownLeads {
    std::map<std::string, std::string> by_phone, by_company;

    void add(const std::string& id, const std::string& phone, const std::string& company_name) {
        if (auto key = normalize_phone(phone); !key.empty()) by_phone.emplace(key, id);
        if (auto key = normalize_company_name(company_name); !key.empty()) by_company.emplace(key, id);
    }
    /// (id, "phone"|"company") of the lead this one duplicates, phone first.
    std::optional<std::pair<std::string, std::string>> match(const std::string& phone,
                                                             const std::string& company_name) const {
        if (auto key = normalize_phone(phone); !key.empty())
            if (auto it = by_phone.find(key); it != by_phone.end()) return std::pair{it->second, std::string("phone")};
        if (auto key = normalize_company_name(company_name); !key.empty())
            if (auto it = by_company.find(key); it != by_company.end()) return std::pair{it->second, std::string("company")};
        return std::nullopt;
    }
};

KnownLeads live_leads(PgConnection& conn, std::int64_t company) {
    auto rows = conn.exec("SELECT id::text, coalesce(phone, ''), coalesce(company_name, '') FROM lead "
                          "WHERE company_id = $1 AND NOT deleted ORDER BY created_at, id",
                          {std::to_string(company)});
    KnownLeads known;
    for (int r = 0; r < rows.rows(); ++r) known.add(rows.text(r, 0), rows.text(r, 1), rows.text(r, 2));
    return known;
}

Result<std::vector<std::string>> check_header(const std::vector<std::string>& header) {
    std::set<std::string> seen;
    std::vector<std::string> out;
    for (auto name : header) {
        while (!name.empty() && (name.back() == ' ' || name.back() == '\t')) name.pop_back();
        while (!name.empty() && (name.front() == ' ' || name.front() == '\t')) name.erase(0, 1);
        const auto& known = lead_import_columns();
        if (std::find(known.begin(), known.end(), name) == known.end())
            return Error{"bad_csv", "unknown column '" + name + "' (known columns: " + join(known) + ")"};
        if (!seen.insert(name).second) return Error{"bad_csv", "column '" + name + "' appears twice"};
        out.push_back(name);
    }
    return out;
}

}  // namespace

const std::vector<std::string>& lead_import_columns() {
    static const std::vector<std::string> columns = {"person_name", "company_name", "phone", "region",
                                                     "priority",    "source",       "pool"};
    return columns;
}

Result<std::vector<std::vector<std::string>>> parse_csv(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, after_quote = false, any = false;
    std::size_t line = 1;
    auto end_record = [&] {
        record.push_back(std::move(field));
        field.clear();
        const bool blank = record.size() == 1 && record[0].empty() && !any;
        if (!blank) records.push_back(std::move(record));
        record.clear();
        any = after_quote = false;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                    after_quote = true;
                }
            } else {
                if (c == '\n') ++line;
                field += c;
            }
            continue;
        }
        if (c == ',') {
            record.push_back(std::move(field));
            field.clear();
            any = true;
            after_quote = false;
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            continue;
        } else if (c == '\n') {
            end_record();
            ++line;
        } else if (after_quote) {
            return Error{"bad_csv", "line " + std::to_string(line) + ": text after a closing quote"};
        } else if (c == '"' && field.empty()) {
            quoted = any = true;
        } else {
            field += c;
            any = true;
        }
    }
    if (quoted) return Error{"bad_csv", "line " + std::to_string(line) + ": a quoted field is not closed"};
    if (!field.empty() || !record.empty() || any) end_record();
    return records;
}

Result<ImportReport> import_leads(PgConnection& conn, std::int64_t company, std::string_view csv,
                                  const ImportOptions& options, const Acting& by) {
    auto records = parse_csv(csv);
    if (!records) return records.error();
    if (records->empty()) return Error{"bad_csv", "the file is empty (a header row is required)"};
    if (records->size() - 1 > kMaxRows) return Error{"bad_csv", "more than 100000 rows; split the file"};
    auto header = check_header(records->front());
    if (!header) return header.error();
    if (!options.pool.empty() && (options.pool.size() > 100 || !is_valid_utf8(options.pool)))
        return Error{"invalid", "--pool must be 1 to 100 characters of UTF-8"};
    std::optional<std::string> owner_id;
    if (!options.owner_login.empty()) {
        auto owner = find_user_by_login(conn, company, options.owner_login);
        if (!owner || !owner->active) return Error{"not_found", "unknown or inactive login '" + options.owner_login + "'"};
        if (owner->role == Role::hq) return Error{"invalid", "leads are owned by reps and managers, not hq"};
        owner_id = owner->id;
    }

    ImportReport report;
    auto known = live_leads(conn, company);
    const std::string now = format_timestamp_ms(now_ms()), hlc = server_hlc(now_ms());
    const EntitySpec& lead = *find_entity("lead");
    std::vector<PgStatement> inserts;
    for (std::size_t n = 1; n < records->size(); ++n) {
        const std::string row = "row " + std::to_string(n) + ": ";
        auto fields = row_fields(*header, (*records)[n], options, owner_id);
        if (!fields) {
            report.lines.push_back(row + "error: " + fields.error().message);
            ++report.errors;
            continue;
        }
        const std::string id = new_uuid();
        const std::string phone = fields->value("phone", ""), company_name = fields->value("company_name", "");
        if (const auto match = known.match(phone, company_name)) {
            (*fields)["duplicate_of"] = match->first;
            report.lines.push_back(row + "duplicate of " + match->first + " (" + match->second + ")");
            ++report.duplicates;
        } else {
            report.lines.push_back(row + "created " + id);
        }
        ++report.created;
        known.add(id, phone, company_name);
        std::vector<std::string> stamped;
        for (const auto& [k, v] : fields->items()) stamped.push_back(k);
        (*fields)[std::string(kCreatedAtField)] = now;
        (*fields)[std::string(kUpdatedAtField)] = now;
        inserts.push_back(insert_record(company, lead, id, *fields, owner_id, stamped, hlc, std::nullopt));
    }
    if (options.dry_run || report.created == 0) return report;
    PgTransaction tx(conn);
    tx.exec("SELECT pg_advisory_xact_lock($1::bigint)", {std::to_string(company)});
    for (std::size_t i = 0; i < inserts.size(); i += 500)  // pipelined: no round trip per row
        tx.exec_pipeline({inserts.begin() + static_cast<long>(i), inserts.begin() + static_cast<long>(std::min(i + 500, inserts.size()))});
    AuditEntry entry = by.audit;
    entry.action = "lead.import";
    entry.entity = "lead";
    entry.details = {{"file", options.file_name},       {"created", report.created}, {"duplicates", report.duplicates},
                     {"errors", report.errors},         {"pool", options.pool},      {"owner", options.owner_login}};
    record_audit(tx.connection(), company, entry);
    const auto last = std::stoll(tx.exec("SELECT last_value FROM change_seq").text(0, 0));
    notify_change(tx, ChangeNotice{company, last, owner_id ? std::vector<std::string>{*owner_id}
                                                           : std::vector<std::string>{}});
    tx.commit();
    return report;
}

}  // namespace crm::server
