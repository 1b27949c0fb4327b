-- Targets per unit or user per month (set by managers for their subtree, hq for anyone) and the
-- customer value segment (issue 5 item 7). Actuals are computed by the reports, not stored.
CREATE TABLE target (
    company_id    bigint NOT NULL REFERENCES company (id),
    id            bigserial,
    month         text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    unit_id       uuid,
    user_id       uuid,
    metric        text NOT NULL CHECK (metric IN ('won_amount', 'won_deals', 'visits', 'new_customers')),
    value         double precision NOT NULL CHECK (value >= 0),
    set_by        uuid,           -- NULL: crm-admin
    set_by_login  text NOT NULL,
    set_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (company_id, id),
    CHECK ((unit_id IS NULL) <> (user_id IS NULL)),
    FOREIGN KEY (company_id, unit_id) REFERENCES org_unit (company_id, id),
    FOREIGN KEY (company_id, user_id) REFERENCES app_user (company_id, id)
);
CREATE UNIQUE INDEX target_subject ON target (company_id, month, metric, (coalesce(unit_id, user_id)));

-- value_score (0..100) and value_segment (A|B|C, Pareto over the company) are server_set:
-- written by `crm-admin customers score` / POST /v1/reports/rescore only.
ALTER TABLE customer ADD COLUMN value_segment text CHECK (value_segment IN ('A', 'B', 'C'));
