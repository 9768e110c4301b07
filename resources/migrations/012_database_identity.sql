-- Opieka schema 12: the database's identity and the audit chain's anchor (issue 18, defect 3).
-- One row: database_id, a random id made when the database is created (or upgraded to this
-- schema), which every backup carries, so that a backup of another database is not restored over
-- this one unasked; audit_records and audit_head, the number of audit records and the hash of
-- the last one, updated in the same transaction as every record written, so that deleting
-- records (all of them, or the last ones) no longer leaves a chain that verifies. Someone who can
-- write the file can change this row too: backups keep a copy of it (see SECURITY.md).

CREATE TABLE database_anchor (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    database_id TEXT NOT NULL,
    audit_records INTEGER NOT NULL CHECK (audit_records >= 0),
    audit_head TEXT NOT NULL
);

-- Records from before schema 7 have no hash yet: the program seals them after the upgrade and
-- sets the head then.
INSERT INTO database_anchor (id, database_id, audit_records, audit_head)
SELECT 1, {{RANDOM_ID}}, (SELECT COUNT(*) FROM audit_log),
       COALESCE((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                '0000000000000000000000000000000000000000000000000000000000000000');
