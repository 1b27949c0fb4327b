#include "demo_day.h"

#include "crm/shared/formats.h"
#include "crm/shared/geo.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <optional>

namespace crm::server::admin {
namespace {

using nlohmann::json;

constexpr std::array kStages = {"discovery", "qualification", "proposal", "negotiation", "closing"};
constexpr std::array kPlannedPurposes = {"产品演示 Product demo", "合同洽谈 Contract talks", "季度回访 Quarterly review",
                                         "样品交付 Sample delivery", "技术交流 Technical meeting"};
constexpr std::array kLeadCompanies = {"临港智能装备有限公司", "Jiading Fresh Foods Co.", "奉贤美妆科技有限公司",
                                       "Lingang Robotics Ltd.", "金山化工新材料有限公司", "Chongming Eco Farms Co.",
                                       "松江影视文化传媒有限公司", "Pudong Cloud Logistics Ltd."};
constexpr std::array kLeadPeople = {"孙浩", "Lily Xu", "周婷", "Jason Wu", "郑凯", "Amy Sun", "何静", "Leo Ma"};
constexpr std::array kLeadSources = {"展会 Trade fair", "官网 Website", "电话咨询 Inbound call", "客户推荐 Referral"};
constexpr std::array kComments = {
    "这个客户很重要，下周安排技术总监一起拜访。Key account: bring the technical director next week.",
    "报价不要低于八五折，有问题先找我。Do not go below 15% off; talk to me first.",
    "跟进得很好，把会议纪要发给客户确认。Good follow-up: send the minutes for the customer to confirm.",
    "注意竞争对手也在接触他们，尽快推进。A competitor is talking to them too: move fast.",
};

std::string timestamp(std::int64_t ms) { return format_timestamp_ms(ms - ms % 1000); }

std::string mobile(std::mt19937& rng) {
    char out[32];
    const unsigned n = std::uniform_int_distribution<unsigned>(10000000, 99999999)(rng);
    std::snprintf(out, sizeof out, "+86 13%u %04u %04u", n % 10, n / 10000 % 10000, n % 10000);
    return out;
}

std::optional<GeoPoint> position_of(const json& record, const char* lat, const char* lon) {
    if (!record.contains(lat) || !record.contains(lon)) return std::nullopt;
    return GeoPoint{record[lat].get<double>(), record[lon].get<double>()};
}

}  // namespace

std::int64_t local_midnight(std::int64_t now_ms, int days) {
    const std::int64_t local = now_ms + kLocalOffsetMs;
    return local - local % kDayMs - kLocalOffsetMs + days * kDayMs;
}

std::int64_t local_time(std::int64_t now_ms, int days, int hour, int minute) {
    return local_midnight(now_ms, days) + (hour * 60LL + minute) * 60'000;
}

json demo_planned_visit(std::mt19937& rng, std::int64_t planned_ms) {
    return {{"planned_at", timestamp(planned_ms)},
            {"purpose", kPlannedPurposes[std::uniform_int_distribution<std::size_t>(0, kPlannedPurposes.size() - 1)(rng)]}};
}

void add_device_judgement(json& visit, const json& customer) {
    const auto fix_point = position_of(visit, "check_in_latitude", "check_in_longitude");
    if (!fix_point) return;
    const GeoFix fix{*fix_point, visit.value("check_in_accuracy", 0.0), 4};
    const auto judgement = judge_check_in(position_of(customer, "latitude", "longitude"), fix);
    visit["check_in_source"] = "gps";
    visit["check_in_fix_age_s"] = fix.age_s;
    visit["check_in_status"] = std::string(to_string(judgement.status));
    if (judgement.distance_m) visit["check_in_distance_m"] = std::round(*judgement.distance_m * 10) / 10;
}

std::vector<json> demo_tasks(std::int64_t now_ms) {
    return {{{"title", "给客户发报价单 Send the quote"}, {"due_at", timestamp(local_time(now_ms, 0, 17, 30))}},
            {{"title", "回访确认样品反馈 Follow up on the samples"}, {"due_at", timestamp(local_time(now_ms, -2, 10, 0))}},
            {{"title", "准备季度业务回顾 Prepare the quarterly review"}, {"due_at", timestamp(local_time(now_ms, 7, 10, 0))}},
            {{"title", "寄送产品目录 Mail the catalogue"},
             {"due_at", timestamp(local_time(now_ms, -1, 12, 0))},
             {"done", true},
             {"done_at", timestamp(local_time(now_ms, -1, 16, 10))}}};
}

json demo_lead(std::mt19937& rng, int index, const std::string& phone) {
    const auto at = [&](const auto& items) { return items[static_cast<std::size_t>(index) % items.size()]; };
    json lead = {{"company_name", at(kLeadCompanies)},
                 {"person_name", at(kLeadPeople)},
                 {"phone", phone.empty() ? mobile(rng) : phone},
                 {"source", at(kLeadSources)},
                 {"region", "上海"},
                 {"priority", index % 3 == 0 ? "high" : "normal"},
                 {"status", index % 2 ? "contacted" : "new"}};
    return lead;
}

std::vector<json> demo_stage_history(std::mt19937& rng, const json& opportunity, std::int64_t now_ms) {
    const std::string stage = opportunity["stage"];
    const int reached = static_cast<int>(std::find(kStages.begin(), kStages.end(), stage) - kStages.begin());
    const std::string status = opportunity.value("status", "following");
    std::vector<json> history;
    std::int64_t at = now_ms - std::uniform_int_distribution<int>(2, 6)(rng) * kDayMs;
    for (int k = reached; k >= std::max(0, reached - 2); --k) {  // newest first, then reversed
        json change = {{"to_stage", kStages[k]}, {"to_status", status}, {"changed_at", timestamp(at)}};
        if (k > 0) {
            change["from_stage"] = kStages[k - 1];
            change["from_status"] = status;
        }
        history.push_back(change);
        at -= std::uniform_int_distribution<int>(5, 12)(rng) * kDayMs;
    }
    std::reverse(history.begin(), history.end());
    return history;
}

std::string demo_comment(int index) { return kComments[static_cast<std::size_t>(index) % kComments.size()]; }

}  // namespace crm::server::admin
