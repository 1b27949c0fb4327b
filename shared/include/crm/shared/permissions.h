#pragma once
// Permission rules of ARCHITECTURE §3 as pure functions. The server enforces them;
// the app uses them only to shape its UI.

#include "crm/shared/entity_schema.h"
#include "crm/shared/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace crm {

enum class Role { rep, manager, hq };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);

/// The org tree: unit id -> parent unit id ("" for the root).
class OrgTree {
public:
    void add_unit(std::string id, std::string parent_id);
    /// True when `unit` is `ancestor` or lies below it.
    bool is_within(const std::string& unit, const std::string& ancestor) const;

private:
    std::unordered_map<std::string, std::string> parent_of_;
};

/// The signed-in user acting on records.
struct Actor {
    std::string user_id;
    Role role = Role::rep;
    std::string unit_id;
};

/// The user whose book a record belongs to (its own owner, or its parent's) and their unit.
struct ScopeOwner {
    std::string user_id;
    std::string unit_id;
};

/// Whether `actor` may see (and so act on) records in `owner`'s book.
bool may_see(const Actor& actor, const ScopeOwner& owner, const OrgTree& tree);

/// Whether `actor` may make `new_owner` the owner of a record (create or reassign).
Status check_assign_owner(const Actor& actor, const ScopeOwner& new_owner, const OrgTree& tree);

/// How a change of one field by `actor` is treated.
enum class FieldPolicy { allowed, needs_approval, forbidden };

/// The policy for `actor` changing `field` of an existing record of `entity`.
FieldPolicy field_change_policy(const Actor& actor, const EntitySpec& entity, std::string_view field);

/// Whether `actor` may create a record of `entity` at all (e.g. only leaders comment).
Status check_may_create(const Actor& actor, const EntitySpec& entity);

}  // namespace crm
