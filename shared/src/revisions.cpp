#include "crm/shared/revisions.h"

namespace crm {

bool is_revised_field(const EntitySpec& entity, std::string_view field) {
    if (entity.name != "customer" || field == entity.owner_field) return false;
    const FieldSpec* spec = entity.field(field);
    return spec && spec->key_field;
}

std::string_view revision_status_for(const Actor& actor) { return actor.role == Role::rep ? "pending" : "direct"; }

Status check_revision_decision(const Actor& actor, const RevisionState& current, std::string_view new_status) {
    if (actor.role == Role::rep) return Error{"forbidden", "only managers and headquarters decide revisions"};
    if (new_status != "approved" && new_status != "rejected")
        return Error{"invalid", "a revision's status can only be set to approved or rejected"};
    if (current.status != "pending") {
        std::string message = "this revision is already " + current.status;
        if (!current.decided_by.empty()) message += " by " + current.decided_by;
        if (!current.decided_at.empty()) message += " at " + current.decided_at;
        return Error{"conflict", message};
    }
    return ok_status();
}

Error revision_create_refused() {
    return Error{"forbidden", "revisions are created by the server when a key field of a customer changes: "
                              "change the customer instead"};
}

Error revision_delete_refused() {
    return Error{"forbidden", "revisions are the history of key fields and are never deleted"};
}

}  // namespace crm
