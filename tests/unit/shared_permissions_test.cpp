#include "crm/shared/permissions.h"

#include <catch2/catch.hpp>

using namespace crm;

namespace {

OrgTree company() {
    OrgTree tree;
    tree.add_unit("hq", "");
    tree.add_unit("east", "hq");
    tree.add_unit("north", "east");
    tree.add_unit("south", "hq");
    return tree;
}

}  // namespace

TEST_CASE("reps see only their own book, managers their subtree, hq everything") {
    const OrgTree tree = company();
    const Actor rep{"rep-a", Role::rep, "north"};
    const Actor east_manager{"mgr", Role::manager, "east"};
    const Actor hq{"boss", Role::hq, "hq"};
    const ScopeOwner own{"rep-a", "north"};
    const ScopeOwner colleague{"rep-b", "north"};
    const ScopeOwner far_away{"rep-c", "south"};

    CHECK(may_see(rep, own, tree));
    CHECK_FALSE(may_see(rep, colleague, tree));
    CHECK_FALSE(may_see(rep, far_away, tree));
    CHECK(may_see(east_manager, own, tree));
    CHECK(may_see(east_manager, colleague, tree));
    CHECK_FALSE(may_see(east_manager, far_away, tree));
    CHECK(may_see(hq, far_away, tree));
}

TEST_CASE("owner assignment and field policies") {
    const OrgTree tree = company();
    const Actor rep{"rep-a", Role::rep, "north"};
    const Actor manager{"mgr", Role::manager, "east"};
    const EntitySpec& customer = *find_entity("customer");

    CHECK(check_assign_owner(rep, {"rep-a", "north"}, tree).ok());
    CHECK(check_assign_owner(rep, {"rep-b", "north"}, tree).error().code == "forbidden");
    CHECK(check_assign_owner(manager, {"rep-b", "north"}, tree).ok());
    CHECK_FALSE(check_assign_owner(manager, {"rep-c", "south"}, tree).ok());

    CHECK(field_change_policy(rep, customer, "phone") == FieldPolicy::allowed);
    CHECK(field_change_policy(rep, customer, "name") == FieldPolicy::needs_approval);
    CHECK(field_change_policy(rep, customer, "owner_id") == FieldPolicy::forbidden);
    CHECK(field_change_policy(manager, customer, "name") == FieldPolicy::allowed);
    CHECK(field_change_policy(rep, *find_entity("comment"), "read_at") == FieldPolicy::allowed);
    CHECK(field_change_policy(rep, *find_entity("comment"), "body") == FieldPolicy::forbidden);
    CHECK(field_change_policy(manager, *find_entity("opportunity_stage"), "to_stage") == FieldPolicy::forbidden);
    CHECK(field_change_policy(manager, *find_entity("visit"), "server_check_in_status") == FieldPolicy::forbidden);
    CHECK_FALSE(check_may_create(rep, *find_entity("comment")).ok());
    CHECK(check_may_create(manager, *find_entity("comment")).ok());
}

TEST_CASE("a cycle in the org tree does not hang") {
    OrgTree tree;
    tree.add_unit("a", "b");
    tree.add_unit("b", "a");
    CHECK_FALSE(tree.is_within("a", "c"));
    CHECK(parse_role("manager") == Role::manager);
    CHECK_FALSE(parse_role("admin").has_value());
}
