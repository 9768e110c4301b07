-- Opieka schema 11: four eyes on managers' accounts (issue 18). A manager reaches every case and
-- exports everything, so a manager account an administrator created, or whose password an
-- administrator set, waits for another manager's confirmation before it reaches anything.
-- awaiting_confirmation holds why it waits ('created', 'password_reset'; NULL: confirmed, as is
-- every account made before this version), awaiting_since when (UTC, ISO) and awaiting_by the id
-- of the account that made the change. The confirmation itself is in the audit trail.

ALTER TABLE users ADD COLUMN awaiting_confirmation TEXT;
ALTER TABLE users ADD COLUMN awaiting_since TEXT;
ALTER TABLE users ADD COLUMN awaiting_by INTEGER;
