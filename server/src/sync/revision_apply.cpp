#include "sync/revision_apply.h"

#include "crm/server/auth/devices.h"
#include "crm/server/db/ids.h"
#include "crm/server/org/audit.h"
#include "crm/shared/formats.h"
#include "crm/shared/revisions.h"

namespace crm::server {
namespace {

using nlohmann::json;

const EntitySpec& revision_entity() { return *find_entity("revision"); }
const EntitySpec& customer_entity() { return *find_entity("customer"); }

/// Revision values are text: strings as they are, null as null, anything else as JSON.
json as_text(const json& value) {
    if (value.is_null() || value.is_string()) return value;
    return value.dump();
}

std::string login_of(PushContext& ctx, const std::string& user_id) {
    if (user_id.empty()) return "";
    auto rows = ctx.db.query("SELECT login FROM app_user WHERE company_id = $1 AND id = $2::uuid",
                             {std::to_string(ctx.company), user_id});
    return rows.rows() ? rows.text(0, 0) : user_id;
}

/// The same rep's pending requests for this customer+field become withdrawn: the newest wins.
void withdraw_earlier_requests(PushContext& ctx, const std::string& customer_id, const std::string& field,
                               const std::string& now, const std::string& hlc) {
    auto rows = ctx.db.query(
        "SELECT id::text FROM revision WHERE company_id = $1 AND customer_id = $2::uuid AND field = $3 "
        "AND requested_by = $4::uuid AND status = 'pending' AND NOT deleted FOR UPDATE",
        {std::to_string(ctx.company), customer_id, field, ctx.actor.user_id});
    const json closed{{"status", "withdrawn"}, {"decided_by", ctx.actor.user_id}, {"decided_at", now}};
    for (int r = 0; r < rows.rows(); ++r)
        ctx.db.write(update_record(ctx.company, revision_entity(), rows.text(r, 0), closed,
                                   {"status", "decided_by", "decided_at"}, now, hlc, std::nullopt));
}

}  // namespace

std::vector<KeyFieldChange> key_field_changes(const EntitySpec& entity, const json& stored, const json& pushed) {
    std::vector<KeyFieldChange> changes;
    for (const auto& [name, value] : pushed.items()) {
        if (!is_revised_field(entity, name)) continue;
        const json before = stored.value(name, json());
        if (before != value) changes.push_back({name, before, value});
    }
    return changes;
}

void record_key_field_changes(PushContext& ctx, const std::string& customer_id, const StoredRecord& customer,
                              const std::vector<KeyFieldChange>& changes, const std::string& hlc) {
    const std::string status(revision_status_for(ctx.actor));
    const bool direct = status == "direct";
    // The customer's book now (a leader's update may have just moved it).
    const StoredRecord* now_stored = ctx.db.record(customer_entity(), customer_id);
    const auto scope = now_stored ? now_stored->scope_owner : customer.scope_owner;
    const std::string now = format_timestamp_ms(ctx.now_ms);
    for (const auto& change : changes) {
        if (!direct) withdraw_earlier_requests(ctx, customer_id, change.field, now, hlc);
        json fields{{"customer_id", customer_id},     {"field", change.field},
                    {"old_value", as_text(change.old_value)}, {"new_value", as_text(change.new_value)},
                    {"status", status},               {"requested_by", ctx.actor.user_id},
                    {"requested_at", now},            {"requested_device", device_label(ctx.device_id)},
                    {"created_at", now},              {"updated_at", now}};
        if (direct) {
            fields["decided_by"] = ctx.actor.user_id;
            fields["decided_at"] = now;
        }
        std::vector<std::string> stamped;
        for (const auto& [name, value] : fields.items())
            if (!value.is_null() && revision_entity().field(name)) stamped.push_back(name);
        const std::string id = new_uuid();
        ctx.db.write(insert_record(ctx.company, revision_entity(), id, fields, scope, stamped, hlc,
                                   std::nullopt));
        if (direct)
            audit_push_action(ctx, "customer.key_field", "customer", customer_id,
                              {{"field", change.field}, {"from", change.old_value}, {"to", change.new_value},
                               {"revision_id", id}});
    }
}

Status decide_revision(PushContext& ctx, const std::string& id, const StoredRecord& revision, const json& fields,
                       const std::string& hlc) {
    for (const auto& [name, value] : fields.items()) {
        if (name == kCreatedAtField || name == kUpdatedAtField) continue;
        if (name != "status" && name != "decision_note")
            return Error{"forbidden", "revision: " + name + " is set by the server only; send status and decision_note"};
    }
    const json& record = revision.record;
    const RevisionState current{record.value("status", std::string()),
                                login_of(ctx, record.value("decided_by", std::string())),
                                record.value("decided_at", std::string())};
    const std::string new_status = fields.value("status", std::string());
    if (auto s = check_revision_decision(ctx.actor, current, new_status); !s) return s;

    const std::string customer_id = record.value("customer_id", std::string());
    const std::string field = record.value("field", std::string());
    const bool approve = new_status == "approved";
    auto customer = load_record(ctx.db.tx(), ctx.company, customer_entity(), customer_id, true);
    if (approve && (!customer || customer->deleted))
        return Error{"conflict", "the customer of this revision has been deleted"};

    const std::string now = format_timestamp_ms(ctx.now_ms);
    json decided{{"status", new_status}, {"decided_by", ctx.actor.user_id}, {"decided_at", now}};
    std::vector<std::string> names{"status", "decided_by", "decided_at"};
    if (fields.contains("decision_note")) {
        decided["decision_note"] = fields["decision_note"];
        names.push_back("decision_note");
    }
    ctx.db.write(update_record(ctx.company, revision_entity(), id, decided, names, now, hlc, std::nullopt));
    ctx.db.forget(revision_entity(), id);
    if (approve) {
        // A server change of the customer: new seq and field stamp, so every device pulls it.
        const json value{{field, record.value("new_value", json())}};
        ctx.db.write(update_record(ctx.company, customer_entity(), customer_id, value, {field}, now,
                                   server_hlc(ctx.now_ms), std::nullopt));
        ctx.db.forget(customer_entity(), customer_id);
    }
    audit_push_action(ctx, approve ? "revision.approve" : "revision.reject", "revision", id,
                      {{"customer_id", customer_id},
                       {"field", field},
                       {"old_value", record.value("old_value", json())},
                       {"new_value", record.value("new_value", json())},
                       {"requested_by", login_of(ctx, record.value("requested_by", std::string()))},
                       {"note", fields.value("decision_note", json())}});
    return ok_status();
}

void audit_push_action(PushContext& ctx, const std::string& action, const std::string& entity,
                       const std::string& record_id, json details) {
    record_audit(ctx.db.tx().connection(), ctx.company,
                 AuditEntry{ctx.actor.user_id, ctx.actor_login, ctx.device_id, action, entity, record_id,
                            std::move(details)});
}

}  // namespace crm::server
