#pragma once
// Recomputes customer value scores and ABC segments (crm/shared/customer_value.h) over a company.

#include "crm/server/db/pg.h"
#include "crm/server/org/audit.h"

#include <cstdint>

namespace crm::server {

struct RescoreReport {
    long customers = 0;  ///< customers scored
    long changed = 0;    ///< customers whose score or segment changed (new seq each)
};

/// Scores every customer of the company from its attributes, won / open opportunities and
/// check-ins (as of now), splits them A/B/C, and writes value_score / value_segment of the
/// customers where either changed, each with a new seq so devices pull them; records the audit
/// row customer.rescore with the counts. One transaction under the company lock.
RescoreReport rescore_customers(PgConnection& conn, std::int64_t company, const AuditEntry& by);

}  // namespace crm::server
