#pragma once
// Expression indexes over the replica's local_record for the app's visit, task and comment lists
// (Today, a customer's visits, a visit's comments, follow-up tasks), so that a book of 100k visits
// is never scanned whole. They only speed up reads: created once per file, kept across wipes.
// Queries must repeat the indexed expressions literally (json_extract(data,'$.x')) to use them.

namespace crm::sync {
class Replica;
}

namespace ReplicaIndexes {

/// Creates the indexes that are missing (a no-op read after the first call on a file).
void ensure(crm::sync::Replica& replica);

}  // namespace ReplicaIndexes
