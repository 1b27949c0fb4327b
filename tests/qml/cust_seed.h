#pragma once
// A small book for the app's customer / lead / deal tests, stored as a pulled page (so nothing is
// pending): three customers (Latin and Chinese names, tags, levels), a contact, three
// opportunities, a visit with a manager's comment and two open leads.

#include "crm/sync/replica.h"

#include <nlohmann/json.hpp>

#include <string>

namespace cust_seed {

using nlohmann::json;

inline const std::string kRep = "00000000-0000-4000-8000-0000000000aa";
inline const std::string kAcme = "10000000-0000-4000-8000-000000000001";
inline const std::string kHualian = "10000000-0000-4000-8000-000000000002";
inline const std::string kZeta = "10000000-0000-4000-8000-000000000003";
inline const std::string kDeal = "20000000-0000-4000-8000-000000000001";
inline const std::string kVisit = "30000000-0000-4000-8000-000000000001";

inline crm::sync::Change change(const char* entity, const std::string& id, json record) {
    record["id"] = id;
    return crm::sync::Change{entity, id, 1, false, record, {}};
}

inline void seedBook(crm::sync::Replica& replica) {
    crm::sync::PullResponse page;
    page.cursor = 1;
    page.changes = {
        change("customer", kAcme, {{"name", "Acme GmbH"}, {"kind", "company"}, {"lifecycle", "active"}, {"level", "A"},
                                   {"region", "Berlin"}, {"phone", "+49 30 1234"}, {"tags", {"vip"}}, {"owner_id", kRep}}),
        change("customer", kHualian, {{"name", "北京华联商厦有限公司"}, {"kind", "company"}, {"lifecycle", "potential"},
                                      {"region", "北京"}, {"phone", "010-6512 3456"}, {"owner_id", kRep}}),
        change("customer", kZeta, {{"name", "Zeta Corp"}, {"kind", "company"}, {"lifecycle", "lost"}, {"level", "B"},
                                   {"region", "Shanghai"}, {"tags", {"vip", "retail"}}, {"owner_id", kRep}}),
        change("contact", "40000000-0000-4000-8000-000000000001",
               {{"customer_id", kAcme}, {"name", "Anna Schmidt"}, {"mobile", "+86 139 1111 2222"}}),
        change("opportunity", kDeal, {{"customer_id", kAcme}, {"title", "Forklifts"}, {"amount", 120000.0},
                                      {"stage", "proposal"}, {"status", "following"}, {"expected_close", "2026-12-01"},
                                      {"owner_id", kRep}}),
        change("opportunity", "20000000-0000-4000-8000-000000000002",
               {{"customer_id", kZeta}, {"title", "Shelving"}, {"amount", 5000.0}, {"stage", "discovery"},
                {"status", "following"}, {"owner_id", kRep}}),
        change("opportunity", "20000000-0000-4000-8000-000000000003",
               {{"customer_id", kZeta}, {"title", "Old deal"}, {"stage", "closing"}, {"status", "lost"},
                {"owner_id", kRep}}),
        change("visit", kVisit, {{"customer_id", kAcme}, {"rep_id", kRep}, {"purpose", "Demo"},
                                 {"check_in_at", "2026-11-20T09:00:00.000Z"}}),
        change("comment", "50000000-0000-4000-8000-000000000001",
               {{"visit_id", kVisit}, {"author_id", kRep}, {"body", "Push for the order"},
                {"created_at", "2026-11-21T08:00:00.000Z"}}),
        change("lead", "60000000-0000-4000-8000-000000000001",
               {{"company_name", "Shenzhen Robotics Co., Ltd."}, {"person_name", "Li Lei"}, {"phone", "13800138000"},
                {"status", "new"}, {"owner_id", kRep}, {"created_at", "2026-11-01T08:00:00.000Z"}}),
        change("lead", "60000000-0000-4000-8000-000000000002",
               {{"person_name", "王芳"}, {"phone", "021-6666 7777"}, {"source", "website"}, {"status", "contacted"},
                {"owner_id", kRep}, {"created_at", "2026-10-01T08:00:00.000Z"}}),
    };
    replica.apply_pull(page);
}

}  // namespace cust_seed
