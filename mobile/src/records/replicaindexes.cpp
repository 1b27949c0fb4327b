#include "records/replicaindexes.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

namespace {

struct IndexDef {
    const char* name;
    const char* body;
};

// Partial (one entity each, so other records cost nothing) and led by entity, an equality every
// query has, so SQLite prefers them to the table's (entity, id) key even without ANALYZE.
const IndexDef kIndexes[] = {
    {"app_visit_customer", "(entity, json_extract(data,'$.customer_id')) WHERE entity='visit'"},
    {"app_visit_planned", "(entity, json_extract(data,'$.rep_id'), json_extract(data,'$.planned_at')) WHERE entity='visit'"},
    {"app_visit_open",
     "(entity, json_extract(data,'$.rep_id'), json_extract(data,'$.planned_at')) "
     "WHERE entity='visit' AND json_extract(data,'$.check_in_at') IS NULL"},
    {"app_task_owner", "(entity, json_extract(data,'$.owner_id'), json_extract(data,'$.due_at')) WHERE entity='task'"},
    {"app_task_related", "(entity, json_extract(data,'$.related_id')) WHERE entity='task'"},
    {"app_comment_visit", "(entity, json_extract(data,'$.visit_id')) WHERE entity='comment'"},
    {"app_comment_unread",
     "(entity, json_extract(data,'$.visit_id')) WHERE entity='comment' AND json_extract(data,'$.read_at') IS NULL"},
};

}  // namespace

namespace ReplicaIndexes {

void ensure(crm::sync::Replica& replica) {
    auto& db = replica.database();
    for (const auto& index : kIndexes) {
        if (db.scalar_text("SELECT name FROM sqlite_master WHERE type='index' AND name=?", index.name)) continue;
        db.exec(std::string("CREATE INDEX IF NOT EXISTS ") + index.name + " ON local_record " + index.body);
    }
}

}  // namespace ReplicaIndexes
