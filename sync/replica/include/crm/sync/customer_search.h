#pragma once
// Search over the replica's customers: a local index (SQLite FTS5, trigram tokenizer) of each
// customer's name, phone (as typed and as crm::normalize_phone's key), region, address and tags,
// and of its contacts' names and phones; plus the columns the list and its filters need. The
// index is kept in step with the replica's local view by SQL triggers (schema 4), so every write
// path of Replica — local edits, rebases, verdicts, pulls, evictions, reset sweeps, wipes — keeps
// it right without any code of its own. The filter columns follow every write at once; the text
// (FTS) tables follow set-based — at the end of each sync, every 20,000 records during a long
// pull, on a wipe and before a text search (catch_up) — because FTS5 writes from per-row
// triggers are ~8x slower.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace crm::sync {

class Replica;
class SqliteDb;

/// What the customer list asks for. Empty strings match everything.
struct CustomerQuery {
    /// Words that must each occur in the customer or one of its contacts (substring, case-insensitive
    /// for Latin letters). A number-like text ("+86 138-0013") also matches the phone's digits.
    std::string text;
    std::string lifecycle;
    std::string level;
    std::string region;
    std::string tag;
    std::size_t limit = 0;  ///< 0: no limit
    std::string segment;    ///< value segment A, B or C (schema 5)
};

/// One customer as the list shows it (only these columns are read).
struct CustomerRow {
    std::string id;
    std::string name;
    std::string kind;
    std::string lifecycle;
    std::string level;
    std::string region;
    std::string phone;
    std::string address;
    bool pending = false;  ///< has local edits the server has not ruled on
    std::string segment;   ///< value segment A, B, C or "" (not scored yet)
    double value_score = -1;  ///< -1: not scored yet
};

/// One value a filter can take, with how many customers have it.
struct FacetValue {
    std::string value;
    std::int64_t count = 0;
};

/// The choices of each filter, most frequent first (ties by value).
struct CustomerFacets {
    std::vector<FacetValue> lifecycles;
    std::vector<FacetValue> levels;
    std::vector<FacetValue> regions;
    std::vector<FacetValue> tags;
    std::vector<FacetValue> segments;
};

class CustomerSearch {
public:
    /// The live customers matching the query, sorted by name (case-insensitive), then id.
    static std::vector<CustomerRow> find(Replica& replica, const CustomerQuery& query);
    /// How many customers match (same rules as find, without limit).
    static std::int64_t count(Replica& replica, const CustomerQuery& query);
    static CustomerFacets facets(Replica& replica);
    /// Brings the text index up to date with the records written since it was last brought up to
    /// date (local edits, pages of a sync still running). find() and count() do this themselves
    /// for a text query.
    static void catch_up(Replica& replica);
};

/// Registers the SQL function crm_phone_key(text) (crm::normalize_phone) on a connection. The
/// index's triggers call it, so every connection that writes a replica must have it; the
/// replica's schema migration does this on each open.
void register_search_functions(SqliteDb& db);

/// The SQL of schema 4: the index tables, their triggers on local_record, and the initial fill
/// from the records already there. Frozen once released: a change needs a new migration.
std::string customer_search_migration_sql();

/// The SQL of schema 5: the customer's value segment and score (server-set) as index columns,
/// filled from the records already there; the customer triggers recreated to keep them.
std::string customer_value_migration_sql();

}  // namespace crm::sync
