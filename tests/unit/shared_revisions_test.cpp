#include "crm/shared/revisions.h"

#include <catch2/catch.hpp>

using namespace crm;

namespace {

const Actor kRep{"rep-a", Role::rep, "north"};
const Actor kManager{"mgr", Role::manager, "north"};
const Actor kHq{"boss", Role::hq, "hq"};

}  // namespace

TEST_CASE("name, tax id and credit level of a customer go through revisions; owner_id does not") {
    const EntitySpec& customer = *find_entity("customer");
    CHECK(is_revised_field(customer, "name"));
    CHECK(is_revised_field(customer, "tax_id"));
    CHECK(is_revised_field(customer, "credit_level"));
    CHECK_FALSE(is_revised_field(customer, "owner_id"));  // reassignment, not a revision
    CHECK_FALSE(is_revised_field(customer, "phone"));
    CHECK_FALSE(is_revised_field(customer, "no_such_field"));
    CHECK_FALSE(is_revised_field(*find_entity("lead"), "company_name"));
    CHECK(revision_status_for(kRep) == "pending");
    CHECK(revision_status_for(kManager) == "direct");
    CHECK(revision_status_for(kHq) == "direct");
}

TEST_CASE("only leaders decide, only to approved or rejected, only a pending revision") {
    const RevisionState pending{"pending", "", ""};
    CHECK(check_revision_decision(kManager, pending, "approved").ok());
    CHECK(check_revision_decision(kHq, pending, "rejected").ok());
    CHECK(check_revision_decision(kRep, pending, "approved").error().code == "forbidden");
    for (const char* status : {"pending", "withdrawn", "direct", "", "yes"})
        CHECK(check_revision_decision(kManager, pending, status).error().code == "invalid");

    const auto twice = check_revision_decision(kHq, {"approved", "manager", "2026-12-01T10:00:00Z"}, "rejected");
    CHECK(twice.error().code == "conflict");
    CHECK(twice.error().message == "this revision is already approved by manager at 2026-12-01T10:00:00Z");
    CHECK(check_revision_decision(kManager, {"withdrawn", "", ""}, "approved").error().code == "conflict");
}

TEST_CASE("revisions are born on the server and never deleted") {
    const EntitySpec& revision = *find_entity("revision");
    for (const Actor& actor : {kRep, kManager, kHq}) {
        CHECK(check_may_create(actor, revision).error().code == "forbidden");
        CHECK(field_change_policy(actor, revision, "customer_id") == FieldPolicy::forbidden);
        CHECK(field_change_policy(actor, revision, "new_value") == FieldPolicy::forbidden);
    }
    CHECK(field_change_policy(kRep, revision, "status") == FieldPolicy::forbidden);
    CHECK(field_change_policy(kManager, revision, "status") == FieldPolicy::allowed);
    CHECK(field_change_policy(kHq, revision, "decision_note") == FieldPolicy::allowed);
    CHECK(revision_delete_refused().code == "forbidden");
}
