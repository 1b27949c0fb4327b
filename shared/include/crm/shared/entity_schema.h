#pragma once
// Field metadata of the v1 domain model (ARCHITECTURE §3): one EntitySpec per entity.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace crm {

/// The type of a field as it travels in JSON and is stored in the databases.
enum class FieldType {
    text,       ///< JSON string
    integer,    ///< JSON integer
    real,       ///< JSON number
    boolean,    ///< JSON true/false
    timestamp,  ///< JSON string, ISO-8601 with a zone (e.g. 2026-11-23T14:15:17Z)
    date,       ///< JSON string, YYYY-MM-DD
    uuid,       ///< JSON string, canonical lower-case UUID
    enumeration,///< JSON string, one of FieldSpec::values
    tags,       ///< JSON array of strings
};

std::string_view to_string(FieldType type);

/// One field of an entity.
struct FieldSpec {
    std::string name;
    FieldType type = FieldType::text;
    bool required = false;          ///< must be present and non-null on create
    std::size_t max_length = 0;     ///< text: max UTF-8 bytes (0: default 1000)
    std::vector<std::string> values;///< enumeration: allowed values
    bool key_field = false;         ///< changes by a rep need approval (ARCHITECTURE §3)
    std::optional<double> min;      ///< integer/real lower bound
    std::optional<double> max;      ///< integer/real upper bound
    bool server_set = false;        ///< computed by the server; no device may write it
    /// A reference to another record: the entity it points at ("customer"), or "" when the
    /// field is not a reference (owner_id, rep_id: users). The server checks that a pushed
    /// reference names a live record the pusher sees; merges re-point it.
    std::string references;
    /// A reference whose entity is named by another field of the record (task.related_id by
    /// related_entity); `references` is then "".
    std::string references_entity_in;
};

/// A reference from a child record to the record that decides its visibility.
struct ParentRef {
    std::string field;   ///< e.g. "customer_id"
    std::string entity;  ///< e.g. "customer"
};

/// One entity of the domain model.
struct EntitySpec {
    std::string name;               ///< snake_case singular, e.g. "customer"
    std::vector<FieldSpec> fields;  ///< business fields, excluding the common ones below
    std::string owner_field;        ///< field holding the owning user ("" if none)
    /// For records without an owner: the first present reference decides who sees the record
    /// (its scope owner is the referenced record's scope owner).
    std::vector<ParentRef> parents;
    bool append_only = false;       ///< visits and comments: never conflict
    /// Who made the record (visit.rep_id, comment.author_id, opportunity_stage.changed_by): on
    /// create, filled with the signed-in user when not given (devices and server alike), and it
    /// must name the pusher ("" if none; owned entities use owner_field instead).
    std::string actor_field;
    /// When actor_field may name someone else than a leader pushing it (a manager records a visit
    /// for a rep of the team): only reps must name themselves.
    bool actor_free_for_leaders = false;
    /// The time the actor made it (opportunity_stage.changed_at), filled on create when not given.
    std::string actor_time_field;

    const FieldSpec* field(std::string_view name) const;
};

/// Fields every record carries besides its business fields.
inline constexpr std::string_view kIdField = "id";
inline constexpr std::string_view kCreatedAtField = "created_at";
inline constexpr std::string_view kUpdatedAtField = "updated_at";

/// Every syncable entity, in dependency order (parents before children).
const std::vector<EntitySpec>& all_entities();

/// The entity with this name, or nullptr.
const EntitySpec* find_entity(std::string_view name);

/// The field of a record of `entity` that points at a record of `target`.
struct ReferenceTo {
    const EntitySpec* entity;
    const FieldSpec* field;
};

/// Every field of every entity that may point at a record of `target` (polymorphic ones
/// included: their `references_entity_in` field names the target).
std::vector<ReferenceTo> references_to(std::string_view target);

}  // namespace crm
