#pragma once
// Normalized keys for duplicate detection of leads and customers: the same phone or company
// written differently must compare equal. Used by the app (warning at lead capture, against the
// local replica) and by headquarters' company-wide de-duplication.

#include <string>
#include <string_view>
#include <vector>

namespace crm {

/// Digits only, without a leading international prefix for China (+86 / 0086) and without a
/// trunk "0"; "" when fewer than 5 digits remain (too short to identify anyone).
/// "+86 138-0013-8000" and "13800138000" give the same key.
std::string normalize_phone(std::string_view phone);

/// Case-folded (ASCII), without spaces, punctuation (ASCII and full-width/CJK) and common legal
/// suffixes (有限公司, 股份有限公司, 集团, 公司, co, ltd, inc, llc, corp, gmbh...).
/// "Acme Co., Ltd." and "ACME" give the same key; "" when nothing is left.
std::string normalize_company_name(std::string_view name);

/// Case-folded (ASCII) without spaces and punctuation.
std::string normalize_person_name(std::string_view name);

/// One record that a new lead may duplicate.
struct DuplicateCandidate {
    std::string entity;  ///< "lead", "customer" or "contact"
    std::string id;
    std::string label;   ///< what to show the user, e.g. the company name
    std::string phone_key;    ///< normalize_phone of its phone(s), "" if none
    std::string company_key;  ///< normalize_company_name, "" if none
};

struct DuplicateMatch {
    DuplicateCandidate candidate;
    bool same_phone = false;
    bool same_company = false;
};

/// The candidates sharing a phone key or a company key with (phone, company_name); phone
/// matches first. Empty keys never match.
std::vector<DuplicateMatch> find_duplicates(std::string_view phone, std::string_view company_name,
                                            const std::vector<DuplicateCandidate>& candidates);

}  // namespace crm
