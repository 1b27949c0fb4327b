#include "crm/shared/entity_schema.h"

#include <algorithm>

namespace crm {
namespace {

FieldSpec text(std::string name, std::size_t max_length, bool required = false) {
    FieldSpec f{.name = std::move(name), .type = FieldType::text, .required = required};
    f.max_length = max_length;
    return f;
}

FieldSpec typed(std::string name, FieldType type, bool required = false) {
    return FieldSpec{.name = std::move(name), .type = type, .required = required};
}

FieldSpec choice(std::string name, std::vector<std::string> values, bool required = false) {
    return FieldSpec{.name = std::move(name), .type = FieldType::enumeration, .required = required,
                     .values = std::move(values)};
}

FieldSpec number(std::string name, FieldType type, std::optional<double> min, std::optional<double> max) {
    FieldSpec f{.name = std::move(name), .type = type};
    f.min = min;
    f.max = max;
    return f;
}

FieldSpec ref(std::string name, std::string entity, bool required = false) {
    FieldSpec f = typed(std::move(name), FieldType::uuid, required);
    f.references = std::move(entity);
    return f;
}

FieldSpec related_ref(std::string name, std::string entity_field) {
    FieldSpec f = typed(std::move(name), FieldType::uuid);
    f.references_entity_in = std::move(entity_field);
    return f;
}

FieldSpec server_set(FieldSpec f) {
    f.server_set = true;
    return f;
}

FieldSpec key(FieldSpec f) {
    f.key_field = true;
    return f;
}

std::vector<std::string> check_in_statuses() {
    return {"verified", "outside_radius", "no_fix", "manual", "no_reference"};
}

std::vector<EntitySpec> build() {
    std::vector<EntitySpec> entities;
    entities.push_back(EntitySpec{
        .name = "customer",
        .fields = {key(text("name", 200, true)), choice("kind", {"company", "person"}, true),
                   text("industry", 100), text("region", 100), text("address", 500),
                   number("latitude", FieldType::real, -90, 90), number("longitude", FieldType::real, -180, 180),
                   text("phone", 40), choice("lifecycle", {"potential", "active", "lost"}, true),
                   text("level", 20), server_set(number("value_score", FieldType::real, 0, 100)),
                   server_set(choice("value_segment", {"A", "B", "C"})), typed("tags", FieldType::tags),
                   key(text("tax_id", 64)), key(text("credit_level", 20)), key(typed("owner_id", FieldType::uuid, true))},
        .owner_field = "owner_id"});
    entities.push_back(EntitySpec{
        .name = "contact",
        .fields = {ref("customer_id", "customer", true), text("name", 200, true), text("title", 100),
                   text("phone", 40), text("mobile", 40), text("email", 254), typed("key_person", FieldType::boolean)},
        .parents = {{"customer_id", "customer"}}});
    entities.push_back(EntitySpec{
        .name = "lead",
        .fields = {text("source", 100), text("person_name", 200), text("company_name", 200), text("phone", 40),
                   text("region", 100), choice("priority", {"low", "normal", "high"}), text("pool", 100),
                   choice("status", {"new", "contacted", "qualified", "converted", "invalid"}, true),
                   typed("owner_id", FieldType::uuid), ref("duplicate_of", "lead"),
                   text("invalid_reason", 500), ref("converted_customer_id", "customer"),
                   ref("converted_opportunity_id", "opportunity")},
        .owner_field = "owner_id"});
    entities.push_back(EntitySpec{
        .name = "opportunity",
        .fields = {ref("customer_id", "customer", true), text("title", 200, true),
                   number("amount", FieldType::real, 0, 1e13),
                   choice("stage", {"discovery", "qualification", "proposal", "negotiation", "closing"}, true),
                   choice("status", {"following", "on_hold", "won", "lost"}, true), typed("expected_close", FieldType::date),
                   text("lost_reason", 500), typed("owner_id", FieldType::uuid, true)},
        .owner_field = "owner_id"});
    entities.push_back(EntitySpec{
        .name = "visit",
        .fields = {ref("customer_id", "customer"), ref("lead_id", "lead"),
                   typed("rep_id", FieldType::uuid, true), typed("planned_at", FieldType::timestamp),
                   typed("check_in_at", FieldType::timestamp), number("check_in_latitude", FieldType::real, -90, 90),
                   number("check_in_longitude", FieldType::real, -180, 180),
                   number("check_in_accuracy", FieldType::real, 0, 1e7), typed("check_out_at", FieldType::timestamp),
                   number("check_out_latitude", FieldType::real, -90, 90),
                   number("check_out_longitude", FieldType::real, -180, 180), text("purpose", 500),
                   text("notes", 10000), text("outcome", 2000), text("next_step", 2000),
                   typed("follow_up_date", FieldType::date), text("check_in_source", 40),
                   number("check_in_fix_age_s", FieldType::real, 0, 1e7),
                   number("check_in_distance_m", FieldType::real, 0, 1e8),
                   choice("check_in_status", check_in_statuses()),
                   server_set(choice("server_check_in_status", check_in_statuses())),
                   number("check_out_accuracy", FieldType::real, 0, 1e7)},
        .parents = {{"customer_id", "customer"}, {"lead_id", "lead"}},
        .append_only = true,
        .actor_field = "rep_id",
        .actor_free_for_leaders = true});
    entities.push_back(EntitySpec{
        .name = "comment",
        .fields = {ref("visit_id", "visit", true), typed("author_id", FieldType::uuid, true),
                   text("body", 5000, true), typed("read_at", FieldType::timestamp)},
        .parents = {{"visit_id", "visit"}},
        .append_only = true,
        .actor_field = "author_id"});
    entities.push_back(EntitySpec{
        .name = "task",
        .fields = {text("title", 200, true), typed("due_at", FieldType::timestamp), typed("owner_id", FieldType::uuid, true),
                   choice("related_entity", {"customer", "contact", "lead", "opportunity", "visit"}),
                   related_ref("related_id", "related_entity"), typed("done", FieldType::boolean),
                   typed("done_at", FieldType::timestamp)},
        .owner_field = "owner_id"});
    entities.push_back(EntitySpec{
        .name = "opportunity_stage",
        .fields = {ref("opportunity_id", "opportunity", true),
                   choice("from_stage", {"discovery", "qualification", "proposal", "negotiation", "closing"}),
                   choice("to_stage", {"discovery", "qualification", "proposal", "negotiation", "closing"}, true),
                   choice("from_status", {"following", "on_hold", "won", "lost"}),
                   choice("to_status", {"following", "on_hold", "won", "lost"}, true),
                   typed("changed_at", FieldType::timestamp, true), typed("changed_by", FieldType::uuid, true)},
        .parents = {{"opportunity_id", "opportunity"}},
        .append_only = true,
        .actor_field = "changed_by",
        .actor_time_field = "changed_at"});
    // A key customer field change (name, tax_id, credit_level): born on the server only, when a rep
    // changes one (pending until a leader decides) or a leader does (direct). The key-field history.
    entities.push_back(EntitySpec{
        .name = "revision",
        .fields = {server_set(ref("customer_id", "customer", true)),
                   server_set(choice("field", {"name", "tax_id", "credit_level"}, true)),
                   server_set(text("old_value", 200)), server_set(text("new_value", 200)),
                   choice("status", {"pending", "approved", "rejected", "withdrawn", "direct"}, true),
                   server_set(typed("requested_by", FieldType::uuid, true)),
                   server_set(typed("requested_at", FieldType::timestamp, true)),
                   server_set(text("requested_device", 64)), server_set(typed("decided_by", FieldType::uuid)),
                   server_set(typed("decided_at", FieldType::timestamp)), text("decision_note", 1000)},
        .parents = {{"customer_id", "customer"}}});
    return entities;
}

}  // namespace

std::string_view to_string(FieldType type) {
    switch (type) {
    case FieldType::text: return "text";
    case FieldType::integer: return "integer";
    case FieldType::real: return "number";
    case FieldType::boolean: return "boolean";
    case FieldType::timestamp: return "timestamp";
    case FieldType::date: return "date";
    case FieldType::uuid: return "uuid";
    case FieldType::enumeration: return "enumeration";
    case FieldType::tags: return "list of tags";
    }
    return "unknown";
}

const FieldSpec* EntitySpec::field(std::string_view field_name) const {
    for (const auto& f : fields)
        if (f.name == field_name) return &f;
    return nullptr;
}

const std::vector<EntitySpec>& all_entities() {
    static const std::vector<EntitySpec> entities = build();
    return entities;
}

const EntitySpec* find_entity(std::string_view name) {
    for (const auto& e : all_entities())
        if (e.name == name) return &e;
    return nullptr;
}

std::vector<ReferenceTo> references_to(std::string_view target) {
    std::vector<ReferenceTo> refs;
    for (const auto& e : all_entities())
        for (const auto& f : e.fields) {
            if (f.references == target) refs.push_back({&e, &f});
            if (f.references_entity_in.empty()) continue;
            const FieldSpec* kind = e.field(f.references_entity_in);
            if (kind && std::find(kind->values.begin(), kind->values.end(), target) != kind->values.end())
                refs.push_back({&e, &f});
        }
    return refs;
}

}  // namespace crm
