#include "sync/deactivated_push.h"

#include "crm/server/api/request_parsing.h"
#include "crm/server/auth/tokens.h"
#include "crm/server/org/directory.h"
#include "crm/server/sync/record_codec.h"
#include "crm/shared/formats.h"

namespace crm::server {

long keep_deactivated_push(PgConnection& conn, std::int64_t company, const std::string& token,
                           const std::string& body) {
    auto found = lookup_token(conn, company, token);
    if (!found || found->user_active) return 0;
    auto parsed = parse_push_body(body);
    if (!parsed || parsed->device_id != found->owner.device_id) return 0;
    long kept = 0;
    PgTransaction tx(conn);
    for (const auto& m : parsed->mutations) {
        nlohmann::json sent = sync::to_json(m);
        if (contains_nul(sent)) continue;  // jsonb cannot hold it; such a body was never valid
        kept += tx.exec(
                      "INSERT INTO sync_rejection (company_id, device_id, user_id, seq, entity, record_id, op, code, "
                      "message, body) SELECT $1, $2::uuid, $3::uuid, $4::bigint, $5, $6::uuid, $7, 'account_deactivated', "
                      "'sent after the account was deactivated: not applied, kept here for the new owner', $8::jsonb "
                      "WHERE NOT EXISTS (SELECT 1 FROM sync_rejection WHERE company_id = $1 AND device_id = $2::uuid "
                      "AND seq = $4::bigint AND code = 'account_deactivated') AND NOT EXISTS (SELECT 1 FROM "
                      "applied_mutation WHERE company_id = $1 AND device_id = $2::uuid AND seq = $4::bigint)",
                      {std::to_string(company), found->owner.device_id, found->owner.user_id, std::to_string(m.seq),
                       m.entity, is_uuid(m.id) ? PgParam(m.id) : PgParam(), std::string(sync::to_string(m.op)),
                       sent.dump()})
                    .affected();
    }
    tx.commit();
    return kept;
}

}  // namespace crm::server
