#include "request_log.h"

#include <nlohmann/json.hpp>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <random>
#include <stdexcept>

namespace crm::server {
namespace {

/// Now as 2026-01-31T12:34:56.789Z.
std::string utc_now() {
    const auto now = std::chrono::system_clock::now();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&seconds, &tm);
    char text[64];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    return text;
}

}  // namespace

RequestLog::RequestLog(const std::string& path) : out_(stderr), owned_(false) {
    if (path.empty()) return;
    out_ = std::fopen(path.c_str(), "a");
    if (!out_) throw std::runtime_error("cannot open the log file '" + path + "': " + std::strerror(errno));
    owned_ = true;
}

RequestLog::~RequestLog() {
    if (owned_) std::fclose(out_);
}

void RequestLog::write(const RequestLogEntry& e) {
    nlohmann::json line = {{"time", utc_now()},     {"request_id", e.request_id}, {"method", e.method},
                           {"route", e.route},      {"status", e.status},         {"duration_ms", e.duration_ms},
                           {"bytes", e.bytes}};
    line["user"] = e.user.empty() ? nlohmann::json(nullptr) : nlohmann::json(e.user);
    // Replace invalid UTF-8 rather than throw: the method comes from the client.
    const std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    std::lock_guard lock(mutex_);
    std::fwrite(text.data(), 1, text.size(), out_);
    std::fflush(out_);
}

std::string request_id_from(const std::string& client_value) {
    const bool usable = !client_value.empty() && client_value.size() <= 64 &&
                        client_value.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") ==
                            std::string::npos;
    if (usable) return client_value;
    // Random per process, then counted: unique and cheap.
    static const std::uint64_t prefix = std::random_device{}() ^ (std::uint64_t(std::random_device{}()) << 32);
    static std::atomic<std::uint64_t> counter{0};
    char text[40];
    std::snprintf(text, sizeof text, "%016llx-%llu", static_cast<unsigned long long>(prefix),
                  static_cast<unsigned long long>(++counter));
    return text;
}

}  // namespace crm::server
