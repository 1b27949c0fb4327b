#pragma once
// Syntax checks and generators for the string formats of the domain model.

#include <cstdint>
#include <array>
#include <string>
#include <string_view>

namespace crm {

/// True for a canonical lower-case UUID (8-4-4-4-12 hex digits).
bool is_uuid(std::string_view text);

/// A version-4 UUID from 16 caller-supplied random bytes.
std::string uuid_from_bytes(const std::array<std::uint8_t, 16>& bytes);

/// True for ISO-8601 date-time with seconds and a zone: 2026-11-23T14:15:17(.123)?(Z|+08:00).
bool is_timestamp(std::string_view text);

/// True for a calendar date YYYY-MM-DD that exists.
bool is_date(std::string_view text);

/// Milliseconds since the Unix epoch as 2026-11-23T14:15:17.123Z.
std::string format_timestamp_ms(std::int64_t unix_ms);

/// True when every byte sequence in text is valid UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace crm
