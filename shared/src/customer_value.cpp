#include "crm/shared/customer_value.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <numeric>

namespace crm {
namespace {

double log_share(double amount) { return amount <= 0 ? 0 : std::min(1.0, std::log10(1 + amount) / 6); }

double credit_points(const std::string& level) {
    const auto first = std::find_if(level.begin(), level.end(), [](unsigned char c) { return !std::isspace(c); });
    if (first == level.end()) return 0;
    switch (std::toupper(static_cast<unsigned char>(*first))) {
    case 'A': return 8;
    case 'B': return 5;
    case 'C': return 2;
    default: return 0;
    }
}

}  // namespace

double customer_value_score(const CustomerValueInput& in) {
    const double attributes = (in.kind == "company" ? 8 : in.kind == "person" ? 4 : 0) + (in.has_industry ? 4 : 0) +
                              credit_points(in.credit_level);
    const double deals = 25 * log_share(in.won_amount) + 10 * log_share(in.open_amount) +
                         std::min(15.0, 5.0 * std::max(0, in.won_deals));
    double recency = 0;
    if (in.days_since_visit >= 0)
        recency = in.days_since_visit <= 30 ? 10 : std::max(0.0, 10.0 * (180 - in.days_since_visit) / 150);
    const double activity = std::min(20.0, 4.0 * std::max(0, in.visits_90d)) + recency;
    return std::round((attributes + deals + activity) * 10) / 10;
}

std::vector<char> abc_segments(const std::vector<ScoredCustomer>& customers) {
    std::vector<std::size_t> order(customers.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (customers[a].score != customers[b].score) return customers[a].score > customers[b].score;
        return customers[a].id < customers[b].id;
    });
    double total = 0;
    for (const auto& c : customers) total += std::max(0.0, c.score);
    std::vector<char> segments(customers.size(), 'C');
    if (total <= 0) return segments;
    double before = 0;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const auto& c = customers[order[i]];
        char segment = before < 0.80 * total ? 'A' : before < 0.95 * total ? 'B' : 'C';
        if (i > 0 && customers[order[i - 1]].score == c.score) segment = segments[order[i - 1]];
        segments[order[i]] = segment;
        before += std::max(0.0, c.score);
    }
    return segments;
}

}  // namespace crm
