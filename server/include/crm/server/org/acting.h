#pragma once
// Who performs a management action: the books they see (their scope) and their audit identity.

#include "crm/server/org/audit.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

namespace crm::server {

struct Acting {
    /// Users whose books the actor sees; nullopt: everyone (hq, crm-admin).
    std::optional<std::vector<std::string>> visible;
    /// actor_id / actor_login / device_id for the audit rows (default: crm-admin).
    AuditEntry audit;

    /// True when a record with this scope owner is in the actor's scope (pool records: hq only).
    bool sees(const std::optional<std::string>& scope_owner) const {
        if (!visible) return true;
        return scope_owner && std::find(visible->begin(), visible->end(), *scope_owner) != visible->end();
    }
};

}  // namespace crm::server
