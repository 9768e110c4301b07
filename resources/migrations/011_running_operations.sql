-- Opieka schema 12: the long changes running now (an import). Each is written and committed on
-- its own before the change's own transaction takes the write lock, and removed when it ends, so
-- that a change waiting for the lock can say whose work it waits for. A row left by a process
-- that was killed is recognised as stale (its process, or on a server its connection, is gone),
-- never named, and removed by the next long change.

CREATE TABLE running_operations (
    id {{AUTO_ID}},
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    login TEXT NOT NULL,
    started_at TEXT NOT NULL,
    host TEXT NOT NULL,
    process_id INTEGER NOT NULL,
    server_process_id INTEGER
);
