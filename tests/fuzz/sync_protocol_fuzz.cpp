// libFuzzer target: the sync wire decoders (sync/core protocol.h) over arbitrary bytes.
// Every decoder must answer ok or Error{"bad_request"} without crashing; whatever decodes must
// encode and decode again to the same JSON (the client and server rely on that round trip).

#include "fuzz_check.h"

#include "crm/sync/protocol.h"

#include <cstddef>
#include <cstdint>
#include <string>

namespace {

using crm::fuzz::require;
using nlohmann::json;

/// decode(j) either fails with bad_request or survives to_json -> decode unchanged.
template <typename Decode>
void check_round_trip(const json& j, Decode decode) {
    auto first = decode(j);
    if (!first) {
        require(first.error().code == "bad_request", "decoder error code is bad_request");
        return;
    }
    const json encoded = crm::sync::to_json(*first);
    auto second = decode(encoded);
    require(second.ok(), "an encoded message decodes again");
    require(crm::sync::to_json(*second) == encoded, "encode/decode round trip is stable");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const auto error = crm::sync::parse_error_body(text, 400);
    require(!error.code.empty(), "an error body always yields a code");

    auto parsed = crm::sync::parse_json(text);
    if (!parsed) {
        require(parsed.error().code == "bad_request", "malformed JSON is bad_request");
        return 0;
    }
    const json& j = *parsed;
    check_round_trip(j, [](const json& x) { return crm::sync::decode_push_request(x); });
    check_round_trip(j, [](const json& x) { return crm::sync::decode_push_response(x); });
    check_round_trip(j, [](const json& x) { return crm::sync::decode_pull_response(x); });
    check_round_trip(j, [](const json& x) { return crm::sync::decode_mutation(x); });
    check_round_trip(j, [](const json& x) { return crm::sync::decode_login_request(x); });
    check_round_trip(j, [](const json& x) { return crm::sync::decode_login_response(x); });
    check_round_trip(j, [](const json& x) { return crm::sync::decode_user_info(x); });
    return 0;
}
