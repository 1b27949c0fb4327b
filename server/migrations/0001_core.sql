-- Companies (tenants), the org tree, users and their sign-in tokens.
-- Every table carries company_id so the schema can be distributed by it.

CREATE TABLE company (
    id          bigint PRIMARY KEY,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO company (id, name) VALUES (1, 'default');

CREATE TABLE org_unit (
    company_id  bigint NOT NULL REFERENCES company (id),
    id          uuid NOT NULL,
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    parent_id   uuid,
    created_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, id),
    UNIQUE (company_id, name),
    FOREIGN KEY (company_id, parent_id) REFERENCES org_unit (company_id, id)
);

CREATE TABLE app_user (
    company_id     bigint NOT NULL REFERENCES company (id),
    id             uuid NOT NULL,
    login          text NOT NULL CHECK (length(login) BETWEEN 1 AND 100),
    role           text NOT NULL CHECK (role IN ('rep', 'manager', 'hq')),
    unit_id        uuid NOT NULL,
    display_name   text NOT NULL DEFAULT '',
    active         boolean NOT NULL DEFAULT true,
    password_hash  text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, id),
    UNIQUE (company_id, login),
    FOREIGN KEY (company_id, unit_id) REFERENCES org_unit (company_id, id)
);

CREATE TABLE auth_token (
    company_id  bigint NOT NULL REFERENCES company (id),
    token_hash  text NOT NULL,  -- hex SHA-256 of the bearer token; the token itself is never stored
    user_id     uuid NOT NULL,
    device_id   uuid NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    PRIMARY KEY (company_id, token_hash),
    FOREIGN KEY (company_id, user_id) REFERENCES app_user (company_id, id) ON DELETE CASCADE
);
CREATE INDEX auth_token_user ON auth_token (company_id, user_id);

-- One sequence numbers every change of every synced record; pushes take it under
-- pg_advisory_xact_lock(company_id), so within a company seq order is commit order.
CREATE SEQUENCE change_seq AS bigint;
