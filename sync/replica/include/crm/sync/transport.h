#pragma once
// The seam between the sync client and the network: one request in, one response out.

#include "crm/shared/result.h"

#include <string>

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
};

/// Sends one request. An Error (code "unreachable") means no HTTP answer arrived at all;
/// any HTTP status, including 4xx/5xx, is a response.
class Transport {
public:
    virtual ~Transport() = default;
    virtual Result<HttpResponse> send(const HttpRequest& request) = 0;
};

}  // namespace crm::sync
