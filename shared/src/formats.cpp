#include "crm/shared/formats.h"

#include <cctype>
#include <chrono>
#include <cstdio>

namespace crm {
namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t count) {
    if (pos + count > s.size()) return false;
    for (std::size_t i = pos; i < pos + count; ++i)
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

int number_at(std::string_view s, std::size_t pos, std::size_t count) {
    int n = 0;
    for (std::size_t i = pos; i < pos + count; ++i) n = n * 10 + (s[i] - '0');
    return n;
}

bool valid_ymd(int y, int m, int d) {
    using namespace std::chrono;
    return y >= 1 && year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

}  // namespace

bool is_uuid(std::string_view t) {
    if (t.size() != 36) return false;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash) {
            if (t[i] != '-') return false;
        } else if (!std::isdigit(static_cast<unsigned char>(t[i])) && !(t[i] >= 'a' && t[i] <= 'f')) {
            return false;
        }
    }
    return true;
}

std::string uuid_from_bytes(const std::array<std::uint8_t, 16>& in) {
    auto b = in;
    b[6] = static_cast<std::uint8_t>((b[6] & 0x0f) | 0x40);
    b[8] = static_cast<std::uint8_t>((b[8] & 0x3f) | 0x80);
    char out[37];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1],
                  b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return out;
}

bool is_date(std::string_view t) {
    if (t.size() != 10 || !digits(t, 0, 4) || t[4] != '-' || !digits(t, 5, 2) || t[7] != '-' || !digits(t, 8, 2))
        return false;
    return valid_ymd(number_at(t, 0, 4), number_at(t, 5, 2), number_at(t, 8, 2));
}

bool is_timestamp(std::string_view t) {
    if (t.size() < 20 || !is_date(t.substr(0, 10)) || (t[10] != 'T' && t[10] != ' ')) return false;
    if (!digits(t, 11, 2) || t[13] != ':' || !digits(t, 14, 2) || t[16] != ':' || !digits(t, 17, 2)) return false;
    if (number_at(t, 11, 2) > 23 || number_at(t, 14, 2) > 59 || number_at(t, 17, 2) > 60) return false;
    std::size_t pos = 19;
    if (pos < t.size() && t[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < t.size() && std::isdigit(static_cast<unsigned char>(t[pos]))) ++pos;
        if (pos == start || pos - start > 9) return false;
    }
    std::string_view zone = t.substr(pos);
    if (zone == "Z") return true;
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digits(zone, 1, 2) && zone[3] == ':' &&
        digits(zone, 4, 2))
        return number_at(zone, 1, 2) <= 14 && number_at(zone, 4, 2) <= 59;
    if (zone.size() == 3 && (zone[0] == '+' || zone[0] == '-') && digits(zone, 1, 2)) return number_at(zone, 1, 2) <= 14;
    return false;
}

std::string format_timestamp_ms(std::int64_t unix_ms) {
    using namespace std::chrono;
    const sys_time<milliseconds> tp{milliseconds{unix_ms}};
    const auto day_point = floor<days>(tp);
    const year_month_day ymd{day_point};
    const hh_mm_ss hms{tp - day_point};
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                  static_cast<int>(hms.seconds().count()), static_cast<int>(hms.subseconds().count()));
    return out;
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t extra = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) { ++i; continue; }
        if ((c & 0xe0) == 0xc0) { extra = 1; cp = c & 0x1f; }
        else if ((c & 0xf0) == 0xe0) { extra = 2; cp = c & 0x0f; }
        else if ((c & 0xf8) == 0xf0) { extra = 3; cp = c & 0x07; }
        else return false;
        if (i + extra >= s.size()) return false;
        for (std::size_t k = 1; k <= extra; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xc0) != 0x80) return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000) || cp > 0x10ffff ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += extra + 1;
    }
    return true;
}

}  // namespace crm
