#include "raw_socket.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace crm::test {

std::vector<ParsedResponse> parse_responses(const std::string& raw) {
    std::vector<ParsedResponse> out;
    std::size_t pos = 0;
    while (true) {
        const auto head_end = raw.find("\r\n\r\n", pos);
        if (head_end == std::string::npos) break;
        ParsedResponse r;
        const std::string head = raw.substr(pos, head_end - pos);
        const auto first_eol = head.find("\r\n");
        const std::string status_line = head.substr(0, first_eol);
        if (status_line.size() < 12) break;
        r.status = std::stoi(status_line.substr(9, 3));
        std::size_t line_start = first_eol == std::string::npos ? head.size() : first_eol + 2;
        while (line_start < head.size()) {
            auto eol = head.find("\r\n", line_start);
            if (eol == std::string::npos) eol = head.size();
            const std::string line = head.substr(line_start, eol - line_start);
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                std::string name = line.substr(0, colon);
                std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
                std::string value = line.substr(colon + 1);
                value.erase(0, value.find_first_not_of(' '));
                r.headers[name] = value;
            }
            line_start = eol + 2;
        }
        const std::size_t length = r.headers.count("content-length") ? std::stoul(r.headers["content-length"]) : 0;
        if (raw.size() < head_end + 4 + length) break;
        r.body = raw.substr(head_end + 4, length);
        out.push_back(std::move(r));
        pos = head_end + 4 + length;
    }
    return out;
}

RawConnection::RawConnection(unsigned short port, const std::string& source) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd_ >= 0 && !source.empty()) {
        sockaddr_in from{};
        from.sin_family = AF_INET;
        if (::inet_pton(AF_INET, source.c_str(), &from.sin_addr) != 1 ||
            ::bind(fd_, reinterpret_cast<sockaddr*>(&from), sizeof from) != 0)
            throw std::runtime_error("cannot bind to " + source);
    }
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0)
        throw std::runtime_error("cannot connect to 127.0.0.1:" + std::to_string(port));
}

RawConnection::~RawConnection() {
    if (fd_ >= 0) ::close(fd_);
}

bool RawConnection::send(const std::string& bytes) {
    std::size_t sent = 0;
    while (sent < bytes.size()) {
        const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) return false;
        sent += static_cast<std::size_t>(n);
    }
    return true;
}

long RawConnection::read_some(std::chrono::milliseconds timeout) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return -1;
    char buf[16384];
    const auto n = ::recv(fd_, buf, sizeof buf, 0);
    if (n <= 0) return 0;
    received_.append(buf, static_cast<std::size_t>(n));
    return n;
}

bool RawConnection::read_until_closed(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) return false;
        const long n = read_some(left);
        if (n == 0) return true;
        if (n < 0) return false;
    }
}

std::vector<ParsedResponse> RawConnection::read_responses(std::size_t count, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (parse_responses(received_).size() < count) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0 || read_some(left) <= 0) break;
    }
    return parse_responses(received_);
}

std::string raw_request(const std::string& method, const std::string& target, const std::string& body,
                        const std::string& token) {
    std::string r = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-CRM-Protocol: 1\r\n";
    if (!token.empty()) r += "Authorization: Bearer " + token + "\r\n";
    if (!body.empty() || method == "POST")
        r += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) + "\r\n";
    return r + "\r\n" + body;
}

}  // namespace crm::test
