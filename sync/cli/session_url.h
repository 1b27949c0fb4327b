#pragma once
// The server a signed-in replica talks to, with the CA that verifies it.

#include "crm/sync/http_transport.h"
#include "crm/sync/replica.h"

#include <string>

namespace crm::sync {

/// The session's server URL; verified against `ca_override` when given (`--ca` of this run, kept
/// with the session only once the command succeeded), else against the session's CA.
inline Result<ServerUrl> session_server_url(const Session& session, const std::string& ca_override) {
    auto url = parse_server_url(session.server_url);
    if (url) url->ca_file = ca_override.empty() ? session.ca_file : ca_override;
    return url;
}

}  // namespace crm::sync
