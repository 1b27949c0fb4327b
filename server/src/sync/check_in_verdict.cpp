#include "sync/check_in_verdict.h"

#include "sync/record_store.h"

namespace crm::server {
namespace {

using nlohmann::json;

std::optional<double> number(const json& record, const char* name) {
    auto it = record.find(name);
    if (it == record.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
}

bool says_manual(const json& visit) {
    return visit.value("check_in_status", json()) == "manual" || visit.value("check_in_source", json()) == "manual";
}

/// The stored position of the visit's customer, if it has one.
std::optional<GeoPoint> customer_position(PushContext& ctx, const json& visit) {
    auto id = visit.find("customer_id");
    if (id == visit.end() || !id->is_string()) return std::nullopt;
    // Through the push's record cache: the batch's customers were read with it in one round trip.
    const StoredRecord* customer = ctx.db.record(*find_entity("customer"), id->get<std::string>());
    if (!customer || customer->deleted) return std::nullopt;
    return customer->position;
}

}  // namespace

bool touches_check_in(const json& fields) {
    for (const char* name : {"check_in_at", "check_in_latitude", "check_in_longitude", "check_in_accuracy",
                             "check_in_fix_age_s", "check_in_source", "check_in_status", "customer_id", "lead_id"})
        if (fields.contains(name)) return true;
    return false;
}

std::optional<std::string> judge_visit_check_in(PushContext& ctx, const json& visit) {
    const auto lat = number(visit, "check_in_latitude"), lon = number(visit, "check_in_longitude");
    const bool has_time = visit.contains("check_in_at") && !visit["check_in_at"].is_null();
    if (!has_time && !(lat && lon)) return std::nullopt;
    if (says_manual(visit)) return std::string(to_string(CheckInStatus::manual));
    const auto customer = customer_position(ctx, visit);
    if (!customer) return std::string(to_string(CheckInStatus::no_reference));
    std::optional<GeoFix> fix;
    if (lat && lon)
        fix = GeoFix{{*lat, *lon}, number(visit, "check_in_accuracy").value_or(0), number(visit, "check_in_fix_age_s").value_or(0)};
    return std::string(to_string(judge_check_in(customer, fix, false, ctx.check_in).status));
}

}  // namespace crm::server
