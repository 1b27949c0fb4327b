#pragma once
// The sync wire protocol v1: messages and their JSON codecs. See sync/README.md.

#include "crm/shared/result.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace crm::sync {

/// Sent by every client in the X-CRM-Protocol header; the server refuses any other.
inline constexpr int kProtocolVersion = 1;
inline constexpr const char* kProtocolHeader = "X-CRM-Protocol";
/// Most mutations one push may carry, and the largest pull page.
inline constexpr std::size_t kMaxPushMutations = 500;
inline constexpr int kMaxPullLimit = 1000;
inline constexpr int kDefaultPullLimit = 500;

enum class MutationOp { create, update, remove };
std::string_view to_string(MutationOp op);

/// One local change queued in the device outbox and pushed to the server.
struct Mutation {
    std::int64_t seq = 0;            ///< device-unique, increasing
    std::string entity;              ///< e.g. "customer"
    std::string id;                  ///< record UUID
    MutationOp op = MutationOp::create;
    nlohmann::json fields = nlohmann::json::object();  ///< create: the record; update: changed fields
    std::map<std::string, std::int64_t> base_versions; ///< update: field -> server version last seen
    std::string hlc;                 ///< hybrid logical clock time of the edit
};

struct PushRequest {
    std::string device_id;
    std::vector<Mutation> mutations;
};

enum class VerdictStatus { applied, merged, rejected, duplicate };
std::string_view to_string(VerdictStatus status);

/// The server's ruling on one mutation.
struct Verdict {
    std::int64_t seq = 0;
    VerdictStatus status = VerdictStatus::applied;
    std::string code;                      ///< rejected: forbidden, invalid, not_found, ...
    std::string message;                   ///< for a person
    std::vector<std::string> lost_fields;  ///< merged: fields a newer edit kept
};

/// What a verdict amounts to: for a duplicate, the outcome of the first time (rejected when it
/// carries a rejection code, merged when it carries lost fields, else applied).
VerdictStatus first_outcome(const Verdict& verdict);

struct PushResponse {
    std::vector<Verdict> verdicts;
};

/// The current server state of one changed record visible to the puller.
struct Change {
    std::string entity;
    std::string id;
    std::int64_t version = 0;                           ///< server sequence of the last change
    bool deleted = false;                               ///< tombstone: drop it from the replica
    nlohmann::json record;                              ///< the record incl. "id"; null when deleted
    /// field -> server sequence, for fields whose version differs from `version` only
    std::map<std::string, std::int64_t> field_versions;
};

/// A record that left the puller's scope and must be removed from the replica.
struct Eviction {
    std::string entity;
    std::string id;
};

struct PullResponse {
    std::vector<Change> changes;
    std::vector<Eviction> evictions;
    std::int64_t cursor = 0;   ///< pass back as ?cursor= on the next pull
    bool has_more = false;
    /// The org-scope epoch this page was computed for; pass back as ?scope= on the next pull.
    std::int64_t scope_epoch = 0;
    /// The device's scope epoch was stale: this page restarts from cursor 0 and, once a page
    /// with has_more=false arrives, every record not received since the reset must be dropped.
    bool reset = false;
};

/// Verdict code (with status applied) of a visit accepted for a customer that has left the
/// pusher's book meanwhile: kept for the customer's new owner, no longer visible to the pusher.
inline constexpr const char* kOutOfScopeCode = "out_of_scope";
/// Verdict code (with status applied or merged) of an update whose key-field changes became
/// pending revisions: lost_fields names them; the server keeps their old value until a leader
/// approves (the customer and the revision records arrive by pull).
inline constexpr const char* kRevisionPendingCode = "revision_pending";
/// 401 error code for a deactivated user: the device must wipe its replica.
inline constexpr const char* kDeactivatedCode = "account_deactivated";
/// 409 error code of a sign-in whose device id another user signed in with first: the client
/// takes a new device id (its outbox is empty then) and signs in again.
inline constexpr const char* kDeviceTakenCode = "device_taken";
/// The live-poke WebSocket path; the server sends {"type":"poke","cursor":N} text messages.
inline constexpr const char* kLivePath = "/v1/live";

struct LoginRequest {
    std::string login;
    std::string password;
    std::string device_id;
};

/// The signed-in user as the server describes them.
struct UserInfo {
    std::string id;
    std::string login;
    std::string role;
    std::string unit_id;
    std::string display_name;
};

struct LoginResponse {
    std::string token;
    UserInfo user;
};

/// The body of every error response: {"error": {"code": ..., "message": ...}}.
nlohmann::json error_body(const Error& error);
/// The Error in an error response body, or a generic one when the body is not one.
Error parse_error_body(const std::string& body, int http_status);

nlohmann::json to_json(const Mutation& m);
nlohmann::json to_json(const PushRequest& r);
nlohmann::json to_json(const Verdict& v);
nlohmann::json to_json(const PushResponse& r);
nlohmann::json to_json(const Change& c);
nlohmann::json to_json(const PullResponse& r);
nlohmann::json to_json(const LoginRequest& r);
nlohmann::json to_json(const UserInfo& u);
nlohmann::json to_json(const LoginResponse& r);

/// Decoders check shape and types only (not entity fields): Error{"bad_request", ...} otherwise.
Result<Mutation> decode_mutation(const nlohmann::json& j);
Result<PushRequest> decode_push_request(const nlohmann::json& j);
Result<PushResponse> decode_push_response(const nlohmann::json& j);
Result<PullResponse> decode_pull_response(const nlohmann::json& j);
Result<LoginRequest> decode_login_request(const nlohmann::json& j);
Result<LoginResponse> decode_login_response(const nlohmann::json& j);
Result<UserInfo> decode_user_info(const nlohmann::json& j);

/// The deepest nesting of arrays and objects parse_json accepts (messages need about 5).
inline constexpr std::size_t kMaxJsonDepth = 64;

/// Parses text as JSON without throwing: Error{"bad_request", "malformed JSON: ..."}, also for
/// numbers beyond a double and for nesting deeper than kMaxJsonDepth.
Result<nlohmann::json> parse_json(const std::string& text);

}  // namespace crm::sync
