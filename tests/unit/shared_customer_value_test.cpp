// The customer value score formula and the ABC (Pareto) split of crm/shared/customer_value.h.
#include "crm/shared/customer_value.h"

#include <catch2/catch.hpp>

using namespace crm;

TEST_CASE("customer value score: each part of the formula", "[unit][value]") {
    CustomerValueInput nothing;
    CHECK(customer_value_score(nothing) == 0);

    CustomerValueInput attributes;
    attributes.kind = "company";       // 8
    attributes.has_industry = true;    // 4
    attributes.credit_level = " a+";   // first letter A: 8
    CHECK(customer_value_score(attributes) == 20);
    attributes.kind = "person";        // 4
    attributes.credit_level = "B";     // 5
    CHECK(customer_value_score(attributes) == 13);
    attributes.credit_level = "c";     // 2
    attributes.has_industry = false;
    CHECK(customer_value_score(attributes) == 6);
    attributes.credit_level = "unknown";
    CHECK(customer_value_score(attributes) == 4);

    CustomerValueInput deals;
    deals.won_amount = 999999;         // log10(1e6) / 6 = 1 -> 25
    deals.open_amount = 999;           // log10(1000) / 6 = 0.5 -> 5
    deals.won_deals = 2;               // 10
    CHECK(customer_value_score(deals) == Approx(40));
    deals.won_amount = 1e12;           // capped at 25
    deals.won_deals = 7;               // capped at 15
    deals.open_amount = 0;
    CHECK(customer_value_score(deals) == Approx(40));
    deals.won_amount = -5;             // nonsense amounts count as nothing
    deals.won_deals = -1;
    CHECK(customer_value_score(deals) == 0);

    CustomerValueInput activity;
    activity.visits_90d = 3;           // 12
    activity.days_since_visit = 10;    // 10
    CHECK(customer_value_score(activity) == 22);
    activity.visits_90d = 9;           // capped at 20
    activity.days_since_visit = 105;   // 10 * (180 - 105) / 150 = 5
    CHECK(customer_value_score(activity) == 25);
    activity.days_since_visit = 400;   // 0
    CHECK(customer_value_score(activity) == 20);
    activity.days_since_visit = 30;    // still 10
    CHECK(customer_value_score(activity) == 30);

    CustomerValueInput all;
    all.kind = "company";
    all.has_industry = true;
    all.credit_level = "A";
    all.won_amount = 1e9;
    all.open_amount = 1e9;
    all.won_deals = 10;
    all.visits_90d = 10;
    all.days_since_visit = 0;
    CHECK(customer_value_score(all) == 100);
    // rounded to 0.1 and deterministic
    CustomerValueInput odd;
    odd.won_amount = 12345;  // 25 * log10(12346) / 6 = 17.04...
    CHECK(customer_value_score(odd) == Approx(17.0));
    CHECK(customer_value_score(odd) == customer_value_score(odd));
}

TEST_CASE("ABC segments: A up to 80% of the total score, B up to 95%, C the rest", "[unit][value]") {
    // total 100: a 50 (before 0 -> A), b 30 (before 50 -> A), c 10 (before 80 -> B),
    // d 6 (before 90 -> B), e 4 (before 96 -> C); the result is in input order.
    const std::vector<ScoredCustomer> customers = {{"e", 4}, {"a", 50}, {"c", 10}, {"b", 30}, {"d", 6}};
    CHECK(abc_segments(customers) == std::vector<char>{'C', 'A', 'B', 'A', 'B'});
}

TEST_CASE("ABC segments: ties share a segment, all zero is C, one customer is A", "[unit][value]") {
    // total 100: x 70 (A), then y and z tie at 15: y (by id) starts before 70 -> A; z shares it.
    CHECK(abc_segments({{"z", 15}, {"x", 70}, {"y", 15}}) == std::vector<char>{'A', 'A', 'A'});
    // total 40: 10, 10, 10, 10 all tie: all take the first's A
    CHECK(abc_segments({{"a", 10}, {"b", 10}, {"c", 10}, {"d", 10}}) == std::vector<char>{'A', 'A', 'A', 'A'});
    // a tie across the 95% line: 80 (A), 15 (before 80 -> B), 2.5 and 2.5 (before 95 -> C both)
    CHECK(abc_segments({{"a", 80}, {"b", 15}, {"c", 2.5}, {"d", 2.5}}) == std::vector<char>{'A', 'B', 'C', 'C'});
    CHECK(abc_segments({{"a", 0}, {"b", 0}}) == std::vector<char>{'C', 'C'});
    CHECK(abc_segments({{"only", 12}}) == std::vector<char>{'A'});
    CHECK(abc_segments({{"only", 0}}) == std::vector<char>{'C'});
    CHECK(abc_segments({}).empty());
    // a zero score among others is C
    CHECK(abc_segments({{"a", 10}, {"b", 0}}) == std::vector<char>{'A', 'C'});
}
