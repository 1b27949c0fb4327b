#pragma once
// Field-level merge rule (ARCHITECTURE §4.3), pure: which edit of a field survives.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace crm::sync {

/// What the server knows about one stored field: when it last changed and by which edit.
struct FieldStamp {
    std::int64_t version = 0;  ///< server sequence of the change that wrote it
    std::string hlc;           ///< encoded HLC of that edit ("" for unknown: loses to any edit)
};

/// One field of an incoming update.
struct IncomingField {
    std::int64_t base_version = 0;  ///< the version of this field the device last saw
    std::string hlc;                ///< encoded HLC of the device's edit
};

/// Outcome for one field of an update.
enum class FieldOutcome {
    apply,            ///< the device saw the latest value: a plain overwrite
    apply_over_concurrent, ///< concurrent edit, the incoming one is later: stored value is the loser
    lose,             ///< concurrent edit, the stored one is later: incoming value is the loser
};

/// Decides one field. Sequential edits (base_version >= stored version) always apply;
/// concurrent ones go to the later HLC, ties broken by node (part of the encoded HLC).
FieldOutcome decide_field(const FieldStamp& stored, const IncomingField& incoming);

/// The per-field outcomes of one update.
struct MergePlan {
    std::vector<std::string> applied;      ///< fields to write
    std::vector<std::string> overwritten;  ///< subset of applied whose stored value lost (log it)
    std::vector<std::string> lost;         ///< fields whose incoming value lost (log it)
};

/// Plans an update of `incoming` fields against `stored` stamps (missing stamp: version 0).
MergePlan plan_update(const std::map<std::string, FieldStamp>& stored,
                      const std::map<std::string, IncomingField>& incoming);

}  // namespace crm::sync
