-- Opieka schema 1: people, cases, assignments, accounts and the audit trail.
-- Portable SQL: runs on SQLite and PostgreSQL; {{AUTO_ID}} is filled in by the dialect.
-- Dates are ISO text (YYYY-MM-DD); end dates are exclusive (the first day no longer in force).

CREATE TABLE workers (
    id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('social_worker', 'family_assistant', 'foster_care_coordinator', 'manager')),
    fte DOUBLE PRECISION NOT NULL CHECK (fte > 0 AND fte <= 1),
    active_from TEXT,
    active_to TEXT,
    CHECK (active_to IS NULL OR active_from IS NULL OR active_to > active_from)
);

CREATE TABLE families (
    id INTEGER PRIMARY KEY,
    case_number TEXT UNIQUE,
    name TEXT NOT NULL,
    municipality TEXT NOT NULL,
    category TEXT NOT NULL CHECK (category IN ('coping', 'struggling', 'at_risk')),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    CHECK (closed_on IS NULL OR closed_on > opened_on)
);
CREATE INDEX families_name ON families (name);
CREATE INDEX families_municipality ON families (municipality);

CREATE TABLE foster_families (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('kinship', 'non_professional', 'professional', 'emergency', 'specialised', 'family_home')),
    municipality TEXT NOT NULL,
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    CHECK (closed_on IS NULL OR closed_on > opened_on)
);

CREATE TABLE assignments (
    id {{AUTO_ID}},
    worker_id INTEGER NOT NULL REFERENCES workers (id),
    family_id INTEGER REFERENCES families (id),
    foster_family_id INTEGER REFERENCES foster_families (id),
    from_date TEXT NOT NULL,
    to_date TEXT,
    override_reason TEXT,
    CHECK ((family_id IS NULL AND foster_family_id IS NOT NULL) OR (family_id IS NOT NULL AND foster_family_id IS NULL)),
    CHECK (to_date IS NULL OR to_date > from_date)
);
CREATE INDEX assignments_worker ON assignments (worker_id, from_date);
CREATE INDEX assignments_family ON assignments (family_id);
CREATE INDEX assignments_foster_family ON assignments (foster_family_id);

CREATE TABLE users (
    id {{AUTO_ID}},
    login TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('social_worker', 'family_assistant', 'foster_care_coordinator', 'manager', 'administrator')),
    worker_id INTEGER REFERENCES workers (id),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

-- Append-only: the services write one record per change; nothing updates or deletes here.
CREATE TABLE audit_log (
    id {{AUTO_ID}},
    at TEXT NOT NULL,
    user_login TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT,
    old_values TEXT,
    new_values TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
