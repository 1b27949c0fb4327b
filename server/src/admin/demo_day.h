#pragma once
// A rep's working day in the demo company: today's planned visits, an overdue one, follow-up
// tasks, fresh leads, the opportunities' stage history and a device-like check-in judgement.
// Times are in the company's local time, China Standard Time (UTC+8, no daylight saving).

#include <nlohmann/json.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace crm::server::admin {

inline constexpr std::int64_t kDayMs = 86'400'000;
inline constexpr std::int64_t kLocalOffsetMs = 8 * 3'600'000LL;

/// The UTC milliseconds of local (UTC+8) midnight of the day `days` after the day of `now_ms`.
std::int64_t local_midnight(std::int64_t now_ms, int days = 0);

/// The UTC milliseconds of `hour`:`minute` local time on the day `days` after the day of `now_ms`.
std::int64_t local_time(std::int64_t now_ms, int days, int hour, int minute);

/// A visit planned at `planned_ms` (not checked in yet).
nlohmann::json demo_planned_visit(std::mt19937& rng, std::int64_t planned_ms);

/// Fills in a checked-in visit what the device adds at check-in: position source, fix age and
/// its own judgement against `customer`'s position (check_in_status, check_in_distance_m).
void add_device_judgement(nlohmann::json& visit, const nlohmann::json& customer);

/// The rep's follow-ups around `now_ms`: one due today, one overdue, one next week, one done.
std::vector<nlohmann::json> demo_tasks(std::int64_t now_ms);

/// The index-th lead of a rep (status new or contacted); `phone` (when not empty) is taken as
/// the lead's phone, to show the duplicate warning against the customer that has it.
nlohmann::json demo_lead(std::mt19937& rng, int index, const std::string& phone);

/// The last one to three stage changes that brought `opportunity` to its stage (oldest first,
/// opportunity_id left out), the last a few days before `now_ms`.
std::vector<nlohmann::json> demo_stage_history(std::mt19937& rng, const nlohmann::json& opportunity, std::int64_t now_ms);

/// The body of the index-th manager's comment (批示).
std::string demo_comment(int index);

}  // namespace crm::server::admin
