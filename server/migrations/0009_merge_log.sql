-- Merges of duplicate leads or customers (issue 5), kept so that each can be undone: the
-- survivor's filled fields, every re-pointed reference and the duplicates' rows before the merge.
CREATE TABLE merge_log (
    company_id     bigint NOT NULL REFERENCES company (id),
    id             bigserial,
    entity         text NOT NULL CHECK (entity IN ('lead', 'customer')),
    survivor_id    uuid NOT NULL,
    duplicate_ids  uuid[] NOT NULL,
    actor_id       uuid,            -- NULL: crm-admin on the server
    actor_login    text NOT NULL,
    merged_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- {"survivor_seq", "filled": [{field, from, value}], "moved": [{table, column, id, from}],
    --  "duplicates": [rows as to_jsonb], "survivor_before": row as to_jsonb}
    undo           jsonb NOT NULL,
    undone_at      timestamptz,
    undone_by      text,
    PRIMARY KEY (company_id, id)
);
CREATE INDEX merge_log_survivor ON merge_log (company_id, survivor_id);
