#pragma once
// Validation of record fields against the entity metadata.

#include "crm/shared/entity_schema.h"
#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace crm {

/// One problem with one field, worded for a person ("name: is required").
struct FieldError {
    std::string field;
    std::string message;
};

/// create: a whole record (required fields present); update: only the changed fields.
enum class ValidationMode { create, update };

/// Every problem with `fields` (an object of field -> value) for `entity`; empty when valid.
/// Unknown fields, wrong JSON types, over-long text, unknown enum values, bad formats and
/// out-of-range numbers are errors. The common fields id/created_at/updated_at are accepted.
std::vector<FieldError> check_fields(const EntitySpec& entity, const nlohmann::json& fields, ValidationMode mode);

/// check_fields as a Result: ok, or Error{"invalid", "<entity>: <field>: <problem>; ..."}.
Status validate_fields(const EntitySpec& entity, const nlohmann::json& fields, ValidationMode mode);

/// The problem with one value for one field, or "" when valid (null is checked by the caller).
std::string check_value(const FieldSpec& field, const nlohmann::json& value);

}  // namespace crm
