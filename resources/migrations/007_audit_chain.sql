-- Opieka schema 7: a tamper-evident audit trail. Each record carries the hash of the record
-- before it (prev_hash) and its own hash over that and its content (SHA-256, hex), so that an
-- edited or deleted record breaks the chain ('opieka-cli verify'). Records written before this
-- schema are sealed into the chain once, by the program, when the database is upgraded.

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
