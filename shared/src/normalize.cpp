#include "crm/shared/normalize.h"

#include <algorithm>
#include <array>

namespace crm {
namespace {

bool is_ascii_punct_or_space(unsigned char c) {
    return c <= 0x20 || (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) ||
           (c >= 0x7b && c <= 0x7f);
}

/// Length of the UTF-8 sequence starting with lead byte c (1 for invalid bytes: kept as is).
std::size_t utf8_length(unsigned char c) {
    if (c >= 0xf0) return 4;
    if (c >= 0xe0) return 3;
    if (c >= 0xc0) return 2;
    return 1;
}

/// Full-width and CJK punctuation and the ideographic space.
bool is_wide_punct(std::string_view ch) {
    static const std::array<std::string_view, 20> marks = {
        "\u3000", "\uff08", "\uff09", "\uff0c", "\u3001", "\u3002", "\uff0e", "\uff1a", "\uff1b", "\u00b7",
        "\u300a", "\u300b", "\u3010", "\u3011", "\uff0d", "\u2014", "\u201c", "\u201d", "\uff01", "\uff1f"};
    return std::find(marks.begin(), marks.end(), ch) != marks.end();
}

std::string fold(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t n = std::min(utf8_length(c), text.size() - i);
        const std::string_view ch = text.substr(i, n);
        i += n;
        if (n == 1) {
            if (is_ascii_punct_or_space(c)) continue;
            out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        } else if (!is_wide_punct(ch)) {
            out += ch;
        }
    }
    return out;
}

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string normalize_phone(std::string_view phone) {
    std::string digits;
    for (char c : phone)
        if (c >= '0' && c <= '9') digits += c;
    const auto first = phone.find_first_not_of(" \t");
    const bool international = first != std::string_view::npos && phone[first] == '+';
    if (digits.starts_with("0086")) digits.erase(0, 4);
    else if (digits.starts_with("86") && (international || digits.size() == 13)) digits.erase(0, 2);
    if (digits.starts_with("0")) digits.erase(0, 1);
    return digits.size() >= 5 ? digits : std::string();
}

std::string normalize_company_name(std::string_view name) {
    // Longest suffixes first; applied repeatedly ("Acme Group Co Ltd" -> "acme").
    static const std::array<std::string_view, 17> suffixes = {
        "股份有限公司", "有限责任公司", "有限公司", "集团", "公司", "corporation", "company", "limited",
        "group", "gmbh", "corp", "inc", "llc", "ltd", "plc", "co", "sa"};
    std::string key = fold(name);
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (auto suffix : suffixes)
            if (key.size() > suffix.size() && ends_with(key, suffix)) {
                key.erase(key.size() - suffix.size());
                stripped = true;
                break;
            }
    }
    return key;
}

std::string normalize_person_name(std::string_view name) { return fold(name); }

std::vector<DuplicateMatch> find_duplicates(std::string_view phone, std::string_view company_name,
                                            const std::vector<DuplicateCandidate>& candidates) {
    const std::string phone_key = normalize_phone(phone);
    const std::string company_key = normalize_company_name(company_name);
    std::vector<DuplicateMatch> matches;
    for (const auto& c : candidates) {
        DuplicateMatch m{c, !phone_key.empty() && c.phone_key == phone_key,
                         !company_key.empty() && c.company_key == company_key};
        if (m.same_phone || m.same_company) matches.push_back(std::move(m));
    }
    std::stable_sort(matches.begin(), matches.end(),
                     [](const DuplicateMatch& a, const DuplicateMatch& b) { return a.same_phone > b.same_phone; });
    return matches;
}

}  // namespace crm
