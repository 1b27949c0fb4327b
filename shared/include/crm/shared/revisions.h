#pragma once
// Key-field revisions (ARCHITECTURE §3): a rep's change of a key customer field waits for a
// leader's approval; a leader's applies at once and is recorded as a `direct` revision. Pure
// rules; the server enforces them.

#include "crm/shared/entity_schema.h"
#include "crm/shared/permissions.h"
#include "crm/shared/result.h"

#include <string>
#include <string_view>

namespace crm {

/// Whether a change of `field` of `entity` goes through a revision (customer name, tax_id,
/// credit_level; owner_id is a key field too but is reassignment, not a revision).
bool is_revised_field(const EntitySpec& entity, std::string_view field);

/// The status of the revision an actor's change of a revised field creates: "pending" for a
/// rep, "direct" for managers and headquarters.
std::string_view revision_status_for(const Actor& actor);

/// A revision's state as the decision rules need it.
struct RevisionState {
    std::string status;      ///< pending | approved | rejected | withdrawn | direct
    std::string decided_by;  ///< a login or name, for the message; may be empty
    std::string decided_at;  ///< ISO time; may be empty
};

/// Whether `actor` may set a revision (which they see) to `new_status`: only managers and
/// headquarters, only approved|rejected, only from pending (else code "conflict" naming who
/// decided and when).
Status check_revision_decision(const Actor& actor, const RevisionState& current, std::string_view new_status);

/// Revisions are born on the server only: nobody creates, deletes or edits their history fields.
Error revision_create_refused();
Error revision_delete_refused();

}  // namespace crm
