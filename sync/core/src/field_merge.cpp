#include "crm/sync/field_merge.h"

namespace crm::sync {

FieldOutcome decide_field(const FieldStamp& stored, const IncomingField& incoming) {
    if (incoming.base_version >= stored.version) return FieldOutcome::apply;
    return incoming.hlc > stored.hlc ? FieldOutcome::apply_over_concurrent : FieldOutcome::lose;
}

MergePlan plan_update(const std::map<std::string, FieldStamp>& stored,
                      const std::map<std::string, IncomingField>& incoming) {
    MergePlan plan;
    for (const auto& [name, field] : incoming) {
        auto it = stored.find(name);
        const FieldStamp stamp = it == stored.end() ? FieldStamp{} : it->second;
        switch (decide_field(stamp, field)) {
        case FieldOutcome::apply: plan.applied.push_back(name); break;
        case FieldOutcome::apply_over_concurrent:
            plan.applied.push_back(name);
            plan.overwritten.push_back(name);
            break;
        case FieldOutcome::lose: plan.lost.push_back(name); break;
        }
    }
    return plan;
}

}  // namespace crm::sync
