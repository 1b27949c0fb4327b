#include "crm/shared/permissions.h"

#include "crm/shared/revisions.h"

namespace crm {

std::string_view to_string(Role role) {
    switch (role) {
    case Role::rep: return "rep";
    case Role::manager: return "manager";
    case Role::hq: return "hq";
    }
    return "rep";
}

std::optional<Role> parse_role(std::string_view text) {
    if (text == "rep") return Role::rep;
    if (text == "manager") return Role::manager;
    if (text == "hq") return Role::hq;
    return std::nullopt;
}

void OrgTree::add_unit(std::string id, std::string parent_id) { parent_of_[std::move(id)] = std::move(parent_id); }

bool OrgTree::is_within(const std::string& unit, const std::string& ancestor) const {
    std::string current = unit;
    // Bounded walk: a cycle in bad data must not hang the server.
    for (std::size_t steps = 0; steps <= parent_of_.size() && !current.empty(); ++steps) {
        if (current == ancestor) return true;
        auto it = parent_of_.find(current);
        if (it == parent_of_.end()) return false;
        current = it->second;
    }
    return false;
}

bool may_see(const Actor& actor, const ScopeOwner& owner, const OrgTree& tree) {
    switch (actor.role) {
    case Role::hq: return true;
    case Role::manager: return owner.user_id == actor.user_id || tree.is_within(owner.unit_id, actor.unit_id);
    case Role::rep: return owner.user_id == actor.user_id;
    }
    return false;
}

Status check_assign_owner(const Actor& actor, const ScopeOwner& new_owner, const OrgTree& tree) {
    if (actor.role == Role::rep && new_owner.user_id != actor.user_id)
        return Error{"forbidden", "a rep can only own records themselves"};
    if (!may_see(actor, new_owner, tree))
        return Error{"forbidden", "the new owner is outside your part of the organisation"};
    return ok_status();
}

FieldPolicy field_change_policy(const Actor& actor, const EntitySpec& entity, std::string_view field) {
    const FieldSpec* spec = entity.field(field);
    if (spec && spec->server_set) return FieldPolicy::forbidden;
    if (entity.name == "opportunity_stage") return FieldPolicy::forbidden;  // history: never rewritten
    if (entity.name == "revision")  // leaders decide (status, decision_note); see revisions.h
        return actor.role == Role::rep ? FieldPolicy::forbidden : FieldPolicy::allowed;
    if (actor.role != Role::rep) return FieldPolicy::allowed;
    if (field == entity.owner_field) return FieldPolicy::forbidden;
    if (entity.name == "comment") return field == "read_at" ? FieldPolicy::allowed : FieldPolicy::forbidden;
    if (spec && spec->key_field) return FieldPolicy::needs_approval;
    return FieldPolicy::allowed;
}

Status check_may_create(const Actor& actor, const EntitySpec& entity) {
    if (entity.name == "revision") return revision_create_refused();
    if (entity.name == "comment" && actor.role == Role::rep)
        return Error{"forbidden", "only managers and headquarters write comments"};
    return ok_status();
}

}  // namespace crm
