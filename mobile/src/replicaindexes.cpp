#include "replicaindexes.h"

#include "crm/sync/replica.h"
#include "crm/sync/sqlite_db.h"

namespace {

struct IndexDef {
    const char* name;
    const char* body;
};

const IndexDef kIndexes[] = {
    {"app_visit_customer", "(json_extract(data,'$.customer_id')) WHERE entity='visit'"},
    {"app_visit_planned", "(json_extract(data,'$.planned_at')) WHERE entity='visit'"},
    {"app_visit_open",
     "(json_extract(data,'$.planned_at')) WHERE entity='visit' AND json_extract(data,'$.check_in_at') IS NULL"},
    {"app_task_open", "(json_extract(data,'$.due_at')) WHERE entity='task' AND json_extract(data,'$.done') IS NOT 1"},
    {"app_task_related", "(json_extract(data,'$.related_id')) WHERE entity='task'"},
    {"app_comment_visit", "(json_extract(data,'$.visit_id')) WHERE entity='comment'"},
    {"app_comment_unread",
     "(json_extract(data,'$.visit_id')) WHERE entity='comment' AND json_extract(data,'$.read_at') IS NULL"},
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
