#pragma once
// A record of any entity as it travels between layers, and its JSON codec.

#include "crm/shared/entity_schema.h"
#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <string>

namespace crm {

/// One record: its entity, id and fields (business fields plus created_at/updated_at).
struct Record {
    const EntitySpec* entity = nullptr;
    std::string id;
    nlohmann::json fields = nlohmann::json::object();

    bool operator==(const Record& other) const {
        return entity == other.entity && id == other.id && fields == other.fields;
    }
};

/// A record from its JSON object form {"id": ..., field: value, ...}, validated as a whole record.
Result<Record> decode_record(std::string_view entity_name, const nlohmann::json& json);

/// The JSON object form of a record: its fields with "id" added.
nlohmann::json encode_record(const Record& record);

}  // namespace crm
