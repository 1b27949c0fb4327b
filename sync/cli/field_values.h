#pragma once
// Turns `--set FIELD=VALUE` arguments into typed JSON field values using the entity metadata.

#include "crm/shared/entity_schema.h"
#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace crm::sync {

/// Parses FIELD=VALUE pairs for `entity`. An empty VALUE clears the field (null); numbers,
/// booleans (true/false) and tags (comma-separated) are converted by the field's type.
Result<nlohmann::json> parse_field_assignments(const EntitySpec& entity, const std::vector<std::string>& pairs);

}  // namespace crm::sync
