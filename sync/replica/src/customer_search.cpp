#include "crm/sync/customer_search.h"

#include "crm/shared/normalize.h"
#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

#include <sqlite3.h>

#include <algorithm>
#include <string_view>

namespace crm::sync {
namespace {

// ---- the index's SQL (schema 4) ----------------------------------------------------------------

/// Where the rows being indexed come from: a trigger's NEW/OLD row, or every row of local_record
/// (the initial fill). `from` is "" for a trigger; `cond` selects the live records of the entity.
struct Source {
    std::string row;
    std::string from;
    std::string cond;
};

std::string field(const std::string& row, const char* name) {
    return "json_extract(" + row + ".data, '$." + name + "')";
}

std::string text_field(const std::string& row, const char* name) { return "ifnull(" + field(row, name) + ", '')"; }

/// "FROM a, b" of the source's table and `extra` ("" when neither).
std::string from_clause(const Source& src, const std::string& extra = {}) {
    std::string tables = src.from;
    if (!extra.empty()) tables += (tables.empty() ? "" : ", ") + extra;
    return tables.empty() ? "" : " FROM " + tables;
}

// Fields are joined with U+001F (unit separator), which nobody types: a query never matches
// across two fields.
std::string joined(const std::vector<std::string>& parts) {
    std::string out;
    for (const auto& part : parts) out += (out.empty() ? "" : " || char(31) || ") + part;
    return out;
}

std::string customer_body(const std::string& row) {
    return joined({text_field(row, "name"), text_field(row, "phone"), "crm_phone_key(" + field(row, "phone") + ")",
                   text_field(row, "region"), text_field(row, "address"),
                   "ifnull((SELECT group_concat(value, char(31)) FROM json_each(" + row + ".data, '$.tags')), '')"});
}

std::string contact_body(const std::string& row) {
    return joined({text_field(row, "name"), text_field(row, "phone"), "crm_phone_key(" + field(row, "phone") + ")",
                   text_field(row, "mobile"), "crm_phone_key(" + field(row, "mobile") + ")"});
}

/// Queues a record for the text index, remembering the FTS row it has there (if any). Only the
/// first queuing since the last flush counts: that row is the one in the FTS table. (No OR IGNORE:
/// the outer INSERT OR REPLACE would turn it into a replace.)
std::string enqueue(const char* entity, const char* index, const std::string& row) {
    const std::string e = std::string("'") + entity + "'";
    return "INSERT INTO search_queue (entity, id, fts_rid) SELECT " + e + ", " + row + ".id, (SELECT rid FROM " + index +
           " WHERE id = " + row + ".id) WHERE NOT EXISTS (SELECT 1 FROM search_queue WHERE entity = " + e +
           " AND id = " + row + ".id);\n";
}

std::string remove_customer(const std::string& row) {
    return enqueue("customer", "customer_index", row) +
           "DELETE FROM customer_tag WHERE customer_id = " + row + ".id;\n"
           "DELETE FROM customer_index WHERE id = " + row + ".id;\n";
}

/// The customer's index row; `with_value` adds the value columns of schema 5 (schema 4's SQL is
/// frozen without them).
std::string put_customer_row(const Source& s, bool with_value) {
    const std::string& r = s.row;
    return "INSERT INTO customer_index (id, name, kind, lifecycle, level, region, phone, address, pending" +
           std::string(with_value ? ", segment, value_score" : "") + ") SELECT " + r +
           ".id, " + text_field(r, "name") + ", " + text_field(r, "kind") + ", " + text_field(r, "lifecycle") + ", " +
           text_field(r, "level") + ", " + text_field(r, "region") + ", " + text_field(r, "phone") + ", " +
           text_field(r, "address") + ", " + r + ".pending" +
           (with_value ? ", " + text_field(r, "value_segment") + ", " + field(r, "value_score") : std::string()) +
           from_clause(s) + " WHERE " + s.cond + ";\n" +
           "INSERT OR IGNORE INTO customer_tag (tag, customer_id) SELECT DISTINCT t.value, " + r + ".id" +
           from_clause(s, "json_each(" + r + ".data, '$.tags') t") + " WHERE " + s.cond + " AND t.type = 'text';\n";
}

std::string put_customer(const Source& s) { return put_customer_row(s, false); }
std::string put_customer_v5(const Source& s) { return put_customer_row(s, true); }

std::string remove_contact(const std::string& row) {
    return enqueue("contact", "contact_index", row) + "DELETE FROM contact_index WHERE id = " + row + ".id;\n";
}

std::string put_contact(const Source& s) {
    const std::string& r = s.row;
    return "INSERT INTO contact_index (id, customer_id) SELECT " + r + ".id, " + text_field(r, "customer_id") +
           from_clause(s) + " WHERE " + s.cond + ";\n";
}

/// Brings the FTS tables up to date with the queued records, set-based: old rows out, current
/// rows in (from the plain index and the record's JSON), queue emptied.
std::string flush_sql() {
    return "DELETE FROM customer_fts WHERE rowid IN (SELECT fts_rid FROM search_queue WHERE entity = 'customer');\n"
           "INSERT INTO customer_fts (rowid, body) SELECT c.rid, " + customer_body("r") +
           " FROM search_queue q JOIN customer_index c ON c.id = q.id JOIN local_record r ON r.entity = 'customer'"
           " AND r.id = q.id WHERE q.entity = 'customer';\n"
           "DELETE FROM contact_fts WHERE rowid IN (SELECT fts_rid FROM search_queue WHERE entity = 'contact');\n"
           "INSERT INTO contact_fts (rowid, customer_id, body) SELECT k.rid, k.customer_id, " + contact_body("r") +
           " FROM search_queue q JOIN contact_index k ON k.id = q.id JOIN local_record r ON r.entity = 'contact'"
           " AND r.id = q.id WHERE q.entity = 'contact';\n"
           "DELETE FROM search_queue;\n";
}

/// Insert, update and delete triggers on local_record for one entity. local_record is written
/// with INSERT OR REPLACE, whose implicit delete fires no DELETE trigger (recursive_triggers is
/// off), so the insert trigger first removes what an earlier version of the record left.
std::string triggers(const std::string& entity, std::string (*remove)(const std::string&),
                     std::string (*put)(const Source&)) {
    const std::string when = " ON local_record WHEN ";
    return "CREATE TRIGGER " + entity + "_search_insert AFTER INSERT" + when + "NEW.entity = '" + entity +
           "' BEGIN\n" + remove("NEW") + put(Source{"NEW", "", "NOT NEW.deleted"}) + "END;\n" +
           "CREATE TRIGGER " + entity + "_search_update AFTER UPDATE" + when + "NEW.entity = '" + entity +
           "' OR OLD.entity = '" + entity + "' BEGIN\n" + remove("OLD") +
           put(Source{"NEW", "", "NEW.entity = '" + entity + "' AND NOT NEW.deleted"}) + "END;\n" +
           "CREATE TRIGGER " + entity + "_search_delete AFTER DELETE" + when + "OLD.entity = '" + entity +
           "' BEGIN\n" + remove("OLD") + "END;\n";
}

// ---- queries ---------------------------------------------------------------------------------

std::size_t code_points(std::string_view text) {
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// Words split at ASCII white space and U+3000 (the ideographic space of Chinese input methods).
std::vector<std::string> words(std::string text) {
    for (std::size_t at = text.find("\xE3\x80\x80"); at != std::string::npos; at = text.find("\xE3\x80\x80", at))
        text.replace(at, 3, " ");
    std::vector<std::string> out;
    std::string word;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!word.empty()) out.push_back(std::move(word));
            word.clear();
        } else {
            word += c;
        }
    }
    if (!word.empty()) out.push_back(std::move(word));
    return out;
}

/// "+86 138-0013 8000" or "(021) 555": digits and phone punctuation only, at least 3 digits.
bool looks_like_phone(std::string_view text) {
    int digits = 0;
    for (char c : text) {
        if (c >= '0' && c <= '9') ++digits;
        else if (std::string_view(" +-().").find(c) == std::string_view::npos) return false;
    }
    return digits >= 3;
}

std::string phrase(const std::string& text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string like_pattern(const std::string& text) {
    std::string out = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') out += '\\';
        out += c;
    }
    return out + "%";
}

/// A WHERE clause over customer_index and its parameters.
struct Filter {
    std::string where = "1";
    std::vector<std::string> params;

    void add(const std::string& condition, const std::vector<std::string>& values) {
        where += " AND " + condition;
        params.insert(params.end(), values.begin(), values.end());
    }
    /// The customer or one of its contacts satisfies `fts_condition` (one parameter).
    void text(const std::string& fts_condition, const std::string& value) {
        add("(rid IN (SELECT rowid FROM customer_fts WHERE " + fts_condition +
                ") OR id IN (SELECT customer_id FROM contact_fts WHERE " + fts_condition + "))",
            {value, value});
    }
    /// One word: a trigram phrase match from 3 characters on; below that (trigrams cannot match
    /// shorter text) a LIKE scan of the FTS tables' own content tables, which as plain tables
    /// scan ~4x faster than through the FTS module.
    void word(const std::string& w) {
        if (code_points(w) >= 3) {
            text("body MATCH ?", phrase(w));
            return;
        }
        const std::string pattern = like_pattern(w);
        add("(rid IN (SELECT id FROM customer_fts_content WHERE c0 LIKE ? ESCAPE '\\') OR id IN (SELECT c0 FROM "
            "contact_fts_content WHERE c1 LIKE ? ESCAPE '\\'))",
            {pattern, pattern});
    }
};

Filter build_filter(const CustomerQuery& q) {
    Filter f;
    const auto all = words(q.text);
    std::string trimmed;
    for (const auto& w : all) trimmed += (trimmed.empty() ? "" : " ") + w;
    if (looks_like_phone(trimmed)) {
        // As typed, as bare digits, or as the normalized key (without +86 / trunk 0).
        std::string digits;
        for (char c : trimmed)
            if (c >= '0' && c <= '9') digits += c;
        std::vector<std::string> forms{trimmed, digits, normalize_phone(trimmed)};
        std::string match;
        for (const auto& form : forms)
            if (code_points(form) >= 3 && match.find(phrase(form)) == std::string::npos)
                match += (match.empty() ? "" : " OR ") + phrase(form);
        f.text("body MATCH ?", match);
    } else {
        for (const auto& w : all) f.word(w);
    }
    if (!q.lifecycle.empty()) f.add("lifecycle = ?", {q.lifecycle});
    if (!q.level.empty()) f.add("level = ?", {q.level});
    if (!q.region.empty()) f.add("region = ?", {q.region});
    if (!q.segment.empty()) f.add("segment = ?", {q.segment});
    if (!q.tag.empty()) f.add("id IN (SELECT customer_id FROM customer_tag WHERE tag = ?)", {q.tag});
    return f;
}

void bind_all(Statement& st, const std::vector<std::string>& params) {
    for (std::size_t i = 0; i < params.size(); ++i) st.bind(static_cast<int>(i + 1), params[i]);
}

std::vector<FacetValue> facet(SqliteDb& db, const std::string& sql) {
    std::vector<FacetValue> out;
    auto st = db.prepare(sql);
    while (st.step()) out.push_back(FacetValue{st.text(0), st.integer(1)});
    return out;
}

void phone_key_function(sqlite3_context* ctx, int, sqlite3_value** argv) {
    const unsigned char* text = sqlite3_value_text(argv[0]);
    const std::string key = text ? normalize_phone(reinterpret_cast<const char*>(text)) : std::string();
    sqlite3_result_text(ctx, key.data(), static_cast<int>(key.size()), SQLITE_TRANSIENT);
}

}  // namespace

void CustomerSearch::catch_up(Replica& replica) {
    SqliteDb& db = replica.database();
    if (!db.scalar_text("SELECT 1 FROM search_queue LIMIT 1")) return;
    Transaction tx(db);
    db.exec(flush_sql());
    tx.commit();
}

std::vector<CustomerRow> CustomerSearch::find(Replica& replica, const CustomerQuery& query) {
    if (!words(query.text).empty()) catch_up(replica);
    const Filter f = build_filter(query);
    std::string sql = "SELECT id, name, kind, lifecycle, level, region, phone, address, pending, segment,"
                      " ifnull(value_score, -1) FROM customer_index WHERE " +
                      f.where + " ORDER BY name COLLATE NOCASE, id";
    if (query.limit > 0) sql += " LIMIT " + std::to_string(query.limit);
    auto st = replica.database().prepare(sql);
    bind_all(st, f.params);
    std::vector<CustomerRow> rows;
    while (st.step())
        rows.push_back(CustomerRow{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6),
                                   st.text(7), st.integer(8) != 0, st.text(9), std::stod(st.text(10))});
    return rows;
}

std::int64_t CustomerSearch::count(Replica& replica, const CustomerQuery& query) {
    if (!words(query.text).empty()) catch_up(replica);
    const Filter f = build_filter(query);
    auto st = replica.database().prepare("SELECT count(*) FROM customer_index WHERE " + f.where);
    bind_all(st, f.params);
    st.step();
    return st.integer(0);
}

CustomerFacets CustomerSearch::facets(Replica& replica) {
    SqliteDb& db = replica.database();
    auto of = [&](const char* column) {
        return facet(db, std::string("SELECT ") + column + ", count(*) FROM customer_index WHERE " + column +
                             " <> '' GROUP BY 1 ORDER BY 2 DESC, 1");
    };
    auto segments = facet(db, "SELECT segment, count(*) FROM customer_index WHERE segment <> '' GROUP BY 1 ORDER BY 1");
    return CustomerFacets{of("lifecycle"), of("level"), of("region"),
                          facet(db, "SELECT tag, count(*) FROM customer_tag GROUP BY 1 ORDER BY 2 DESC, 1"),
                          std::move(segments)};
}

void register_search_functions(SqliteDb& db) {
    const int rc = sqlite3_create_function_v2(db.handle(), "crm_phone_key", 1,
                                              SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                              phone_key_function, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) throw SqliteError(rc, "cannot register crm_phone_key");
}

std::string customer_search_migration_sql() {
    const Source all_customers{"r", "local_record r", "r.entity = 'customer' AND NOT r.deleted"};
    const Source all_contacts{"r", "local_record r", "r.entity = 'contact' AND NOT r.deleted"};
    return R"sql(
-- Each live customer: what the list shows and the filters need. rid is the FTS rowid.
CREATE TABLE customer_index (
  rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL, kind TEXT NOT NULL,
  lifecycle TEXT NOT NULL, level TEXT NOT NULL, region TEXT NOT NULL, phone TEXT NOT NULL,
  address TEXT NOT NULL, pending INTEGER NOT NULL);
CREATE INDEX customer_index_name ON customer_index (name COLLATE NOCASE, id);
CREATE INDEX customer_index_lifecycle ON customer_index (lifecycle);
CREATE INDEX customer_index_level ON customer_index (level);
CREATE INDEX customer_index_region ON customer_index (region);
CREATE TABLE customer_tag (tag TEXT NOT NULL, customer_id TEXT NOT NULL, PRIMARY KEY (tag, customer_id)) WITHOUT ROWID;
CREATE INDEX customer_tag_customer ON customer_tag (customer_id);
-- Each live contact's customer; rid is the FTS rowid.
CREATE TABLE contact_index (rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, customer_id TEXT NOT NULL);
-- Trigram tokenizer: substrings of any script (Chinese has no spaces) from 3 characters on.
CREATE VIRTUAL TABLE customer_fts USING fts5(body, tokenize = 'trigram');
CREATE VIRTUAL TABLE contact_fts USING fts5(customer_id UNINDEXED, body, tokenize = 'trigram');
-- Records whose FTS rows are out of date, with the FTS row they have (if any). FTS5 flushes its
-- pending terms at every statement savepoint, so writing it from the per-row triggers made one
-- tiny index segment per record (a pull took 8x longer); it is written set-based instead: at the
-- end of each sync, every 20,000 records during a long pull, on a wipe and before a text search.
CREATE TABLE search_queue (entity TEXT NOT NULL, id TEXT NOT NULL, fts_rid INTEGER,
  PRIMARY KEY (entity, id)) WITHOUT ROWID;
)sql" + triggers("customer", remove_customer, put_customer) +
           triggers("contact", remove_contact, put_contact) +
           // During a long pull, every 20,000 queued records (a few big FTS segments rather than
           // one per page); at the end of every sync (the result is stored last).
           "CREATE TRIGGER search_flush_after_pull AFTER INSERT ON meta WHEN NEW.key = 'last_sync_at' OR (NEW.key = "
           "'cursor' AND (SELECT count(*) FROM search_queue) >= 20000) BEGIN\n" + flush_sql() + "END;\n"
           // A wipe (sign-out, deactivation) drops the session last: no customer text may stay behind.
           "CREATE TRIGGER search_flush_after_wipe AFTER DELETE ON meta WHEN OLD.key = 'session' BEGIN\n" +
           flush_sql() + "END;\n" + put_customer(all_customers) + put_contact(all_contacts) +
           "INSERT INTO search_queue (entity, id) SELECT 'customer', id FROM customer_index;\n"
           "INSERT INTO search_queue (entity, id) SELECT 'contact', id FROM contact_index;\n" + flush_sql();
}

std::string customer_value_migration_sql() {
    return "ALTER TABLE customer_index ADD COLUMN segment TEXT NOT NULL DEFAULT '';\n"
           "ALTER TABLE customer_index ADD COLUMN value_score REAL;\n"
           "CREATE INDEX customer_index_segment ON customer_index (segment);\n"
           "UPDATE customer_index SET segment = ifnull((SELECT json_extract(r.data, '$.value_segment') FROM local_record r"
           " WHERE r.entity = 'customer' AND r.id = customer_index.id), ''), value_score = (SELECT"
           " json_extract(r.data, '$.value_score') FROM local_record r WHERE r.entity = 'customer' AND r.id = customer_index.id);\n"
           "DROP TRIGGER customer_search_insert;\nDROP TRIGGER customer_search_update;\nDROP TRIGGER customer_search_delete;\n" +
           triggers("customer", remove_customer, put_customer_v5);
}

}  // namespace crm::sync
