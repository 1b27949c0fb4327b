#include "crm/shared/geo.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace crm {

double distance_m(const GeoPoint& a, const GeoPoint& b) {
    constexpr double earth_radius_m = 6'371'000.0;
    constexpr double to_rad = std::numbers::pi / 180.0;
    const double dlat = (b.latitude - a.latitude) * to_rad;
    const double dlon = (b.longitude - a.longitude) * to_rad;
    const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                     std::cos(a.latitude * to_rad) * std::cos(b.latitude * to_rad) * std::sin(dlon / 2) *
                         std::sin(dlon / 2);
    return 2 * earth_radius_m * std::asin(std::min(1.0, std::sqrt(h)));
}

std::string_view to_string(CheckInStatus status) {
    switch (status) {
    case CheckInStatus::verified: return "verified";
    case CheckInStatus::outside_radius: return "outside_radius";
    case CheckInStatus::no_fix: return "no_fix";
    case CheckInStatus::manual: return "manual";
    case CheckInStatus::no_reference: return "no_reference";
    }
    return "no_fix";
}

std::optional<CheckInStatus> parse_check_in_status(std::string_view text) {
    for (auto s : {CheckInStatus::verified, CheckInStatus::outside_radius, CheckInStatus::no_fix,
                   CheckInStatus::manual, CheckInStatus::no_reference})
        if (to_string(s) == text) return s;
    return std::nullopt;
}

CheckInJudgement judge_check_in(const std::optional<GeoPoint>& customer, const std::optional<GeoFix>& fix,
                                bool manual, const CheckInPolicy& policy) {
    CheckInJudgement j;
    const bool usable_fix = fix && std::isfinite(fix->point.latitude) && std::isfinite(fix->point.longitude) &&
                            fix->age_s <= policy.max_fix_age_s;
    if (usable_fix && customer) j.distance_m = distance_m(*customer, fix->point);
    if (manual) j.status = CheckInStatus::manual;
    else if (!usable_fix) j.status = CheckInStatus::no_fix;
    else if (!customer) j.status = CheckInStatus::no_reference;
    else j.status = *j.distance_m - std::max(0.0, fix->accuracy_m) <= policy.radius_m ? CheckInStatus::verified
                                                                                     : CheckInStatus::outside_radius;
    return j;
}

}  // namespace crm
