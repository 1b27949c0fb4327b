-- A device id belongs to the user who first signed in with it (ARCHITECTURE §4.1): another
-- user's sign-in with it is refused (409 device_taken; the client takes a new device id), so
-- push idempotency per (device, seq) can never answer one user with another's verdicts.
CREATE TABLE device (
    company_id          bigint NOT NULL REFERENCES company (id),
    device_id           uuid NOT NULL,
    user_id             uuid NOT NULL,
    first_signed_in_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (company_id, device_id),
    FOREIGN KEY (company_id, user_id) REFERENCES app_user (company_id, id) ON DELETE CASCADE
);

-- Devices that signed in before: the first user of each keeps it; tokens another user got for
-- the same device id stop working.
INSERT INTO device (company_id, device_id, user_id, first_signed_in_at)
SELECT DISTINCT ON (company_id, device_id) company_id, device_id, user_id, created_at
FROM auth_token ORDER BY company_id, device_id, created_at, user_id;

UPDATE auth_token t SET revoked_at = now()
FROM device d
WHERE d.company_id = t.company_id AND d.device_id = t.device_id AND d.user_id <> t.user_id
  AND t.revoked_at IS NULL;

-- Verdicts another user's pushes left under a device id that is not theirs would block the
-- owner's own seqs (idempotency is per device, seq and now user).
DELETE FROM applied_mutation a
USING device d
WHERE d.company_id = a.company_id AND d.device_id = a.device_id AND d.user_id <> a.user_id;
