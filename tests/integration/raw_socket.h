#pragma once
// A plain TCP client for the limits and fault tests: send bytes as slowly or as oddly as a
// hostile client would, and read the raw answers (status and headers included).

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace crm::test {

/// One parsed HTTP response. Header names are lower-case.
struct ParsedResponse {
    int status = 0;
    std::map<std::string, std::string> headers;
    std::string body;
};

/// The complete responses in `raw` (by Content-Length), in order.
std::vector<ParsedResponse> parse_responses(const std::string& raw);

/// One TCP connection to 127.0.0.1:port.
class RawConnection {
public:
    /// Connects to 127.0.0.1:port, from `source` (another loopback address, e.g. 127.0.0.2,
    /// to act as a second client machine) when given.
    explicit RawConnection(unsigned short port, const std::string& source = "");
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    /// Sends all of `bytes`; false when the peer has closed or reset the connection.
    bool send(const std::string& bytes);
    /// Reads until the peer closes or `timeout` passes; what was read is appended to received().
    /// True when the peer closed (EOF or reset) within the timeout.
    bool read_until_closed(std::chrono::milliseconds timeout);
    /// Reads until `count` complete responses have arrived, the peer closes, or timeout.
    std::vector<ParsedResponse> read_responses(std::size_t count, std::chrono::milliseconds timeout);
    const std::string& received() const { return received_; }

private:
    /// One read with a timeout: >0 bytes, 0 on EOF/reset, -1 on timeout.
    long read_some(std::chrono::milliseconds timeout);

    int fd_ = -1;
    std::string received_;
};

/// A request line + headers (with X-CRM-Protocol: 1) and body, as bytes.
std::string raw_request(const std::string& method, const std::string& target, const std::string& body = "",
                        const std::string& token = "");

}  // namespace crm::test
