#include "crm/server/sync/record_codec.h"

#include <cstdlib>

namespace crm::server {
namespace {

std::string quoted(const std::string& name) { return "t.\"" + name + "\""; }

std::string timestamp_sql(const std::string& column) {
    return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
}

std::string select_expression(FieldType type, const std::string& column) {
    switch (type) {
    case FieldType::text:
    case FieldType::enumeration:
    case FieldType::boolean: return column;
    case FieldType::integer:
    case FieldType::real:
    case FieldType::uuid: return column + "::text";
    case FieldType::timestamp: return timestamp_sql(column);
    case FieldType::date: return "to_char(" + column + ", 'YYYY-MM-DD')";
    case FieldType::tags: return "array_to_json(" + column + ")::text";
    }
    return column;
}

nlohmann::json json_value(FieldType type, const std::string& text) {
    switch (type) {
    case FieldType::integer: return std::strtoll(text.c_str(), nullptr, 10);
    case FieldType::real: return std::strtod(text.c_str(), nullptr);
    case FieldType::boolean: return text == "t";
    case FieldType::tags: return nlohmann::json::parse(text);
    default: return text;
    }
}

std::string json_expression(FieldType type, const std::string& column) {
    switch (type) {
    case FieldType::timestamp:
    case FieldType::date: return select_expression(type, column);
    case FieldType::tags: return "to_jsonb(" + column + ")";
    default: return column;  // jsonb renders text, numbers, booleans and uuids as wanted
    }
}

}  // namespace

std::string record_json_sql(const EntitySpec& entity) {
    std::string sql = "jsonb_strip_nulls(jsonb_build_object('id', t.id";
    for (const auto& f : entity.fields) sql += ", '" + f.name + "', " + json_expression(f.type, quoted(f.name));
    sql += ", 'created_at', " + timestamp_sql("t.created_at") + ", 'updated_at', " + timestamp_sql("t.updated_at");
    return sql + "))";
}

const FieldSpec& timestamp_field_spec() {
    static const FieldSpec spec{.name = "timestamp", .type = FieldType::timestamp};
    return spec;
}

std::string record_select_list(const EntitySpec& entity) {
    std::string sql = "t.id::text";
    for (const auto& f : entity.fields) sql += ", " + select_expression(f.type, quoted(f.name));
    sql += ", " + timestamp_sql("t.created_at") + ", " + timestamp_sql("t.updated_at");
    return sql;
}

int record_column_count(const EntitySpec& entity) { return static_cast<int>(entity.fields.size()) + 3; }

nlohmann::json record_from_row(const EntitySpec& entity, const PgResult& result, int row, int first_col) {
    nlohmann::json record = nlohmann::json::object();
    int col = first_col;
    record[std::string(kIdField)] = result.text(row, col++);
    for (const auto& f : entity.fields) {
        if (auto value = result.opt(row, col++)) record[f.name] = json_value(f.type, *value);
    }
    record[std::string(kCreatedAtField)] = result.text(row, col++);
    record[std::string(kUpdatedAtField)] = result.text(row, col++);
    return record;
}

std::string param_expression(const FieldSpec& field, int n) {
    const std::string p = "$" + std::to_string(n);
    switch (field.type) {
    case FieldType::text:
    case FieldType::enumeration: return p + "::text";
    case FieldType::integer: return p + "::bigint";
    case FieldType::real: return p + "::double precision";
    case FieldType::boolean: return p + "::boolean";
    case FieldType::timestamp: return p + "::timestamptz";
    case FieldType::date: return p + "::date";
    case FieldType::uuid: return p + "::uuid";
    case FieldType::tags:
        return "(CASE WHEN " + p + "::jsonb IS NULL THEN NULL::text[] ELSE ARRAY(SELECT e FROM " +
               "jsonb_array_elements_text(" + p + "::jsonb) WITH ORDINALITY AS a(e, i) ORDER BY i) END)";
    }
    return p;
}

PgParam param_value(const FieldSpec& field, const nlohmann::json& value) {
    if (value.is_null()) return std::nullopt;
    if (value.is_string()) return value.get<std::string>();
    if (field.type == FieldType::boolean) return std::string(value.get<bool>() ? "true" : "false");
    return value.dump();
}

bool contains_nul(const nlohmann::json& value) {
    if (value.is_string()) return value.get_ref<const std::string&>().find('\0') != std::string::npos;
    if (value.is_array() || value.is_object()) {
        for (const auto& item : value)
            if (contains_nul(item)) return true;
    }
    return false;
}

}  // namespace crm::server
