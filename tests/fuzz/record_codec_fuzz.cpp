// libFuzzer target: shared/ validation and the record codec over arbitrary JSON.
// The first byte picks the entity (and create or update); the rest is the JSON. Validation must
// answer without crashing; a record that decodes must encode and decode again to itself; the
// format checks and normalizers must accept any bytes.

#include "fuzz_check.h"

#include "crm/shared/entity_schema.h"
#include "crm/shared/formats.h"
#include "crm/shared/normalize.h"
#include "crm/shared/record.h"
#include "crm/shared/validation.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using crm::fuzz::require;
using nlohmann::json;

/// The string checks of formats.h / normalize.h on raw (possibly invalid UTF-8) bytes.
void check_strings(std::string_view text) {
    (void)crm::is_uuid(text);
    (void)crm::is_timestamp(text);
    (void)crm::is_date(text);
    (void)crm::is_valid_utf8(text);
    (void)crm::normalize_phone(text);
    (void)crm::normalize_company_name(text);
    (void)crm::normalize_person_name(text);
}

void check_record(const crm::EntitySpec& entity, const json& j) {
    auto record = crm::decode_record(entity.name, j);
    if (!record) {
        require(record.error().code == "invalid", "a rejected record is invalid");
        return;
    }
    const json encoded = crm::encode_record(*record);
    auto again = crm::decode_record(entity.name, encoded);
    require(again.ok(), "an encoded record decodes again");
    require(*again == *record, "record encode/decode round trip is stable");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // First line: "<entity> create" or "<entity> update" (by name, so that adding an entity does
    // not change what the seeds mean); the rest: the JSON.
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    check_strings(input);
    const auto newline = input.find('\n');
    if (newline == std::string_view::npos) return 0;
    const std::string_view head = input.substr(0, newline);
    const auto space = head.find(' ');
    if (space == std::string_view::npos) return 0;
    const crm::EntitySpec* found = crm::find_entity(head.substr(0, space));
    const std::string_view verb = head.substr(space + 1);
    if (!found || (verb != "create" && verb != "update")) return 0;
    const crm::EntitySpec& entity = *found;
    const auto mode = verb == "update" ? crm::ValidationMode::update : crm::ValidationMode::create;
    const std::string_view text = input.substr(newline + 1);

    const json j = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded()) return 0;
    const auto problems = crm::check_fields(entity, j, mode);
    const auto status = crm::validate_fields(entity, j, mode);
    require(problems.empty() == status.ok(), "check_fields and validate_fields agree");
    if (j.is_object())
        for (const auto& [name, value] : j.items())
            if (const auto* field = entity.field(name); field && !value.is_null()) (void)crm::check_value(*field, value);
    check_record(entity, j);
    return 0;
}
