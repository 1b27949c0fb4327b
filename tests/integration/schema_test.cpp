// Migrations apply once and the tables match the entity metadata of shared/.
#include "crm/server/db/migrations.h"
#include "crm/server/db/pg.h"
#include "crm/shared/entity_schema.h"
#include "crm/test/processes.h"
#include "crm/test/test_database.h"

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace crm;

namespace {

std::string expected_type(FieldType type) {
    switch (type) {
    case FieldType::text:
    case FieldType::enumeration: return "text";
    case FieldType::integer: return "bigint";
    case FieldType::real: return "double precision";
    case FieldType::boolean: return "boolean";
    case FieldType::timestamp: return "timestamp with time zone";
    case FieldType::date: return "date";
    case FieldType::uuid: return "uuid";
    case FieldType::tags: return "text[]";
    }
    return "?";
}

/// column name -> type as format_type() prints it
std::map<std::string, std::string> columns_of(server::PgConnection& conn, const std::string& table) {
    auto rows = conn.exec(
        "SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
        "WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped",
        {table});
    std::map<std::string, std::string> columns;
    for (int r = 0; r < rows.rows(); ++r) columns[rows.text(r, 0)] = rows.text(r, 1);
    return columns;
}

}  // namespace

TEST_CASE("crm-admin migrate applies every migration once", "[server][schema]") {
    test::TestDatabase db(false);
    auto first = test::run_admin({"--db", db.conninfo(), "migrate"});
    INFO(first.err);
    REQUIRE(first.exit_code == 0);
    CHECK(first.out.find("applied 0001_core.sql") != std::string::npos);
    auto second = test::run_admin({"--db", db.conninfo(), "migrate"});
    REQUIRE(second.exit_code == 0);
    CHECK(second.out == "schema is up to date\n");
    server::PgConnection conn(db.conninfo());
    CHECK(std::stoul(conn.exec("SELECT count(*) FROM schema_migrations").text(0, 0)) ==
          server::embedded_migrations().size());
    CHECK(server::pending_migrations(conn).empty());
    CHECK(server::migrate(conn).empty());
    CHECK(conn.exec("SELECT name FROM company WHERE id = 1").text(0, 0) == "default");
}

TEST_CASE("every entity field has a column of the matching type", "[server][schema]") {
    test::TestDatabase db;
    server::PgConnection conn(db.conninfo());
    const std::map<std::string, std::string> internal = {
        {"company_id", "bigint"}, {"id", "uuid"},  {"created_at", "timestamp with time zone"},
        {"updated_at", "timestamp with time zone"}, {"deleted", "boolean"}, {"seq", "bigint"},
        {"scope_owner_id", "uuid"}, {"field_stamps", "jsonb"}};
    for (const auto& entity : all_entities()) {
        SECTION(entity.name) {
            auto columns = columns_of(conn, entity.name);
            for (const auto& field : entity.fields) {
                INFO(entity.name << "." << field.name);
                REQUIRE(columns.count(field.name) == 1);
                CHECK(columns[field.name] == expected_type(field.type));
                columns.erase(field.name);
            }
            for (const auto& [name, type] : internal) {
                INFO(entity.name << "." << name);
                REQUIRE(columns.count(name) == 1);
                CHECK(columns[name] == type);
                columns.erase(name);
            }
            INFO("columns in the table but not in the metadata");
            CHECK(columns.empty());
        }
    }
}

TEST_CASE("enumeration columns accept exactly the metadata's values", "[server][schema]") {
    test::TestDatabase db;
    server::PgConnection conn(db.conninfo());
    for (const auto& entity : all_entities()) {
        for (const auto& field : entity.fields) {
            if (field.type != FieldType::enumeration) continue;
            auto rows = conn.exec(
                "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c WHERE c.conrelid = $1::regclass "
                "AND c.contype = 'c' AND pg_get_constraintdef(c.oid) LIKE '%(' || $2 || ' %'",  // not server_<field>
                {entity.name, field.name});
            INFO(entity.name << "." << field.name);
            REQUIRE(rows.rows() == 1);
            const std::string def = rows.text(0, 0);
            for (const auto& value : field.values) CHECK(def.find("'" + value + "'") != std::string::npos);
            std::size_t quotes = 0;
            for (char c : def) quotes += c == '\'';
            CHECK(quotes == 2 * field.values.size());
        }
    }
}
