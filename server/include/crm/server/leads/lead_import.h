#pragma once
// Bulk import of leads from CSV (crm-admin leads import) with a per-row report.

#include "crm/server/org/acting.h"
#include "crm/server/db/pg.h"
#include "crm/shared/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace crm::server {

/// RFC 4180 records: fields separated by commas, quoted fields may hold commas, newlines and
/// doubled quotes; CRLF or LF line ends; a UTF-8 BOM is skipped. Blank lines are skipped.
/// Error "bad_csv" for an unterminated quote or text after a closing quote.
Result<std::vector<std::vector<std::string>>> parse_csv(std::string_view text);

/// The columns an import file may have, in documentation order.
const std::vector<std::string>& lead_import_columns();

struct ImportOptions {
    std::string file_name;    ///< for the audit row
    std::string pool;         ///< default pool of rows without one
    std::string owner_login;  ///< owner of every imported lead ("" = unassigned, in the pool)
    bool dry_run = false;
};

struct ImportReport {
    std::vector<std::string> lines;  ///< "row N: created <id>", "row N: duplicate of <id> (phone)", "row N: error: ..."
    long created = 0;                ///< includes the duplicates (created, flagged duplicate_of)
    long duplicates = 0;
    long errors = 0;
};

/// Validates every row (shared's check_fields; row N = the Nth record after the header) and
/// creates the good ones in one transaction with status new, flagging a lead that shares a
/// phone or company with a live lead or an earlier row (duplicate_of); audits `lead.import`
/// once. Nothing is written with dry_run. Errors (nothing written): bad_csv (unreadable,
/// no header, unknown or repeated columns, no rows), not_found (unknown owner), invalid.
Result<ImportReport> import_leads(PgConnection& conn, std::int64_t company, std::string_view csv,
                                  const ImportOptions& options, const Acting& by);

}  // namespace crm::server
