-- Review of the conflict log (issue 5): a conflict is open until a manager or headquarters
-- re-applies its losing value (as a new change by them) or dismisses it.
ALTER TABLE sync_conflict
    ADD COLUMN resolved_at  timestamptz,
    ADD COLUMN resolved_by  uuid,
    ADD COLUMN resolution   text CHECK (resolution IN ('reapplied', 'dismissed'));
CREATE INDEX sync_conflict_open ON sync_conflict (company_id, created_at) WHERE resolved_at IS NULL;
