#pragma once
// A bare HTTP/1.1 client for tests that need to send anything at all (wrong headers,
// malformed bodies, huge bodies): one connection per request.

#include <map>
#include <string>

namespace crm::test {

/// Status and body of a response; status 0 when the connection failed (see error).
struct RawResponse {
    int status = 0;
    std::string body;
    std::string error;
    std::map<std::string, std::string> headers;  ///< as the server spelled the names
};

/// Sends one request to 127.0.0.1:port with exactly these extra headers.
RawResponse http_request(unsigned short port, const std::string& method, const std::string& target,
                         const std::string& body = "", const std::map<std::string, std::string>& headers = {});

/// http_request with "X-CRM-Protocol: 1" and, when token is not empty, "Authorization: Bearer token".
RawResponse api_request(unsigned short port, const std::string& method, const std::string& target,
                        const std::string& body = "", const std::string& token = "");

}  // namespace crm::test
