#include "crm/sync/field_merge.h"
#include "crm/sync/hlc.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace crm::sync;

namespace {

/// A server field replaying a sequence of updates through the merge rule.
struct ServerField {
    std::string value = "original";
    FieldStamp stamp{1, ""};
    std::int64_t next_version = 2;

    void apply(const std::string& v, const IncomingField& in) {
        if (decide_field(stamp, in) != FieldOutcome::lose) {
            value = v;
            stamp = {next_version, in.hlc};
        }
        ++next_version;
    }
};

struct Edit {
    std::string value;
    std::string hlc;
};

}  // namespace

TEST_CASE("a device that saw the latest version always overwrites") {
    CHECK(decide_field({5, "0000000000009-000000-b"}, {5, "0000000000001-000000-a"}) == FieldOutcome::apply);
}

TEST_CASE("concurrent edits: the later HLC wins, ties broken by device") {
    const FieldStamp stored{5, HlcTime{2000, 0, "dev-b"}.encode()};
    CHECK(decide_field(stored, {4, HlcTime{3000, 0, "dev-a"}.encode()}) == FieldOutcome::apply_over_concurrent);
    CHECK(decide_field(stored, {4, HlcTime{1000, 0, "dev-a"}.encode()}) == FieldOutcome::lose);
    CHECK(decide_field(stored, {4, HlcTime{2000, 0, "dev-a"}.encode()}) == FieldOutcome::lose);
    CHECK(decide_field(stored, {4, HlcTime{2000, 0, "dev-c"}.encode()}) == FieldOutcome::apply_over_concurrent);
}

TEST_CASE("the outcome of concurrent edits does not depend on arrival order") {
    // Every device edited from version 1 (the original); all permutations must converge.
    std::vector<Edit> edits = {{"from-a", HlcTime{3000, 0, "dev-a"}.encode()},
                               {"from-b", HlcTime{3000, 0, "dev-b"}.encode()},
                               {"from-c", HlcTime{2500, 7, "dev-c"}.encode()},
                               {"from-d", HlcTime{1000, 0, "dev-d"}.encode()}};
    std::sort(edits.begin(), edits.end(), [](const Edit& x, const Edit& y) { return x.value < y.value; });
    int orders = 0;
    do {
        ServerField field;
        for (const auto& e : edits) field.apply(e.value, {1, e.hlc});
        CHECK(field.value == "from-b");
        // Replaying the same edits again (a resent batch that slipped past idempotency) changes nothing.
        for (const auto& e : edits) field.apply(e.value, {1, e.hlc});
        CHECK(field.value == "from-b");
        ++orders;
    } while (std::next_permutation(edits.begin(), edits.end(),
                                   [](const Edit& x, const Edit& y) { return x.value < y.value; }));
    CHECK(orders == 24);
}

TEST_CASE("plan_update keeps non-overlapping edits and reports losers") {
    const std::map<std::string, FieldStamp> stored = {{"phone", {7, HlcTime{5000, 0, "dev-b"}.encode()}},
                                                      {"address", {3, ""}}};
    const std::map<std::string, IncomingField> incoming = {{"phone", {3, HlcTime{4000, 0, "dev-a"}.encode()}},
                                                           {"address", {3, HlcTime{4000, 0, "dev-a"}.encode()}},
                                                           {"region", {0, HlcTime{4000, 0, "dev-a"}.encode()}}};
    const MergePlan plan = plan_update(stored, incoming);
    CHECK(plan.applied == std::vector<std::string>{"address", "region"});
    CHECK(plan.lost == std::vector<std::string>{"phone"});
    CHECK(plan.overwritten.empty());
}
