#include "crm/shared/entity_schema.h"
#include "crm/shared/formats.h"
#include "crm/shared/record.h"
#include "crm/shared/validation.h"

#include <catch2/catch.hpp>

#include <algorithm>

using nlohmann::json;
using namespace crm;

namespace {

const EntitySpec& customer() { return *find_entity("customer"); }

json valid_customer() {
    return {{"name", "上海明远贸易有限公司"},
            {"kind", "company"},
            {"lifecycle", "potential"},
            {"owner_id", "0b0c2f1e-4d5a-4b6c-8d7e-9f0a1b2c3d4e"},
            {"latitude", 31.23},
            {"longitude", 121.47},
            {"tags", {"vip", "east"}}};
}

std::string message_of(const json& fields, ValidationMode mode = ValidationMode::create) {
    auto status = validate_fields(customer(), fields, mode);
    return status ? "" : status.error().message;
}

}  // namespace

TEST_CASE("every v1 entity is described and its references point at known entities") {
    for (const char* name : {"customer", "contact", "lead", "opportunity", "visit", "comment", "task"})
        REQUIRE(find_entity(name) != nullptr);
    CHECK(find_entity("invoice") == nullptr);
    for (const auto& entity : all_entities()) {
        CHECK((entity.owner_field.empty() != entity.parents.empty()));
        for (const auto& parent : entity.parents) {
            CHECK(find_entity(parent.entity) != nullptr);
            CHECK(entity.field(parent.field) != nullptr);
        }
    }
    CHECK(customer().field("name")->key_field);
    CHECK(customer().field("tax_id")->key_field);
    CHECK_FALSE(customer().field("phone")->key_field);
}

TEST_CASE("references, actors and parents are declared in the schema and agree") {
    for (const auto& entity : all_entities()) {
        for (const auto& field : entity.fields) {
            if (!field.references.empty()) {
                CHECK(find_entity(field.references) != nullptr);
                CHECK(field.type == FieldType::uuid);
            }
            if (!field.references_entity_in.empty()) {
                const FieldSpec* kind = entity.field(field.references_entity_in);
                REQUIRE(kind != nullptr);
                for (const auto& target : kind->values) CHECK(find_entity(target) != nullptr);
            }
            // A reference to a record is declared, never left to a naming habit.
            if (field.type == FieldType::uuid && field.name.ends_with("_id") && field.references.empty() &&
                field.references_entity_in.empty()) {
                INFO(entity.name << "." << field.name);
                CHECK((field.name == entity.owner_field || field.name == entity.actor_field));
            }
        }
        // A parent is a reference to its entity.
        for (const auto& parent : entity.parents) CHECK(entity.field(parent.field)->references == parent.entity);
        if (!entity.actor_field.empty()) CHECK(entity.field(entity.actor_field) != nullptr);
        if (!entity.actor_time_field.empty()) CHECK(entity.field(entity.actor_time_field)->type == FieldType::timestamp);
    }
    CHECK(find_entity("visit")->actor_field == "rep_id");
    CHECK(find_entity("comment")->actor_field == "author_id");
    CHECK(find_entity("opportunity_stage")->actor_field == "changed_by");

    // What a merge of two customers re-points: every reference to a customer, the task's
    // polymorphic related_id included.
    std::vector<std::string> to_customer;
    for (const auto& r : references_to("customer")) to_customer.push_back(r.entity->name + "." + r.field->name);
    std::sort(to_customer.begin(), to_customer.end());
    CHECK(to_customer == std::vector<std::string>{"contact.customer_id", "lead.converted_customer_id",
                                                  "opportunity.customer_id", "revision.customer_id",
                                                  "task.related_id", "visit.customer_id"});
    std::vector<std::string> to_lead;
    for (const auto& r : references_to("lead")) to_lead.push_back(r.entity->name + "." + r.field->name);
    std::sort(to_lead.begin(), to_lead.end());
    CHECK(to_lead == std::vector<std::string>{"lead.duplicate_of", "task.related_id", "visit.lead_id"});
}

TEST_CASE("a valid customer passes and round-trips through the codec") {
    CHECK(message_of(valid_customer()).empty());
    json j = valid_customer();
    j["id"] = "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e8f";
    auto record = decode_record("customer", j);
    REQUIRE(record.ok());
    CHECK(record->id == "6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e8f");
    CHECK_FALSE(record->fields.contains("id"));
    CHECK(encode_record(*record) == j);
}

TEST_CASE("bad values are rejected with a message naming the field") {
    SECTION("missing required field") {
        json j = valid_customer();
        j.erase("name");
        CHECK(message_of(j) == "customer: name is required");
    }
    SECTION("wrong JSON type") {
        json j = valid_customer();
        j["name"] = 42;
        CHECK(message_of(j) == "customer: name must be text");
    }
    SECTION("unknown enum value lists the allowed ones") {
        json j = valid_customer();
        j["lifecycle"] = "dormant";
        CHECK(message_of(j) == "customer: lifecycle must be one of: potential, active, lost");
    }
    SECTION("too long") {
        json j = valid_customer();
        j["name"] = std::string(201, 'x');
        CHECK(message_of(j) == "customer: name is longer than 200 bytes");
    }
    SECTION("out of range") {
        json j = valid_customer();
        j["latitude"] = 91.5;
        CHECK(message_of(j) == "customer: latitude must be at most 90");
    }
    SECTION("unknown field") {
        json j = valid_customer();
        j["salary"] = 1;
        CHECK(message_of(j) == "customer: salary is not a field of customer");
    }
    SECTION("bad uuid and bad tags") {
        json j = valid_customer();
        j["owner_id"] = "not-a-uuid";
        j["tags"] = {"ok", 3};
        CHECK(message_of(j) ==
              "customer: owner_id must be a lower-case UUID; tags must hold only non-empty text tags");
    }
    SECTION("invalid UTF-8") {
        json j = valid_customer();
        j["name"] = std::string("bad \xff byte");
        CHECK(message_of(j) == "customer: name is not valid UTF-8");
    }
    SECTION("NUL characters (PostgreSQL text cannot hold them)") {
        json j = valid_customer();
        j["name"] = std::string("nul\0inside", 10);
        CHECK(message_of(j) == "customer: name must not contain NUL characters");
    }
    SECTION("not an object") { CHECK(message_of(json::array()) == "customer: fields must be a JSON object"); }
}

TEST_CASE("updates check only the fields given, and required fields cannot be cleared") {
    CHECK(message_of({{"phone", "+86 21 5555 0101"}}, ValidationMode::update).empty());
    CHECK(message_of({{"phone", nullptr}}, ValidationMode::update).empty());
    CHECK(message_of({{"name", nullptr}}, ValidationMode::update) == "customer: name is required");
}

TEST_CASE("string formats") {
    CHECK(is_uuid("6f1c1c8e-8a7b-4c1d-9e2f-3a4b5c6d7e8f"));
    CHECK_FALSE(is_uuid("6F1C1C8E-8A7B-4C1D-9E2F-3A4B5C6D7E8F"));
    CHECK_FALSE(is_uuid("6f1c1c8e8a7b4c1d9e2f3a4b5c6d7e8f"));
    CHECK(is_timestamp("2026-11-23T14:15:17Z"));
    CHECK(is_timestamp("2026-11-23T14:15:17.123+08:00"));
    CHECK_FALSE(is_timestamp("2026-11-23T14:15:17"));
    CHECK_FALSE(is_timestamp("2026-02-30T14:15:17Z"));
    CHECK(is_date("2024-02-29"));
    CHECK_FALSE(is_date("2025-02-29"));
    CHECK(format_timestamp_ms(0) == "1970-01-01T00:00:00.000Z");
    CHECK(format_timestamp_ms(1795443317123) == "2026-11-23T14:15:17.123Z");
    std::array<std::uint8_t, 16> bytes{};
    bytes.fill(0xff);
    const auto id = uuid_from_bytes(bytes);
    CHECK(is_uuid(id));
    CHECK(id[14] == '4');
}
