-- Opieka schema 9: row versions. A family's record and a member's details carry a version that
-- every change raises; a save made from an older version is refused as a conflict (two windows
-- or two workstations editing the same record) instead of overwriting the other's change.

ALTER TABLE families ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE members ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
