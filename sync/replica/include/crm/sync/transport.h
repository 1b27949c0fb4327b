#pragma once
// The seam between the sync client and the network: one request in, one response out.

#include "crm/shared/result.h"

#include <optional>
#include <string>
#include <string_view>

namespace crm::sync {

struct HttpRequest {
    std::string method;  ///< "GET" or "POST"
    std::string target;  ///< path and query, e.g. "/v1/sync/pull?cursor=0"
    std::string body;    ///< JSON text for POST
    std::string token;   ///< bearer token, "" when signed out
};

struct HttpResponse {
    int status = 0;
    std::string body;
    /// The answer's `Retry-After: <seconds>` (429 and 503 carry one); empty when absent or not
    /// a plain number of seconds.
    std::optional<int> retry_after_seconds = std::nullopt;
};

/// The seconds of a `Retry-After` header value: delta-seconds only (an HTTP date, a negative or
/// absurd number gives nothing); capped at one day.
std::optional<int> parse_retry_after(std::string_view value);

/// Sends one request. An Error (code "unreachable") means no HTTP answer arrived at all;
/// any HTTP status, including 4xx/5xx, is a response.
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
};

}  // namespace crm::sync
