-- One table per v1 entity (shared/src/entity_schema.cpp), with a typed column named exactly
-- as each field. Internal columns, never sent to devices:
--   deleted         tombstone
--   seq             change_seq value of the record's last change
--   scope_owner_id  the user whose book the record is in (owner, or its parent's scope owner)
--   field_stamps    {field: {"v": seq, "h": hlc}} of the edit that last wrote each field
-- References between records are checked by the sync service, not by foreign keys: a device
-- may push a child before the server has ruled on its parent.

CREATE TABLE customer (
    company_id      bigint NOT NULL REFERENCES company (id),
    id              uuid NOT NULL,
    name            text NOT NULL,
    kind            text NOT NULL CHECK (kind IN ('company', 'person')),
    industry        text,
    region          text,
    address         text,
    latitude        double precision,
    longitude       double precision,
    phone           text,
    lifecycle       text NOT NULL CHECK (lifecycle IN ('potential', 'active', 'lost')),
    level           text,
    value_score     double precision,
    tags            text[],
    tax_id          text,
    credit_level    text,
    owner_id        uuid NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    scope_owner_id  uuid,
    field_stamps    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);

CREATE TABLE contact (
    company_id      bigint NOT NULL REFERENCES company (id),
    id              uuid NOT NULL,
    customer_id     uuid NOT NULL,
    name            text NOT NULL,
    title           text,
    phone           text,
    mobile          text,
    email           text,
    key_person      boolean,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    scope_owner_id  uuid,
    field_stamps    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);

CREATE TABLE lead (
    company_id      bigint NOT NULL REFERENCES company (id),
    id              uuid NOT NULL,
    source          text,
    person_name     text,
    company_name    text,
    phone           text,
    region          text,
    priority        text CHECK (priority IN ('low', 'normal', 'high')),
    pool            text,
    status          text NOT NULL CHECK (status IN ('new', 'contacted', 'qualified', 'converted', 'invalid')),
    owner_id        uuid,
    duplicate_of    uuid,
    invalid_reason  text,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    scope_owner_id  uuid,
    field_stamps    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);

CREATE TABLE opportunity (
    company_id      bigint NOT NULL REFERENCES company (id),
    id              uuid NOT NULL,
    customer_id     uuid NOT NULL,
    title           text NOT NULL,
    amount          double precision,
    stage           text NOT NULL CHECK (stage IN ('discovery', 'qualification', 'proposal', 'negotiation', 'closing')),
    status          text NOT NULL CHECK (status IN ('following', 'on_hold', 'won', 'lost')),
    expected_close  date,
    lost_reason     text,
    owner_id        uuid NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    scope_owner_id  uuid,
    field_stamps    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);

CREATE TABLE visit (
    company_id           bigint NOT NULL REFERENCES company (id),
    id                   uuid NOT NULL,
    customer_id          uuid,
    lead_id              uuid,
    rep_id               uuid NOT NULL,
    planned_at           timestamptz,
    check_in_at          timestamptz,
    check_in_latitude    double precision,
    check_in_longitude   double precision,
    check_in_accuracy    double precision,
    check_out_at         timestamptz,
    check_out_latitude   double precision,
    check_out_longitude  double precision,
    purpose              text,
    notes                text,
    outcome              text,
    next_step            text,
    follow_up_date       date,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    deleted              boolean NOT NULL DEFAULT false,
    seq                  bigint NOT NULL,
    scope_owner_id       uuid,
    field_stamps         jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);

CREATE TABLE comment (
    company_id      bigint NOT NULL REFERENCES company (id),
    id              uuid NOT NULL,
    visit_id        uuid NOT NULL,
    author_id       uuid NOT NULL,
    body            text NOT NULL,
    read_at         timestamptz,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    scope_owner_id  uuid,
    field_stamps    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);

CREATE TABLE task (
    company_id      bigint NOT NULL REFERENCES company (id),
    id              uuid NOT NULL,
    title           text NOT NULL,
    due_at          timestamptz,
    owner_id        uuid NOT NULL,
    related_entity  text CHECK (related_entity IN ('customer', 'contact', 'lead', 'opportunity', 'visit')),
    related_id      uuid,
    done            boolean,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    deleted         boolean NOT NULL DEFAULT false,
    seq             bigint NOT NULL,
    scope_owner_id  uuid,
    field_stamps    jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (company_id, id)
);

-- Pulls read by (company, seq); scope cascades find children by their parent reference.
CREATE INDEX customer_seq ON customer (company_id, seq);
CREATE INDEX contact_seq ON contact (company_id, seq);
CREATE INDEX lead_seq ON lead (company_id, seq);
CREATE INDEX opportunity_seq ON opportunity (company_id, seq);
CREATE INDEX visit_seq ON visit (company_id, seq);
CREATE INDEX comment_seq ON comment (company_id, seq);
CREATE INDEX task_seq ON task (company_id, seq);
CREATE INDEX customer_scope ON customer (company_id, scope_owner_id);
CREATE INDEX lead_scope ON lead (company_id, scope_owner_id);
CREATE INDEX opportunity_scope ON opportunity (company_id, scope_owner_id);
CREATE INDEX task_scope ON task (company_id, scope_owner_id);
CREATE INDEX contact_customer ON contact (company_id, customer_id);
CREATE INDEX visit_customer ON visit (company_id, customer_id);
CREATE INDEX visit_lead ON visit (company_id, lead_id);
CREATE INDEX comment_visit ON comment (company_id, visit_id);
