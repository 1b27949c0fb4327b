-- Key-field revisions (issue 5): the `revision` entity of shared/src/entity_schema.cpp. A rep's
-- change of a key customer field becomes a pending revision; a leader's becomes a direct one.
CREATE TABLE revision (
    company_id        bigint NOT NULL REFERENCES company (id),
    id                uuid NOT NULL,
    customer_id       uuid NOT NULL,
    field             text NOT NULL CHECK (field IN ('name', 'tax_id', 'credit_level')),
    old_value         text,
    new_value         text,
    status            text NOT NULL CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn', 'direct')),
    requested_by      uuid NOT NULL,
    requested_at      timestamptz NOT NULL,
    requested_device  text,
    decided_by        uuid,
    decided_at        timestamptz,
    decision_note     text,
    created_at        timestamptz NOT NULL,
    updated_at        timestamptz NOT NULL,
    deleted           boolean NOT NULL DEFAULT false,
    seq               bigint NOT NULL,
    scope_owner_id    uuid,
    field_stamps      jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);
CREATE INDEX revision_seq ON revision (company_id, seq);
CREATE INDEX revision_customer ON revision (company_id, customer_id);
CREATE INDEX revision_pending ON revision (company_id, status) WHERE status = 'pending';
