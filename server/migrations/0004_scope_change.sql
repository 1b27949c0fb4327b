-- Scope changes: evictions on reassignment and the org scope epoch.

-- Every change of a record's scope_owner_id (a reassignment, its cascade to the record's
-- children, a book hand-over). `seq` is the change_seq value the record got by that change;
-- pull turns a row into an eviction for users who saw the old owner's book but not the
-- record's current one.
CREATE TABLE scope_change (
    company_id          bigint NOT NULL REFERENCES company (id),
    seq                 bigint NOT NULL,
    entity              text NOT NULL,
    record_id           uuid NOT NULL,
    old_scope_owner_id  uuid,
    new_scope_owner_id  uuid,
    changed_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, seq)
);
CREATE INDEX scope_change_entity_seq ON scope_change (company_id, entity, seq);
CREATE INDEX scope_change_record ON scope_change (company_id, entity, record_id);

-- Bumped (set to a fresh change_seq value, under the company lock) by every org change that
-- alters who sees what other than a reassignment: user moved, unit moved, role changed, user
-- (de)activated. A device pulling with another epoch is answered from cursor 0 (reset).
ALTER TABLE company ADD COLUMN scope_epoch bigint NOT NULL DEFAULT 0;
