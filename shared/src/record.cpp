#include "crm/shared/record.h"

#include "crm/shared/formats.h"
#include "crm/shared/validation.h"

namespace crm {

Result<Record> decode_record(std::string_view entity_name, const nlohmann::json& json) {
    const EntitySpec* entity = find_entity(entity_name);
    if (!entity) return Error{"invalid", "unknown entity '" + std::string(entity_name) + "'"};
    if (!json.is_object()) return Error{"invalid", entity->name + ": a record must be a JSON object"};
    auto id = json.find(kIdField);
    if (id == json.end() || !id->is_string() || !is_uuid(id->get_ref<const std::string&>()))
        return Error{"invalid", entity->name + ": id must be a lower-case UUID"};
    if (auto status = validate_fields(*entity, json, ValidationMode::create); !status) return status.error();
    Record record{entity, id->get<std::string>(), json};
    record.fields.erase(kIdField);
    return record;
}

nlohmann::json encode_record(const Record& record) {
    nlohmann::json out = record.fields;
    out[std::string(kIdField)] = record.id;
    return out;
}

}  // namespace crm
