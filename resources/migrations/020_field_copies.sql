-- Opieka schema 20: field copies (issue 23, docs/field-work.md). A worker takes her cases out on
-- a laptop as an encrypted SQLite file (a field copy), works without a connection and syncs back.
--
-- At the centre:
-- field_copies: every copy taken, by whom, for which worker, and when it last synced.
-- field_applied_changes: the copy's changes the centre has taken (or decided), by the copy's own
--   change number, written in the same transaction as the change itself: a sync that is killed
--   and run again applies nothing twice.
-- field_id_map: the centre id each record made in the copy was given (ids are never shared: the
--   centre makes its own, so nothing made at the centre meanwhile can clash).
CREATE TABLE field_copies (
    id TEXT PRIMARY KEY,
    worker_id INTEGER NOT NULL REFERENCES workers (id),
    taken_by TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    last_synced_at TEXT,
    retired_at TEXT
);

CREATE TABLE field_applied_changes (
    copy_id TEXT NOT NULL REFERENCES field_copies (id),
    change_id INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    PRIMARY KEY (copy_id, change_id)
);

CREATE TABLE field_id_map (
    copy_id TEXT NOT NULL REFERENCES field_copies (id),
    table_name TEXT NOT NULL,
    field_id INTEGER NOT NULL,
    centre_id INTEGER NOT NULL,
    PRIMARY KEY (copy_id, table_name, field_id)
);

-- In a field copy (empty in a centre's database):
-- field_copy_info: the one row that makes a database a field copy: where it came from, for whom,
--   when; `recording` is 1 while the change triggers record (a sync's refresh sets it to 0);
--   acting_login is who is signed in to the copy now (the triggers' "who").
-- field_changes: every change made in the copy, field by field (operation 'update': one row per
--   changed field with its old and new value; 'insert' and 'delete': one row per record, the
--   deleted record's values as JSON in old_value). synced_at: when the centre took or decided it.
-- field_conflicts: a field changed on both sides to different values (or a record deleted on one
--   side and changed on the other: field '*'), kept until a person chooses (resolution) and a
--   later sync carries the choice out (closed_at).
CREATE TABLE field_copy_info (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    copy_id TEXT NOT NULL,
    centre_database_id TEXT NOT NULL,
    centre_name TEXT NOT NULL,
    centre_location TEXT NOT NULL,
    worker_id INTEGER NOT NULL,
    taken_by TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    last_synced_at TEXT,
    recording INTEGER NOT NULL DEFAULT 1,
    acting_login TEXT
);

CREATE TABLE field_changes (
    id {{AUTO_ID}},
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
    field TEXT,
    old_value TEXT,
    new_value TEXT,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    synced_at TEXT
);
CREATE INDEX field_changes_record ON field_changes (table_name, record_id);

CREATE TABLE field_conflicts (
    id {{AUTO_ID}},
    table_name TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    base_value TEXT,
    centre_value TEXT,
    field_value TEXT,
    centre_changed_by TEXT,
    centre_changed_at TEXT,
    field_changed_by TEXT,
    field_changed_at TEXT,
    found_at TEXT NOT NULL,
    resolution TEXT CHECK (resolution IS NULL OR resolution IN ('centre', 'field', 'value')),
    resolved_value TEXT,
    resolved_by TEXT,
    resolved_at TEXT,
    closed_at TEXT
);
CREATE INDEX field_conflicts_record ON field_conflicts (table_name, record_id, field);
