-- The audit log: one row per management action (reassignment, hand-over, revision decision,
-- merge and undo, import, pool assignment, target, conflict re-apply, org change). Append-only;
-- listed by `crm-admin audit` and GET /v1/audit (hq).
CREATE TABLE audit_log (
    company_id   bigint NOT NULL REFERENCES company (id),
    id           bigserial,
    at           timestamptz NOT NULL DEFAULT clock_timestamp(),
    actor_id     uuid,            -- NULL: crm-admin on the server
    actor_login  text NOT NULL,   -- 'crm-admin' for the command line
    device_id    text NOT NULL DEFAULT '',
    action       text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
    entity       text NOT NULL DEFAULT '',
    record_id    text NOT NULL DEFAULT '',
    details      jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);
CREATE INDEX audit_log_at ON audit_log (company_id, at);
CREATE INDEX audit_log_record ON audit_log (company_id, entity, record_id);
