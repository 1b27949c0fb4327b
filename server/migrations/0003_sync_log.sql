-- Idempotency of pushes and the server-side log of what did not go through.

CREATE TABLE applied_mutation (
    company_id  bigint NOT NULL REFERENCES company (id),
    device_id   uuid NOT NULL,
    seq         bigint NOT NULL,
    user_id     uuid NOT NULL,
    verdict     jsonb NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, device_id, seq)
);

-- The losing value of a field merge, kept for review and re-apply.
CREATE TABLE sync_conflict (
    company_id     bigint NOT NULL REFERENCES company (id),
    id             bigserial NOT NULL,
    entity         text NOT NULL,
    record_id      uuid NOT NULL,
    field          text NOT NULL,
    losing_value   jsonb,
    winning_value  jsonb,
    losing_hlc     text NOT NULL,
    winning_hlc    text NOT NULL,
    device_id      uuid NOT NULL,
    user_id        uuid NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, id)
);
CREATE INDEX sync_conflict_record ON sync_conflict (company_id, entity, record_id);

-- Every rejected mutation, with what was sent.
CREATE TABLE sync_rejection (
    company_id  bigint NOT NULL REFERENCES company (id),
    id          bigserial NOT NULL,
    device_id   uuid NOT NULL,
    user_id     uuid NOT NULL,
    seq         bigint NOT NULL,
    entity      text NOT NULL,
    record_id   uuid,
    op          text NOT NULL,
    code        text NOT NULL,
    message     text NOT NULL,
    body        jsonb NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, id)
);
