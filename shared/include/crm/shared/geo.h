#pragma once
// Check-in verification: is the rep where the customer is? Judged the same way on the device
// (offline, at check-in) and on the server (when the visit arrives).

#include <optional>
#include <string_view>

namespace crm {

struct GeoPoint {
    double latitude = 0;
    double longitude = 0;
};

/// A position fix as the device got it.
struct GeoFix {
    GeoPoint point;
    double accuracy_m = 0;  ///< horizontal accuracy radius; 0 when unknown
    double age_s = 0;       ///< how old the fix was when it was used
};

/// Great-circle distance in metres (haversine on a spherical Earth, radius 6,371 km).
double distance_m(const GeoPoint& a, const GeoPoint& b);

enum class CheckInStatus {
    verified,        ///< the fix is within the radius of the customer's position
    outside_radius,  ///< the fix is farther than the radius (accuracy taken into account)
    no_fix,          ///< no usable position (none, or too old)
    manual,          ///< the rep entered the check-in by hand (no fix)
    no_reference,    ///< the customer has no stored position to compare with
};

std::string_view to_string(CheckInStatus status);
std::optional<CheckInStatus> parse_check_in_status(std::string_view text);

struct CheckInPolicy {
    double radius_m = 300;      ///< how far from the customer's position a check-in still counts
    double max_fix_age_s = 300; ///< older fixes count as no fix
};

struct CheckInJudgement {
    CheckInStatus status = CheckInStatus::no_fix;
    std::optional<double> distance_m;  ///< when both positions are known
};

/// Judges a check-in. The accuracy radius is given the benefit of the doubt: a fix counts as
/// inside when distance - accuracy <= radius. A manual check-in stays `manual`.
CheckInJudgement judge_check_in(const std::optional<GeoPoint>& customer, const std::optional<GeoFix>& fix,
                                bool manual = false, const CheckInPolicy& policy = {});

}  // namespace crm
