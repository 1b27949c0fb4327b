#include "demo_data.h"

#include "crm/shared/formats.h"

#include <array>
#include <cmath>
#include <cstdio>

namespace crm::server::admin {
namespace {

using nlohmann::json;

constexpr std::array kCompanies = {
    "上海东方精密机械有限公司", "Shanghai Bund Logistics Co., Ltd.", "浦江医疗器械有限公司",
    "Huangpu Riverside Foods Ltd.", "静安云端软件科技有限公司", "Pudong Precision Parts Co.",
    "徐汇绿色建材有限公司", "Yangpu Smart Textiles Ltd.", "长宁星辰电子有限公司",
    "Minhang Auto Components Co.", "虹口百味餐饮管理有限公司", "Songjiang Solar Energy Ltd.",
    "嘉定新能源汽车配件有限公司", "Baoshan Steel Trading Co.", "闵行华康药业有限公司", "Qingpu Lakeside Hotels Ltd."};
constexpr std::array kIndustries = {"manufacturing", "logistics", "healthcare", "food & beverage", "software",
                                    "construction", "textiles", "electronics", "automotive", "energy"};
constexpr std::array kDistricts = {"黄浦区", "浦东新区", "静安区", "徐汇区", "长宁区", "杨浦区", "虹口区", "闵行区"};
constexpr std::array kStreets = {"南京东路", "世纪大道", "淮海中路", "漕溪北路", "延安西路", "四平路", "四川北路",
                                 "Huaihai Road", "Century Avenue", "Nanjing West Road"};
constexpr std::array kPeople = {"王伟", "李娜", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽",
                                "Emily Chen", "David Wang", "Sophie Li", "Michael Zhang", "Grace Liu", "Kevin Zhou"};
constexpr std::array kTitles = {"采购经理", "总经理", "技术总监", "Purchasing Manager", "Operations Director", "CFO"};
constexpr std::array kPurposes = {"产品演示", "季度回访", "合同洽谈", "Product demo", "Quarterly review",
                                  "Price negotiation"};
constexpr std::array kOutcomes = {"客户对新产品很感兴趣", "需要提供详细报价", "Customer asked for a trial",
                                  "Agreed on next quarter's volume", "决策人出差，下次再谈"};
constexpr std::array kNextSteps = {"发送报价单", "安排技术交流", "Send the proposal", "Book a site visit",
                                   "跟进合同条款"};
constexpr std::array kStages = {"discovery", "qualification", "proposal", "negotiation", "closing"};

template <typename Array>
const char* pick(std::mt19937& rng, const Array& items) {
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

double around(std::mt19937& rng, double center, double spread) {
    return std::round((center + std::uniform_real_distribution<double>(-spread, spread)(rng)) * 1e6) / 1e6;
}

std::string phone(std::mt19937& rng, bool mobile) {
    char out[32];
    const unsigned n = std::uniform_int_distribution<unsigned>(10000000, 99999999)(rng);
    if (mobile) std::snprintf(out, sizeof out, "+86 13%u %04u %04u", n % 10, n / 10000 % 10000, n % 10000);
    else std::snprintf(out, sizeof out, "+86 21 %08u", n);
    return out;
}

std::string timestamp(std::int64_t ms) { return format_timestamp_ms(ms - ms % 1000); }

}  // namespace

json demo_customer(std::mt19937& rng, int index, bool placed) {
    const char* name = kCompanies[static_cast<std::size_t>(index) % kCompanies.size()];
    const int branch = index / static_cast<int>(kCompanies.size());
    const unsigned number = std::uniform_int_distribution<unsigned>(1, 999)(rng);
    json c = {{"name", branch ? std::string(name) + " (" + std::to_string(branch + 1) + ")" : std::string(name)},
              {"kind", "company"},
              {"industry", pick(rng, kIndustries)},
              {"region", "上海"},
              {"address", std::string("上海市") + pick(rng, kDistricts) + pick(rng, kStreets) + std::to_string(number) + "号"},
              {"latitude", around(rng, 31.2304, 0.12)},   // 31.11 .. 31.35 N
              {"longitude", around(rng, 121.45, 0.15)},   // 121.30 .. 121.60 E
              {"phone", phone(rng, false)},
              {"lifecycle", index % 4 == 3 ? "potential" : "active"},
              {"level", std::string(1, static_cast<char>('A' + index % 3))},
              {"tags", index % 2 ? json::array({"key account"}) : json::array({"重点客户", "制造业"})}};
    if (!placed) {
        c.erase("latitude");
        c.erase("longitude");
    }
    return c;
}

json demo_contact(std::mt19937& rng, const json&) {
    return {{"name", pick(rng, kPeople)}, {"title", pick(rng, kTitles)}, {"phone", phone(rng, false)},
            {"mobile", phone(rng, true)}, {"key_person", std::bernoulli_distribution(0.5)(rng)}};
}

json demo_opportunity(std::mt19937& rng, const json& customer, std::int64_t now_ms, int stage) {
    const std::int64_t days = std::uniform_int_distribution<int>(14, 120)(rng);
    const std::string close = format_timestamp_ms(now_ms + days * 86400000).substr(0, 10);
    return {{"title", customer["name"].get<std::string>() + " — 年度采购 / annual supply"},
            {"amount", static_cast<double>(std::uniform_int_distribution<int>(5, 500)(rng) * 10000)},
            {"stage", kStages[static_cast<std::size_t>(stage) % kStages.size()]},
            {"status", "following"},
            {"expected_close", close}};
}

json demo_visit(std::mt19937& rng, const json& customer, int days_ago, std::int64_t now_ms) {
    const std::int64_t check_in = now_ms - days_ago * 86400000LL - std::uniform_int_distribution<int>(1, 8)(rng) * 3600000LL;
    const std::int64_t check_out = check_in + std::uniform_int_distribution<int>(20, 90)(rng) * 60000LL;
    // Where the rep was: at the customer, or (no stored position) somewhere in the city.
    const double lat = customer.contains("latitude") ? customer["latitude"].get<double>() : around(rng, 31.2304, 0.1);
    const double lon = customer.contains("longitude") ? customer["longitude"].get<double>() : around(rng, 121.45, 0.1);
    return {{"planned_at", timestamp(check_in - 1800000)},
            {"check_in_at", timestamp(check_in)},
            {"check_in_latitude", around(rng, lat, 0.0005)},
            {"check_in_longitude", around(rng, lon, 0.0005)},
            {"check_in_accuracy", static_cast<double>(std::uniform_int_distribution<int>(5, 40)(rng))},
            {"check_out_at", timestamp(check_out)},
            {"check_out_latitude", around(rng, lat, 0.0005)},
            {"check_out_longitude", around(rng, lon, 0.0005)},
            {"purpose", pick(rng, kPurposes)},
            {"notes", "拜访记录 / visit notes: " + std::string(pick(rng, kOutcomes))},
            {"outcome", pick(rng, kOutcomes)},
            {"next_step", pick(rng, kNextSteps)}};
}

}  // namespace crm::server::admin
