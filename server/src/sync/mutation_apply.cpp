#include "sync/mutation_apply.h"

#include "crm/server/db/ids.h"
#include "crm/server/org/reassign.h"
#include "crm/server/sync/record_codec.h"
#include "crm/server/sync/sync_service.h"
#include "crm/shared/formats.h"
#include "crm/shared/revisions.h"
#include "crm/shared/validation.h"
#include "crm/sync/field_merge.h"
#include "crm/sync/hlc.h"
#include "sync/check_in_verdict.h"
#include "sync/record_store.h"
#include "sync/revision_apply.h"

#include <algorithm>

namespace crm::server {
namespace {

using nlohmann::json;
using sync::Mutation;
using sync::Verdict;
using sync::VerdictStatus;

Verdict rejected(const Mutation& m, const std::string& code, const std::string& message) {
    return Verdict{m.seq, VerdictStatus::rejected, code, message, {}};
}

Verdict rejected(const Mutation& m, const Error& error) { return rejected(m, error.code, error.message); }

Verdict not_found(const Mutation& m, const EntitySpec& entity) {
    return rejected(m, "not_found", entity.name + " " + m.id + " not found");
}

ScopeOwner scope_of(const PushContext& ctx, const std::optional<std::string>& user_id) {
    if (!user_id) return {};
    auto it = ctx.user_units.find(*user_id);
    return ScopeOwner{*user_id, it == ctx.user_units.end() ? "" : it->second};
}

bool visible(const PushContext& ctx, const std::optional<std::string>& scope_owner) {
    return may_see(ctx.actor, scope_of(ctx, scope_owner), ctx.tree);
}

/// Notes a scope owner whose book this push changes.
void touch(PushContext& ctx, const std::optional<std::string>& scope_owner) {
    if (!scope_owner) return;
    auto& owners = ctx.touched_scope_owners;
    if (std::find(owners.begin(), owners.end(), *scope_owner) == owners.end()) owners.push_back(*scope_owner);
}

/// The entity a field of `entity` points at in `record` (FieldSpec::references, or for a
/// polymorphic reference such as task.related_id the entity its kind field names), or nullptr:
/// users (owner_id, rep_id) are not records.
const EntitySpec* referenced_entity(const EntitySpec& entity, std::string_view name, const json& record) {
    const FieldSpec* spec = entity.field(name);
    if (!spec) return nullptr;
    if (!spec->references.empty()) return find_entity(spec->references);
    if (spec->references_entity_in.empty()) return nullptr;
    auto kind = record.find(spec->references_entity_in);
    return kind != record.end() && kind->is_string() ? find_entity(kind->get<std::string>()) : nullptr;
}

std::optional<std::string> string_field(const json& fields, const std::string& name) {
    auto it = fields.find(name);
    if (it == fields.end() || !it->is_string()) return std::nullopt;
    return it->get<std::string>();
}

/// The mutation's fields without "id" (which must match the mutation's id when given).
Result<json> fields_without_id(const Mutation& m) {
    if (!m.fields.is_object()) return Error{"invalid", "fields must be a JSON object"};
    json fields = m.fields;
    if (auto id = fields.find(std::string(kIdField)); id != fields.end()) {
        if (*id != json(m.id)) return Error{"invalid", "fields.id does not match the mutation's id"};
        fields.erase(id);
    }
    return fields;
}

Status check_values(const EntitySpec& entity, const json& fields, ValidationMode mode) {
    if (auto status = validate_fields(entity, fields, mode); !status) return status;
    if (contains_nul(fields)) return Error{"invalid", entity.name + ": text must not contain NUL characters"};
    return ok_status();
}

/// The device's HLC, clamped to at most kMaxHlcAheadMs ahead; the server's own when absent.
/// Its node is always the pushing device: a node names the author in the conflict log and breaks
/// timestamp ties, so another device's id (or the reserved "server") is never taken from a push.
Result<std::string> effective_hlc(const PushContext& ctx, const Mutation& m) {
    if (m.hlc.empty()) return server_hlc(ctx.now_ms);
    auto parsed = sync::parse_hlc(m.hlc);
    if (!parsed) return Error{"invalid", "hlc '" + m.hlc + "' is not an HLC time"};
    parsed->node = ctx.device_id;
    return sync::clamp_hlc(*parsed, ctx.now_ms, kMaxHlcAheadMs).encode();
}

/// Whether the actor may make `owner` (a user id or null) the owner of a record.
Status check_owner(const PushContext& ctx, const EntitySpec& entity, const json& owner) {
    if (owner.is_null()) {
        if (ctx.actor.role == Role::hq) return ok_status();
        return Error{"forbidden", "only headquarters can leave a " + entity.name + " without an owner"};
    }
    const std::string id = owner.get<std::string>();
    if (!ctx.user_units.count(id)) {
        // hq knows every user; anyone else gets the answer of a user outside their reach, so
        // that the answer does not tell which ids are users.
        if (ctx.actor.role == Role::hq) return Error{"invalid", entity.name + ": " + entity.owner_field + " is not a user"};
        return Error{"forbidden", ctx.actor.role == Role::rep ? "a rep can only own records themselves"
                                                              : "the new owner is outside your part of the organisation"};
    }
    return check_assign_owner(ctx.actor, scope_of(ctx, id), ctx.tree);
}

/// A record is made in its actor's name (EntitySpec::actor_field: a visit's rep, a comment's
/// author, a stage change's changer); leaders may record visits for their reps.
Status check_actor_fields(const PushContext& ctx, const EntitySpec& entity, const json& fields) {
    if (entity.actor_field.empty()) return ok_status();
    if (entity.actor_free_for_leaders && ctx.actor.role != Role::rep) return ok_status();
    auto actor = string_field(fields, entity.actor_field);
    if (actor && *actor != ctx.actor.user_id)
        return Error{"forbidden", entity.name + ": " + entity.actor_field + " must be you: records are made in your own name"};
    return ok_status();
}

/// Fields only the server writes (server_check_in_status) may not come from a device.
Status check_no_server_fields(const EntitySpec& entity, const json& fields) {
    for (const auto& spec : entity.fields)
        if (spec.server_set && fields.contains(spec.name) && !fields[spec.name].is_null())
            return Error{"forbidden", entity.name + ": " + spec.name + " is set by the server only; leave it out"};
    return ok_status();
}

/// Every reference to another record in `fields` (customer_id, visit_id, a lead's duplicate_of,
/// a task's related_id...: the schema's references) must name a live record the actor sees:
/// forged or foreign ids are "not found", never "forbidden". `record` is the whole record as it
/// would be stored (a polymorphic reference's kind may come from there); a changed kind
/// re-checks the reference it qualifies.
Status check_references(PushContext& ctx, const EntitySpec& entity, const json& fields, const json& record) {
    std::vector<std::string> names;
    for (const auto& [name, value] : fields.items()) {
        names.push_back(name);
        for (const auto& f : entity.fields)
            if (f.references_entity_in == name) names.push_back(f.name);
    }
    for (const auto& name : names) {
        auto value = record.find(name);
        if (value == record.end() || !value->is_string()) continue;
        const EntitySpec* target = referenced_entity(entity, name, record);
        if (!target) continue;
        auto stored = ctx.db.record(*target, value->get<std::string>());
        if (!stored || stored->deleted || !visible(ctx, stored->scope_owner))
            return Error{"not_found", target->name + " " + value->get<std::string>() + " not found"};
    }
    return ok_status();
}

/// The scope owner of a record with these (complete) fields: its owner, else its first present
/// parent's scope owner (which the actor must see), else `fallback`.
Result<std::optional<std::string>> resolve_scope(PushContext& ctx, const EntitySpec& entity, const json& fields,
                                                 const std::optional<std::string>& fallback) {
    if (!entity.owner_field.empty()) return string_field(fields, entity.owner_field);
    for (const auto& parent : entity.parents) {
        auto parent_id = string_field(fields, parent.field);
        if (!parent_id) continue;
        const EntitySpec* parent_spec = find_entity(parent.entity);
        auto stored = ctx.db.record(*parent_spec, *parent_id);
        if (!stored || stored->deleted || !visible(ctx, stored->scope_owner))
            return Error{"not_found", parent.entity + " " + *parent_id + " not found"};
        return stored->scope_owner;
    }
    return fallback;
}

void fill_create_defaults(const PushContext& ctx, const EntitySpec& entity, json& fields) {
    const std::string now = format_timestamp_ms(ctx.now_ms);
    if (!entity.owner_field.empty() && !fields.contains(entity.owner_field)) fields[entity.owner_field] = ctx.actor.user_id;
    if (!entity.actor_field.empty() && !fields.contains(entity.actor_field)) fields[entity.actor_field] = ctx.actor.user_id;
    if (!entity.actor_time_field.empty() && !fields.contains(entity.actor_time_field)) fields[entity.actor_time_field] = now;
    for (auto name : {kCreatedAtField, kUpdatedAtField})
        if (!fields.contains(std::string(name)) || fields[std::string(name)].is_null()) fields[std::string(name)] = now;
}

std::vector<std::string> present_fields(const EntitySpec& entity, const json& fields) {
    std::vector<std::string> names;
    for (const auto& spec : entity.fields)
        if (fields.contains(spec.name) && !fields[spec.name].is_null()) names.push_back(spec.name);
    return names;
}

Status check_create(PushContext& ctx, const EntitySpec& entity, const json& fields) {
    if (auto s = check_may_create(ctx.actor, entity); !s) return s;
    if (auto s = check_no_server_fields(entity, fields); !s) return s;
    if (auto s = check_actor_fields(ctx, entity, fields); !s) return s;
    if (auto s = check_references(ctx, entity, fields, fields); !s) return s;
    if (!entity.owner_field.empty()) return check_owner(ctx, entity, fields[entity.owner_field]);
    return ok_status();
}

/// Inserts a checked create into the book of `scope`; `done` is the verdict on success. A visit's
/// check-in is judged by the server on the way in.
Verdict insert_create(PushContext& ctx, const EntitySpec& entity, const Mutation& m, const json& checked,
                      const std::optional<std::string>& scope, Verdict done) {
    auto hlc = effective_hlc(ctx, m);
    if (!hlc) return rejected(m, hlc.error());
    json fields = checked;
    if (entity.name == "visit")
        if (auto status = judge_visit_check_in(ctx, fields)) fields["server_check_in_status"] = *status;
    ctx.db.write(insert_record(ctx.company, entity, m.id, fields, scope, present_fields(entity, fields), *hlc, std::nullopt));
    ctx.db.forget(entity, m.id);
    touch(ctx, scope);
    return done;
}

Verdict conflict(const Mutation& m, const EntitySpec& entity) {
    return rejected(m, "conflict", "a " + entity.name + " with id " + m.id + " already exists");
}

/// The customer of a visit being created when that customer has left the actor's view since:
/// live, not visible now, but formerly in a book the actor sees (per scope_change).
std::optional<StoredRecord> moved_away_customer(PushContext& ctx, const EntitySpec& entity, const json& fields) {
    if (entity.name != "visit") return std::nullopt;
    const auto customer_id = string_field(fields, "customer_id");
    if (!customer_id) return std::nullopt;
    auto customer = ctx.db.record(*find_entity("customer"), *customer_id);
    if (!customer || customer->deleted || visible(ctx, customer->scope_owner)) return std::nullopt;
    auto rows = ctx.db.query(
        "SELECT DISTINCT old_scope_owner_id::text FROM scope_change WHERE company_id = $1 AND entity = 'customer' "
        "AND record_id = $2::uuid AND old_scope_owner_id IS NOT NULL",
        {std::to_string(ctx.company), *customer_id});
    for (int r = 0; r < rows.rows(); ++r)
        if (visible(ctx, rows.text(r, 0))) return load_record(ctx.db.tx(), ctx.company, *find_entity("customer"), *customer_id, false);
    return std::nullopt;
}

/// A visit recorded (offline) on a customer that was reassigned away meanwhile: filed in the
/// customer's current book, rep_id kept, verdict applied with code out_of_scope.
Verdict apply_moved_visit(PushContext& ctx, const EntitySpec& entity, const Mutation& m, const json& fields,
                          const StoredRecord& customer) {
    json others = fields;
    others.erase("customer_id");
    if (auto s = check_may_create(ctx.actor, entity); !s) return rejected(m, s.error());
    if (auto s = check_no_server_fields(entity, fields); !s) return rejected(m, s.error());
    if (auto s = check_actor_fields(ctx, entity, fields); !s) return rejected(m, s.error());
    if (auto s = check_references(ctx, entity, others, others); !s) return rejected(m, s.error());
    if (ctx.db.record(entity, m.id)) return conflict(m, entity);
    // No name or value of the customer: it may have changed since it left the pusher's view.
    const std::string message = "the visit's customer now belongs to another rep's book: the visit is kept there "
                                "(for the customer's new owner) and leaves your view";
    return insert_create(ctx, entity, m, fields, customer.scope_owner,
                         Verdict{m.seq, VerdictStatus::applied, sync::kOutOfScopeCode, message, {}});
}

Verdict apply_create(PushContext& ctx, const EntitySpec& entity, const Mutation& m) {
    if (entity.name == "revision") return rejected(m, revision_create_refused());  // whatever the fields
    auto fields = fields_without_id(m);
    if (!fields) return rejected(m, fields.error());
    fill_create_defaults(ctx, entity, *fields);
    if (auto s = check_values(entity, *fields, ValidationMode::create); !s) return rejected(m, s.error());
    if (auto customer = moved_away_customer(ctx, entity, *fields))
        return apply_moved_visit(ctx, entity, m, *fields, *customer);
    if (auto s = check_create(ctx, entity, *fields); !s) return rejected(m, s.error());
    if (ctx.db.record(entity, m.id)) return conflict(m, entity);
    auto scope = resolve_scope(ctx, entity, *fields, ctx.actor.user_id);
    if (!scope) return rejected(m, scope.error());
    Verdict done = insert_create(ctx, entity, m, *fields, *scope, Verdict{m.seq, VerdictStatus::applied, "", "", {}});
    if (done.status == VerdictStatus::applied && entity.name == "comment")  // only leaders comment
        audit_push_action(ctx, "comment.create", "comment", m.id, {{"visit_id", (*fields)["visit_id"]}});
    return done;
}

std::string forbidden_change(const EntitySpec& entity, const std::string& field) {
    if (entity.name == "opportunity_stage")
        return "opportunity_stage records are the stage history and are never changed; record a new stage change";
    const FieldSpec* spec = entity.field(field);
    if (spec && spec->server_set) return entity.name + ": " + field + " is set by the server only";
    return entity.name + ": you may not change " + field;
}

/// Field policies of shared/permissions.h for each field whose value changes.
Status check_update_policy(PushContext& ctx, const EntitySpec& entity, const json& stored, const json& fields) {
    json merged = stored;
    for (const auto& [name, value] : fields.items()) merged[name] = value;
    for (const auto& [name, value] : fields.items()) {
        if (!entity.field(name)) continue;
        if (stored.value(name, json()) == value) continue;
        switch (field_change_policy(ctx.actor, entity, name)) {
        case FieldPolicy::allowed: break;
        case FieldPolicy::forbidden: return Error{"forbidden", forbidden_change(entity, name)};
        case FieldPolicy::needs_approval:
            return Error{"revision_required", entity.name + ": " + name +
                                                  " is a key field; a rep's change needs a manager's approval"};
        }
        if (name == entity.owner_field)
            if (auto s = check_owner(ctx, entity, value); !s) return s;
        if (auto s = check_references(ctx, entity, json{{name, value}}, merged); !s) return s;
    }
    return check_actor_fields(ctx, entity, fields);
}

sync::MergePlan plan_merge(const EntitySpec& entity, const StoredRecord& stored, const Mutation& m,
                           const json& fields, const std::string& hlc) {
    std::map<std::string, sync::IncomingField> incoming;
    for (const auto& [name, value] : fields.items()) {
        if (!entity.field(name)) continue;
        auto base = m.base_versions.find(name);
        incoming[name] = sync::IncomingField{base == m.base_versions.end() ? 0 : base->second, hlc};
    }
    if (!entity.append_only) return sync::plan_update(stored.stamps, incoming);
    sync::MergePlan plan;  // append-only records never conflict: every edit applies
    for (const auto& [name, field] : incoming) plan.applied.push_back(name);
    return plan;
}

void log_merge_losers(PushContext& ctx, const EntitySpec& entity, const Mutation& m, const StoredRecord& stored,
                      const json& fields, const sync::MergePlan& plan, const std::string& hlc) {
    auto stamp_hlc = [&](const std::string& f) {
        auto it = stored.stamps.find(f);
        return it == stored.stamps.end() ? std::string() : it->second.hlc;
    };
    for (const auto& f : plan.overwritten)
        ctx.db.write(log_conflict(ctx.company, ctx.device_id, ctx.actor.user_id,
                                  {entity.name, m.id, f, stored.record.value(f, json()), fields[f], stamp_hlc(f), hlc}));
    for (const auto& f : plan.lost)
        ctx.db.write(log_conflict(ctx.company, ctx.device_id, ctx.actor.user_id,
                                  {entity.name, m.id, f, fields[f], stored.record.value(f, json()), hlc, stamp_hlc(f)}));
}

bool touches_scope(const EntitySpec& entity, const std::vector<std::string>& applied) {
    for (const auto& f : applied) {
        if (f == entity.owner_field) return true;
        for (const auto& p : entity.parents)
            if (p.field == f) return true;
    }
    return false;
}

/// The scope owner after the update, checked before anything is written.
Result<std::optional<std::string>> scope_after(PushContext& ctx, const EntitySpec& entity, const StoredRecord& stored,
                                               const json& fields, const std::vector<std::string>& applied) {
    if (!touches_scope(entity, applied)) return stored.scope_owner;
    json merged = stored.record;
    for (const auto& f : applied) merged[f] = fields[f];
    return resolve_scope(ctx, entity, merged, stored.scope_owner);
}

Verdict merge_verdict(const Mutation& m, const sync::MergePlan& plan) {
    if (plan.lost.empty()) return Verdict{m.seq, VerdictStatus::applied, "", "", {}};
    std::string names;
    for (const auto& f : plan.lost) names += (names.empty() ? "" : ", ") + f;
    return Verdict{m.seq, VerdictStatus::merged, "", "a newer edit on the server kept: " + names, plan.lost};
}

/// Moves a record (already written with `seq`) and its children to the book of `to`.
void move_scope(PushContext& ctx, const EntitySpec& entity, const std::string& id,
                const std::optional<std::string>& from, const std::optional<std::string>& to, std::int64_t seq) {
    ctx.db.write(set_scope_owner(ctx.company, entity, id, to));
    record_scope_change(ctx.db.tx(), ctx.company, entity.name, id, from, to, seq);
    touch(ctx, to);
    ctx.db.forget_all();  // the cascade moves children
    for (const auto& owner : cascade_scope(ctx.db.tx(), ctx.company, entity, id, to).old_owners) touch(ctx, owner);
}

/// A customer that changed hands takes along the opportunities its previous owner had on it
/// (and their stage history), so that no rep keeps deals on a customer they no longer see.
void move_customer_deals(PushContext& ctx, const StoredRecord& customer, const std::string& id,
                         const std::optional<std::string>& to, const std::string& hlc) {
    const auto from = string_field(customer.record, "owner_id");
    if (!from || !to || *from == *to) return;
    const auto moved = hand_over_customer_deals(ctx.db.tx(), ctx.company, id, *from, *to, hlc);
    ctx.db.forget_all();
    for (const auto& owner : moved.old_owners) touch(ctx, owner);
}

/// Adds server_check_in_status to the update's written fields when the visit's check-in, as it
/// will be stored, is judged differently from before.
void rejudge_check_in(PushContext& ctx, const StoredRecord& stored, json& fields, std::vector<std::string>& written) {
    json visit = stored.record;
    for (const auto& name : written) visit[name] = fields.at(name);
    const auto status = judge_visit_check_in(ctx, visit);
    const json value = status ? json(*status) : json();
    if (stored.record.value("server_check_in_status", json()) == value) return;
    fields["server_check_in_status"] = value;
    written.push_back("server_check_in_status");
}

/// A leader's decision on a revision (status approved|rejected, decision_note).
Verdict apply_revision_decision(PushContext& ctx, const EntitySpec& entity, const Mutation& m, const StoredRecord& stored) {
    auto fields = fields_without_id(m);
    if (!fields) return rejected(m, fields.error());
    if (auto s = check_values(entity, *fields, ValidationMode::update); !s) return rejected(m, s.error());
    auto hlc = effective_hlc(ctx, m);
    if (!hlc) return rejected(m, hlc.error());
    if (auto s = decide_revision(ctx, m.id, stored, *fields, *hlc); !s) return rejected(m, s.error());
    touch(ctx, stored.scope_owner);
    return Verdict{m.seq, VerdictStatus::applied, "", "", {}};
}

/// An owner change pushed by a leader: <entity>.reassign, or lead.assign for a pool lead.
void audit_owner_change(PushContext& ctx, const EntitySpec& entity, const Mutation& m, const StoredRecord& stored,
                        const json& fields, const std::vector<std::string>& applied) {
    if (entity.owner_field.empty() || ctx.actor.role == Role::rep) return;
    if (std::find(applied.begin(), applied.end(), entity.owner_field) == applied.end()) return;
    const json from = stored.record.value(entity.owner_field, json());
    const json& to = fields[entity.owner_field];
    if (from == to) return;
    const bool from_pool = entity.name == "lead" && from.is_null();
    audit_push_action(ctx, entity.name + (from_pool ? ".assign" : ".reassign"), entity.name, m.id,
                      {{"from", from}, {"to", to}});
}

/// The verdict of an update whose key-field changes wait for approval: applied (or merged for
/// other fields) with code revision_pending; the pending fields are listed as not applied so the
/// device keeps the server's value until the decision arrives by pull.
Verdict pending_verdict(Verdict verdict, const std::vector<KeyFieldChange>& pending) {
    std::string message;
    for (const auto& change : pending) {
        const std::string value = change.new_value.is_string() ? change.new_value.get<std::string>() : change.new_value.dump();
        message += (message.empty() ? "" : "; ") + change.field + ": '" + value + "' waits for your manager's approval";
        verdict.lost_fields.push_back(change.field);
    }
    if (!verdict.message.empty()) message += "; " + verdict.message;
    verdict.code = sync::kRevisionPendingCode;
    verdict.message = message;
    return verdict;
}

/// The changes of `all` whose field the merge applied.
std::vector<KeyFieldChange> applied_changes(const std::vector<KeyFieldChange>& all, const std::vector<std::string>& applied) {
    std::vector<KeyFieldChange> out;
    for (const auto& c : all)
        if (std::find(applied.begin(), applied.end(), c.field) != applied.end()) out.push_back(c);
    return out;
}

/// Merges and writes a checked update (`plan` is filled); rejected only before anything is written.
Verdict write_update(PushContext& ctx, const EntitySpec& entity, const Mutation& m, const StoredRecord& stored,
                     json& fields, const std::string& hlc, sync::MergePlan& plan) {
    plan = plan_merge(entity, stored, m, fields, hlc);
    auto scope = scope_after(ctx, entity, stored, fields, plan.applied);
    if (!scope) return rejected(m, scope.error());
    log_merge_losers(ctx, entity, m, stored, fields, plan, hlc);
    if (plan.applied.empty()) return merge_verdict(m, plan);
    if (entity.name == "visit" && touches_check_in(fields)) rejudge_check_in(ctx, stored, fields, plan.applied);
    const bool moves = *scope != stored.scope_owner;
    // A scope move logs the update's seq: take it first; otherwise nextval runs in the UPDATE.
    const SeqSource seq = moves ? SeqSource(next_seq(ctx.db.tx())) : std::nullopt;
    const auto updated_at = string_field(fields, std::string(kUpdatedAtField)).value_or(format_timestamp_ms(ctx.now_ms));
    ctx.db.write(update_record(ctx.company, entity, m.id, fields, plan.applied, updated_at, hlc, seq));
    ctx.db.forget(entity, m.id);
    touch(ctx, stored.scope_owner);
    if (moves) move_scope(ctx, entity, m.id, stored.scope_owner, *scope, *seq);
    if (moves && entity.name == "customer") move_customer_deals(ctx, stored, m.id, *scope, hlc);
    return merge_verdict(m, plan);
}

Verdict apply_update(PushContext& ctx, const EntitySpec& entity, const Mutation& m) {
    auto stored = load_record(ctx.db.tx(), ctx.company, entity, m.id, true);
    if (!stored || stored->deleted || !visible(ctx, stored->scope_owner)) return not_found(m, entity);
    if (entity.name == "opportunity_stage")  // even a rewrite of the same values
        return rejected(m, "forbidden", forbidden_change(entity, ""));
    if (entity.name == "revision") return apply_revision_decision(ctx, entity, m, *stored);
    auto fields = fields_without_id(m);
    if (!fields) return rejected(m, fields.error());
    fields->erase(std::string(kCreatedAtField));
    if (auto s = check_values(entity, *fields, ValidationMode::update); !s) return rejected(m, s.error());
    const auto key_changes = key_field_changes(entity, stored->record, *fields);
    const bool pending = !key_changes.empty() && revision_status_for(ctx.actor) == "pending";
    if (pending)  // a rep's key-field changes become revisions; the rest applies as usual
        for (const auto& change : key_changes) fields->erase(change.field);
    if (auto s = check_update_policy(ctx, entity, stored->record, *fields); !s) return rejected(m, s.error());
    for (const auto& spec : entity.fields)  // unchanged (the policy refused changes): nothing to write
        if (spec.server_set) fields->erase(spec.name);
    auto hlc = effective_hlc(ctx, m);
    if (!hlc) return rejected(m, hlc.error());
    sync::MergePlan plan;
    Verdict verdict = write_update(ctx, entity, m, *stored, *fields, *hlc, plan);
    if (verdict.status == VerdictStatus::rejected) return verdict;
    audit_owner_change(ctx, entity, m, *stored, *fields, plan.applied);
    if (pending) {
        record_key_field_changes(ctx, m.id, *stored, key_changes, *hlc);
        touch(ctx, stored->scope_owner);
        return pending_verdict(verdict, key_changes);
    }
    record_key_field_changes(ctx, m.id, *stored, applied_changes(key_changes, plan.applied), *hlc);
    return verdict;
}

Verdict apply_delete(PushContext& ctx, const EntitySpec& entity, const Mutation& m) {
    auto stored = load_record(ctx.db.tx(), ctx.company, entity, m.id, true);
    if (!stored || !visible(ctx, stored->scope_owner)) return not_found(m, entity);
    if (entity.name == "comment" && field_change_policy(ctx.actor, entity, "body") == FieldPolicy::forbidden)
        return rejected(m, "forbidden", "only managers and headquarters delete comments");
    if (entity.name == "opportunity_stage" && ctx.actor.role == Role::rep)
        return rejected(m, "forbidden", "the stage history is kept: only managers and headquarters delete its records");
    if (entity.name == "revision") return rejected(m, revision_delete_refused());
    if (stored->deleted) return Verdict{m.seq, VerdictStatus::applied, "", "already deleted", {}};
    ctx.db.write(tombstone_record(ctx.company, entity, m.id, std::nullopt));
    ctx.db.forget(entity, m.id);
    touch(ctx, stored->scope_owner);
    return Verdict{m.seq, VerdictStatus::applied, "", "", {}};
}

}  // namespace

PushDb::RecordIds referenced_records(const std::vector<Mutation>& mutations) {
    PushDb::RecordIds ids;
    for (const auto& m : mutations) {
        const EntitySpec* entity = find_entity(m.entity);
        if (entity && is_uuid(m.id)) ids[entity].push_back(m.id);
        if (!m.fields.is_object()) continue;
        for (const auto& [name, value] : m.fields.items()) {
            const EntitySpec* target = entity && value.is_string() ? referenced_entity(*entity, name, m.fields) : nullptr;
            if (target && is_uuid(value.get_ref<const std::string&>())) ids[target].push_back(value.get<std::string>());
        }
    }
    return ids;
}

Verdict apply_mutation(PushContext& ctx, const Mutation& m) {
    const EntitySpec* entity = find_entity(m.entity);
    if (!entity) return rejected(m, "invalid", "unknown entity '" + m.entity + "'");
    switch (m.op) {
    case sync::MutationOp::create: return apply_create(ctx, *entity, m);
    case sync::MutationOp::update: return apply_update(ctx, *entity, m);
    case sync::MutationOp::remove: return apply_delete(ctx, *entity, m);
    }
    return rejected(m, "invalid", "unknown operation");
}

}  // namespace crm::server
