#pragma once
// The server's own judgement of a visit's check-in (server_check_in_status), made whenever a
// visit's check-in arrives or changes (private to the sync service).

#include "sync/mutation_apply.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace crm::server {

/// Whether a visit write with these fields changes what the check-in is judged on: its time,
/// position, accuracy, fix age, source, the device's own status, or the customer/lead visited.
bool touches_check_in(const nlohmann::json& fields);

/// server_check_in_status of `visit` (the whole record as it will be stored): nullopt when the
/// visit has no check-in (no check_in_at and no position). `manual` when the device marked it
/// manual (check_in_status or check_in_source "manual"); `no_reference` when it is on a lead or
/// its customer has no stored position; otherwise crm::judge_check_in with ctx.check_in.
std::optional<std::string> judge_visit_check_in(PushContext& ctx, const nlohmann::json& visit);

}  // namespace crm::server
