#include "crm/shared/geo.h"
#include "crm/shared/normalize.h"

#include <catch2/catch.hpp>

using namespace crm;

TEST_CASE("distance_m matches known distances") {
    // Tiananmen to the Shanghai Bund: about 1,067 km.
    CHECK(distance_m({39.9087, 116.3975}, {31.2400, 121.4900}) == Approx(1'067'000).epsilon(0.01));
    CHECK(distance_m({31.23, 121.47}, {31.23, 121.47}) == 0.0);
    // 0.001 degree of latitude is about 111 m.
    CHECK(distance_m({31.0, 121.0}, {31.001, 121.0}) == Approx(111.2).epsilon(0.01));
}

TEST_CASE("judge_check_in covers every outcome") {
    const GeoPoint shop{31.2304, 121.4737};
    const GeoFix near{{31.2310, 121.4737}, 10, 5};    // ~67 m away
    const GeoFix far{{31.2404, 121.4737}, 10, 5};     // ~1.1 km away
    const GeoFix fuzzy{{31.2340, 121.4737}, 200, 5};  // ~400 m, but accuracy 200 m
    const GeoFix stale{{31.2304, 121.4737}, 5, 3600};

    auto j = judge_check_in(shop, near);
    CHECK(j.status == CheckInStatus::verified);
    REQUIRE(j.distance_m);
    CHECK(*j.distance_m == Approx(66.7).epsilon(0.02));
    CHECK(judge_check_in(shop, far).status == CheckInStatus::outside_radius);
    CHECK(judge_check_in(shop, fuzzy).status == CheckInStatus::verified);
    CHECK(judge_check_in(shop, stale).status == CheckInStatus::no_fix);
    CHECK(judge_check_in(shop, std::nullopt).status == CheckInStatus::no_fix);
    CHECK(judge_check_in(std::nullopt, near).status == CheckInStatus::no_reference);
    CHECK_FALSE(judge_check_in(std::nullopt, near).distance_m);
    CHECK(judge_check_in(shop, std::nullopt, true).status == CheckInStatus::manual);
    CHECK(judge_check_in(shop, far, false, CheckInPolicy{.radius_m = 5000}).status == CheckInStatus::verified);
    for (auto s : {CheckInStatus::verified, CheckInStatus::outside_radius, CheckInStatus::no_fix,
                   CheckInStatus::manual, CheckInStatus::no_reference})
        CHECK(parse_check_in_status(to_string(s)) == s);
    CHECK_FALSE(parse_check_in_status("nearby"));
}

TEST_CASE("normalize_phone gives one key per number however it is written") {
    CHECK(normalize_phone("+86 138-0013-8000") == "13800138000");
    CHECK(normalize_phone("0086 13800138000") == "13800138000");
    CHECK(normalize_phone("8613800138000") == "13800138000");
    CHECK(normalize_phone("138 0013 8000") == "13800138000");
    CHECK(normalize_phone("010-6552 9988") == normalize_phone("+86 10 65529988"));
    CHECK(normalize_phone("12-34") == "");
    CHECK(normalize_phone("") == "");
}

TEST_CASE("normalize_company_name drops case, punctuation and legal suffixes") {
    CHECK(normalize_company_name("Acme Co., Ltd.") == "acme");
    CHECK(normalize_company_name("ACME") == "acme");
    CHECK(normalize_company_name("Acme Group Inc") == "acme");
    CHECK(normalize_company_name("上海华强贸易有限公司") == "上海华强贸易");
    CHECK(normalize_company_name("上海华强贸易（集团）有限公司") == "上海华强贸易");
    CHECK(normalize_company_name("上海 华强贸易 股份有限公司") == "上海华强贸易");
    CHECK(normalize_company_name("Co") == "co");  // a suffix alone is kept, never emptied
    CHECK(normalize_company_name("  ") == "");
    CHECK(normalize_person_name("Zhang  Wei") == "zhangwei");
}

TEST_CASE("find_duplicates matches on phone or company, phone matches first") {
    std::vector<DuplicateCandidate> book = {
        {"customer", "c1", "Acme Co., Ltd.", normalize_phone("021-5555 1234"), normalize_company_name("Acme Co., Ltd.")},
        {"lead", "l1", "Wang", normalize_phone("+86 139 0000 1111"), ""},
        {"contact", "k1", "Li", "", ""},
    };
    auto m = find_duplicates("13900001111", "ACME", book);
    REQUIRE(m.size() == 2);
    CHECK(m[0].candidate.id == "l1");
    CHECK(m[0].same_phone);
    CHECK(m[1].candidate.id == "c1");
    CHECK(m[1].same_company);
    CHECK(find_duplicates("", "", book).empty());
    CHECK(find_duplicates("555", "Other", book).empty());
}
