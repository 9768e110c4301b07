-- Opieka schema 17: duplicate people and families (issue 21, docs/duplicates.md).
--
-- Keys of src/domain/BlockingKey.h, stored so that the check on entry reads only the records that
-- share a key with the one being entered, through an index, never the whole register. Filled by
-- the program (a migration cannot fold Polish names): NULL means "to be filled" (the rows from
-- before this schema, filled when the database is opened), '' "no key".
-- A member's name key ("s:" + surname stem + first initial), indexed with the birth date: the
-- check reads only the namesakes born on a day that agrees with the typed one.
ALTER TABLE members ADD COLUMN name_key TEXT;
CREATE INDEX members_name_key ON members (name_key, birth_date);
-- The birth-date key is the birth date itself (and the day and month swapped): an index on it.
CREATE INDEX members_birth_date ON members (birth_date);
-- A family's folded address ("a:" + foldAddress). A family with neither the same address nor a
-- member in common never reaches the likely score (name 40 + municipality 15 = 55), so the
-- check needs no index of family names.
ALTER TABLE families ADD COLUMN address_key TEXT;
CREATE INDEX families_address_key ON families (address_key);

-- Pairs a person marked "this is someone else" (on entry, or a manager on the list): neither
-- warned of nor listed again. The lower id first; no reference to the records, as a pair is of
-- members or of families (kind). A merge deletes the pairs of the record it removes.
CREATE TABLE duplicate_dismissals (
    kind TEXT NOT NULL CHECK (kind IN ('member', 'family')),
    lower_id INTEGER NOT NULL,
    higher_id INTEGER NOT NULL,
    dismissed_by TEXT NOT NULL,
    dismissed_at TEXT NOT NULL,
    PRIMARY KEY (kind, lower_id, higher_id),
    CHECK (lower_id < higher_id)
);
