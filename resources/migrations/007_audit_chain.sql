-- Opieka schema 7: a tamper-evident audit trail. Each record carries values_hash, the SHA-256 of
-- its old and new values, and hash, the SHA-256 of the previous record's hash, its time, login,
-- action, entity and values_hash, so that an edited or deleted record breaks the chain
-- ('opieka-cli verify'). When a person's data is erased (GDPR), the values of their records are
-- blanked and erased_at set; the stored values_hash keeps the chain whole and everything else of
-- the record stays checked. Records written before this schema are sealed into the chain
-- once, by the program, when the database is upgraded.

ALTER TABLE audit_log ADD COLUMN values_hash TEXT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
ALTER TABLE audit_log ADD COLUMN erased_at TEXT;
