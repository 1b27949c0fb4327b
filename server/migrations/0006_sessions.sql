-- Sessions: token lifetime, last use and per-device revocation; sign-in failures for rate limiting.

-- Tokens are no longer deleted when they expire or are revoked, so that a device can be told
-- which of the two happened (401 token_expired / token_revoked).
ALTER TABLE auth_token
    ADD COLUMN lifetime_days integer NOT NULL DEFAULT 30 CHECK (lifetime_days BETWEEN 1 AND 3650),
    ADD COLUMN last_seen_at  timestamptz,
    ADD COLUMN revoked_at    timestamptz;
CREATE INDEX auth_token_device ON auth_token (company_id, device_id);

-- One row per failed sign-in (or wrong current password), counted per login and per client
-- address over a sliding window. In the database so that every crm-server process of one
-- database shares the counts.
CREATE TABLE sign_in_failure (
    company_id  bigint NOT NULL REFERENCES company (id),
    login       text NOT NULL,
    address     text NOT NULL,
    failed_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_failure_login ON sign_in_failure (company_id, login, failed_at);
CREATE INDEX sign_in_failure_address ON sign_in_failure (company_id, address, failed_at);
