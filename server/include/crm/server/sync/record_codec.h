#pragma once
// The one mapping between entity tables and record JSON, used by pull and by dump:
// {"id", every non-null field, "created_at", "updated_at"}; timestamps as UTC
// YYYY-MM-DDTHH:MM:SS.mmmZ, dates YYYY-MM-DD, numbers as numbers, tags as arrays.

#include "crm/server/db/pg.h"
#include "crm/shared/entity_schema.h"

#include <nlohmann/json.hpp>

#include <string>

namespace crm::server {

/// The SELECT list rendering one record of `entity` (from table alias `t`) as text columns.
std::string record_select_list(const EntitySpec& entity);

/// A jsonb expression (over table alias `t`) rendering one record exactly as record_from_row
/// does once parsed: {"id", non-null fields, "created_at", "updated_at"}. Pull and dump build
/// their JSON with it inside PostgreSQL.
std::string record_json_sql(const EntitySpec& entity);

/// How many columns record_select_list yields.
int record_column_count(const EntitySpec& entity);

/// The record JSON from row `row` of a result whose columns from `first_col` on are
/// record_select_list(entity).
nlohmann::json record_from_row(const EntitySpec& entity, const PgResult& result, int row, int first_col = 0);

/// The SQL expression converting text parameter $n into the column type of `field`.
std::string param_expression(const FieldSpec& field, int n);

/// The text parameter for a (validated) JSON value of `field`; nullopt for null.
PgParam param_value(const FieldSpec& field, const nlohmann::json& value);

/// The spec for created_at/updated_at, treated as timestamp fields.
const FieldSpec& timestamp_field_spec();

/// True when a string in `value` (or in a tags array) holds a NUL character, which
/// PostgreSQL text cannot store.
bool contains_nul(const nlohmann::json& value);

}  // namespace crm::server
