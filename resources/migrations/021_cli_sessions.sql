-- Opieka schema 21: command-line sessions (issue 24). `opieka-cli login` signs in once and keeps
-- a random token in a file only the user can read; later commands show it instead of the
-- password (Argon2id at every command was most of a short command's time).
--
-- cli_sessions: one row per session. Only the token's SHA-256 is kept (a copy of the database
-- gives nobody a usable token). A session holds only while everything it was made under holds:
--   user_id, role: the account and the role it had at login (a role changed since: refused);
--   credential_stamp: SHA-256 of the account's password hash at login (a password changed since:
--     refused); the account must still be active (checked at each use, from users);
--   database_id: database_anchor's id of the database it was made in;
--   os_uid: the operating system's user who ran login (another user's copy of the file: refused);
--   expires_at: UTC, ISO 8601 (the centre's setting cli_session_hours, 8 by default).
-- logout deletes the row: a copy of the token file made before is dead.
CREATE TABLE cli_sessions (
    id {{AUTO_ID}},
    token_hash TEXT NOT NULL UNIQUE,
    user_id INTEGER NOT NULL REFERENCES users (id),
    role TEXT NOT NULL,
    credential_stamp TEXT NOT NULL,
    database_id TEXT NOT NULL,
    os_uid BIGINT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL
);

CREATE INDEX cli_sessions_by_user ON cli_sessions (user_id);
