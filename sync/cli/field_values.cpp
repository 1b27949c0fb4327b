#include "field_values.h"

#include <charconv>
#include <cmath>

namespace crm::sync {
namespace {

Result<nlohmann::json> convert(const FieldSpec& spec, const std::string& text) {
    if (text.empty()) return nlohmann::json(nullptr);
    switch (spec.type) {
    case FieldType::integer: {
        long long v = 0;
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
        if (ec != std::errc{} || ptr != text.data() + text.size())
            return Error{"invalid", spec.name + " must be a whole number, not '" + text + "'"};
        return nlohmann::json(v);
    }
    case FieldType::real: {
        std::size_t used = 0;
        double v = 0;
        try {
            v = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used != text.size() || !std::isfinite(v))
            return Error{"invalid", spec.name + " must be a number, not '" + text + "'"};
        return nlohmann::json(v);
    }
    case FieldType::boolean:
        if (text == "true") return nlohmann::json(true);
        if (text == "false") return nlohmann::json(false);
        return Error{"invalid", spec.name + " must be true or false, not '" + text + "'"};
    case FieldType::tags: {
        nlohmann::json tags = nlohmann::json::array();
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto comma = text.find(',', start);
            const auto tag = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
            if (!tag.empty()) tags.push_back(tag);
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        return tags;
    }
    default: return nlohmann::json(text);
    }
}

}  // namespace

Result<nlohmann::json> parse_field_assignments(const EntitySpec& entity, const std::vector<std::string>& pairs) {
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& pair : pairs) {
        const auto eq = pair.find('=');
        if (eq == std::string::npos || eq == 0)
            return Error{"invalid", "--set takes FIELD=VALUE, got '" + pair + "'"};
        const std::string name = pair.substr(0, eq);
        const std::string text = pair.substr(eq + 1);
        if (name == "id" || name == "created_at" || name == "updated_at") {
            fields[name] = text;
            continue;
        }
        const FieldSpec* spec = entity.field(name);
        if (!spec) return Error{"invalid", "'" + name + "' is not a field of " + entity.name};
        auto value = convert(*spec, text);
        if (!value) return value.error();
        fields[name] = *value;
    }
    return fields;
}

}  // namespace crm::sync
