#pragma once
// The customer value score (0..100) and ABC segments (issue 5 item 7). Pure and deterministic;
// the server computes them (crm-admin customers score, POST /v1/reports/rescore).

#include <string>
#include <vector>

namespace crm {

/// What the score is computed from.
struct CustomerValueInput {
    std::string kind;          ///< "company" or "person"
    bool has_industry = false;
    std::string credit_level;  ///< free text; its first letter A/B/C counts
    double won_amount = 0;     ///< sum of won opportunities' amounts
    double open_amount = 0;    ///< sum of open (following / on_hold) opportunities' amounts
    int won_deals = 0;
    int visits_90d = 0;        ///< check-ins in the last 90 days
    int days_since_visit = -1; ///< days since the last check-in; -1: never visited
};

/// Score 0..100, rounded to 0.1:
///   attributes  (max 20): company 8 / person 4; industry given 4; credit level A 8, B 5, C 2
///   deals       (max 50): won amount 25 * min(1, log10(1 + amount) / 6)  (1,000,000 -> 25)
///                         open pipeline 10 * min(1, log10(1 + amount) / 6)
///                         won deals 5 each, at most 15
///   activity    (max 30): visits in 90 days 4 each, at most 20;
///                         recency 10 up to 30 days since the last visit, falling linearly to 0 at 180
double customer_value_score(const CustomerValueInput& input);

/// One customer's score for the ABC split.
struct ScoredCustomer {
    std::string id;
    double score = 0;
};

/// ABC segments by Pareto, in the order of `customers`: sorted by score desc (id asc on ties), a
/// customer is A while the score total before it is < 80% of the whole, B while < 95%, else C.
/// Equal scores share the segment of the first of them. A total of 0 makes everyone C.
std::vector<char> abc_segments(const std::vector<ScoredCustomer>& customers);

}  // namespace crm
