#pragma once
// Key-field revisions on the push path (private to the sync service): the revision records a
// customer update creates, a leader's decision on a pending one, and the audit rows of pushed
// management actions.

#include "sync/mutation_apply.h"
#include "sync/record_store.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace crm::server {

/// One revised field (shared/revisions.h) whose value a customer update changes.
struct KeyFieldChange {
    std::string field;
    nlohmann::json old_value;  ///< the server's value before
    nlohmann::json new_value;  ///< the pushed value
};

/// The revised fields of `pushed` whose value differs from `stored` (a customer's record).
std::vector<KeyFieldChange> key_field_changes(const EntitySpec& entity, const nlohmann::json& stored,
                                              const nlohmann::json& pushed);

/// Writes one revision per change (status per revision_status_for(actor)) in the customer's book.
/// Pending: the same rep's earlier pending request for the customer+field becomes withdrawn.
/// Direct: a customer.key_field audit row each.
void record_key_field_changes(PushContext& ctx, const std::string& customer_id, const StoredRecord& customer,
                              const std::vector<KeyFieldChange>& changes, const std::string& hlc);

/// A pushed update of a revision: a leader approving or rejecting a pending one. On approval
/// the new value is written to the customer as a server change. Writes its audit row.
Status decide_revision(PushContext& ctx, const std::string& id, const StoredRecord& revision,
                       const nlohmann::json& fields, const std::string& hlc);

/// Appends an audit row for an action of the pushing user (inside the push transaction).
void audit_push_action(PushContext& ctx, const std::string& action, const std::string& entity,
                       const std::string& record_id, nlohmann::json details);

}  // namespace crm::server
