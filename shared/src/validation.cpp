#include "crm/shared/validation.h"

#include "crm/shared/formats.h"

#include <algorithm>

namespace crm {
namespace {

constexpr std::size_t kDefaultMaxText = 1000;
constexpr std::size_t kMaxTags = 50;
constexpr std::size_t kMaxTagLength = 50;

std::string check_text(const FieldSpec& field, const nlohmann::json& value) {
    if (!value.is_string()) return "must be text";
    const auto& s = value.get_ref<const std::string&>();
    if (!is_valid_utf8(s)) return "is not valid UTF-8";
    if (s.find('\0') != std::string::npos) return "must not contain NUL characters";
    const std::size_t limit = field.max_length ? field.max_length : kDefaultMaxText;
    if (s.size() > limit) return "is longer than " + std::to_string(limit) + " bytes";
    return "";
}

std::string format_bound(double v) {
    if (v == static_cast<double>(static_cast<long long>(v))) return std::to_string(static_cast<long long>(v));
    return nlohmann::json(v).dump();
}

std::string check_number(const FieldSpec& field, const nlohmann::json& value) {
    if (field.type == FieldType::integer && !value.is_number_integer()) return "must be a whole number";
    if (!value.is_number()) return "must be a number";
    const double v = value.get<double>();
    if (field.min && v < *field.min) return "must be at least " + format_bound(*field.min);
    if (field.max && v > *field.max) return "must be at most " + format_bound(*field.max);
    return "";
}

std::string check_tags(const nlohmann::json& value) {
    if (!value.is_array()) return "must be a list of tags";
    if (value.size() > kMaxTags) return "has more than " + std::to_string(kMaxTags) + " tags";
    for (const auto& tag : value) {
        if (!tag.is_string() || tag.get_ref<const std::string&>().empty()) return "must hold only non-empty text tags";
        if (tag.get_ref<const std::string&>().size() > kMaxTagLength || !is_valid_utf8(tag.get<std::string>()))
            return "has a tag longer than " + std::to_string(kMaxTagLength) + " bytes";
    }
    return "";
}

std::string check_string_format(const nlohmann::json& value, bool (*valid)(std::string_view), const char* what) {
    if (!value.is_string() || !valid(value.get_ref<const std::string&>())) return std::string("must be ") + what;
    return "";
}

std::string check_common(std::string_view name, const nlohmann::json& value) {
    if (name == kIdField) return check_string_format(value, is_uuid, "a lower-case UUID");
    return check_string_format(value, is_timestamp, "an ISO-8601 timestamp with a zone");
}

}  // namespace

std::string check_value(const FieldSpec& field, const nlohmann::json& value) {
    switch (field.type) {
    case FieldType::text: return check_text(field, value);
    case FieldType::integer:
    case FieldType::real: return check_number(field, value);
    case FieldType::boolean: return value.is_boolean() ? "" : "must be true or false";
    case FieldType::timestamp:
        return check_string_format(value, is_timestamp, "an ISO-8601 timestamp with a zone");
    case FieldType::date: return check_string_format(value, is_date, "a date YYYY-MM-DD");
    case FieldType::uuid: return check_string_format(value, is_uuid, "a lower-case UUID");
    case FieldType::enumeration: {
        if (value.is_string() &&
            std::find(field.values.begin(), field.values.end(), value.get_ref<const std::string&>()) != field.values.end())
            return "";
        std::string allowed;
        for (const auto& v : field.values) allowed += (allowed.empty() ? "" : ", ") + v;
        return "must be one of: " + allowed;
    }
    case FieldType::tags: return check_tags(value);
    }
    return "has an unknown type";
}

std::vector<FieldError> check_fields(const EntitySpec& entity, const nlohmann::json& fields, ValidationMode mode) {
    std::vector<FieldError> errors;
    if (!fields.is_object()) {
        errors.push_back({"", "fields must be a JSON object"});
        return errors;
    }
    for (const auto& [name, value] : fields.items()) {
        if (name == kIdField || name == kCreatedAtField || name == kUpdatedAtField) {
            if (auto problem = check_common(name, value); !problem.empty()) errors.push_back({name, problem});
            continue;
        }
        const FieldSpec* spec = entity.field(name);
        if (!spec) {
            errors.push_back({name, "is not a field of " + entity.name});
            continue;
        }
        if (value.is_null()) {
            if (spec->required) errors.push_back({name, "is required"});
            continue;
        }
        if (auto problem = check_value(*spec, value); !problem.empty()) errors.push_back({name, problem});
    }
    if (mode == ValidationMode::create) {
        for (const auto& spec : entity.fields)
            if (spec.required && !fields.contains(spec.name)) errors.push_back({spec.name, "is required"});
    }
    return errors;
}

Status validate_fields(const EntitySpec& entity, const nlohmann::json& fields, ValidationMode mode) {
    const auto errors = check_fields(entity, fields, mode);
    if (errors.empty()) return ok_status();
    std::string message = entity.name + ": ";
    for (std::size_t i = 0; i < errors.size(); ++i) {
        if (i) message += "; ";
        message += errors[i].field.empty() ? errors[i].message : errors[i].field + " " + errors[i].message;
    }
    return Error{"invalid", message};
}

}  // namespace crm
