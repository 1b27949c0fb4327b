// The push fast path sends a batch's writes in one pipeline; a database error there must
// reject only the failing mutation (through the one-by-one fallback) and lose nothing else.
#include "scenario.h"

#include "crm/server/db/pg.h"

#include <catch2/catch.hpp>

using namespace crm;
using nlohmann::json;

TEST_CASE("a database error in one mutation rejects it alone and replays as duplicates", "[server][sync]") {
    test::Company company;
    // A rule the shared validation does not know, so the error comes from PostgreSQL itself.
    server::PgConnection(company.db.conninfo())
        .exec("ALTER TABLE visit ADD CONSTRAINT test_no_boom CHECK (purpose IS DISTINCT FROM 'boom')");
    test::Device phone(company, "rep1");
    const std::string customer = test::uuid();
    REQUIRE(phone.push({phone.create("customer", test::customer_fields("Fallback Co."), customer)})["verdicts"][0]
                ["status"] == "applied");

    std::int64_t seq = 100;
    auto visit = [&](const std::string& purpose) {
        json m = phone.create("visit", {{"customer_id", customer}, {"purpose", purpose}});
        m["seq"] = seq++;  // fixed seqs so the batch can be replayed as is
        return m;
    };
    const std::vector<json> batch = {visit("first"), visit("boom"), visit("third")};
    const json answer = phone.push(batch);
    REQUIRE(answer["verdicts"].size() == 3);
    CHECK(answer["verdicts"][0]["status"] == "applied");
    CHECK(answer["verdicts"][1]["status"] == "rejected");
    CHECK(answer["verdicts"][1]["code"] == "invalid");
    CHECK(answer["verdicts"][2]["status"] == "applied");
    CHECK(company.dump_as("rep1")["visit"].size() == 2);
    CHECK(company.count("sync_rejection") == 1);

    const auto before = company.fingerprint();
    const json replay = phone.push(batch);  // same seqs: the response was "lost"
    for (int i = 0; i < 3; ++i) CHECK(replay["verdicts"][i]["status"] == "duplicate");
    CHECK(replay["verdicts"][1]["code"] == "invalid");
    CHECK(company.fingerprint() == before);
}
