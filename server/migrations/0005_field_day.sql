-- The field rep's day (issue 4): check-in verification, follow-up completion, lead conversion
-- links and the opportunity stage history.
ALTER TABLE visit
    ADD COLUMN check_in_source         text,
    ADD COLUMN check_in_fix_age_s      double precision,
    ADD COLUMN check_in_distance_m     double precision,
    ADD COLUMN check_in_status         text CHECK (check_in_status IN ('verified', 'outside_radius', 'no_fix', 'manual', 'no_reference')),
    ADD COLUMN server_check_in_status  text CHECK (server_check_in_status IN ('verified', 'outside_radius', 'no_fix', 'manual', 'no_reference')),
    ADD COLUMN check_out_accuracy      double precision;

ALTER TABLE task ADD COLUMN done_at timestamptz;

ALTER TABLE lead
    ADD COLUMN converted_customer_id     uuid,
    ADD COLUMN converted_opportunity_id  uuid;

CREATE TABLE opportunity_stage (
    company_id      bigint NOT NULL REFERENCES company (id),
    id              uuid NOT NULL,
    opportunity_id  uuid NOT NULL,
    from_stage      text CHECK (from_stage IN ('discovery', 'qualification', 'proposal', 'negotiation', 'closing')),
    to_stage        text NOT NULL CHECK (to_stage IN ('discovery', 'qualification', 'proposal', 'negotiation', 'closing')),
    from_status     text CHECK (from_status IN ('following', 'on_hold', 'won', 'lost')),
    to_status       text NOT NULL CHECK (to_status IN ('following', 'on_hold', 'won', 'lost')),
    changed_at      timestamptz NOT NULL,
    changed_by      uuid NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    scope_owner_id  uuid,
    field_stamps    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);
CREATE INDEX opportunity_stage_seq ON opportunity_stage (company_id, seq);
CREATE INDEX opportunity_stage_opportunity ON opportunity_stage (company_id, opportunity_id);
