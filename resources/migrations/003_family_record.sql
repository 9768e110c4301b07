-- Opieka schema 3: the family record (members, category history, Niebieska Karta), the visit and
-- contact log with drafts, coordinators on a family's team, and a folded text for search.

ALTER TABLE families ADD COLUMN address TEXT;
ALTER TABLE families ADD COLUMN close_reason TEXT;
-- Lower case, no diacritics: name, case number, municipality, members' names and PESEL numbers.
-- Filled by the program (a migration cannot fold Polish letters); empty means "to be filled".
ALTER TABLE families ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE TABLE members (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    pesel TEXT UNIQUE,
    birth_date TEXT,
    sex TEXT CHECK (sex IN ('F', 'M')),
    relation TEXT NOT NULL CHECK (relation IN ('parent', 'guardian', 'child', 'partner', 'sibling', 'grandparent', 'other'))
);
CREATE INDEX members_family ON members (family_id);

CREATE TABLE category_changes (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    changed_on TEXT NOT NULL,
    old_category TEXT,
    new_category TEXT NOT NULL CHECK (new_category IN ('coping', 'struggling', 'at_risk')),
    changed_by TEXT NOT NULL
);
CREATE INDEX category_changes_family ON category_changes (family_id);

-- Niebieska Karta: the domestic-violence procedure, a period per family.
CREATE TABLE blue_cards (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    started_on TEXT NOT NULL,
    ended_on TEXT,
    CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX blue_cards_family ON blue_cards (family_id);

CREATE TABLE contacts (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    worker_id INTEGER NOT NULL REFERENCES workers (id),
    contact_date TEXT NOT NULL,
    contact_time TEXT,
    kind TEXT NOT NULL CHECK (kind IN ('home_visit', 'office_meeting', 'phone', 'partner_institution', 'family_group_conference', 'family_mediation', 'interdisciplinary_team', 'specialist_help')),
    present TEXT,
    notes TEXT,
    next_step TEXT,
    next_step_due TEXT
);
CREATE INDEX contacts_family ON contacts (family_id, contact_date);

-- Coordinators on a biological family's team (not counted against their caseload limit).
CREATE TABLE team_links (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    worker_id INTEGER NOT NULL REFERENCES workers (id),
    from_date TEXT NOT NULL,
    to_date TEXT,
    CHECK (to_date IS NULL OR to_date > from_date)
);
CREATE INDEX team_links_family ON team_links (family_id);

-- Autosaved drafts of contact notes: one per account and family.
CREATE TABLE contact_drafts (
    id {{AUTO_ID}},
    user_login TEXT NOT NULL,
    family_id INTEGER NOT NULL REFERENCES families (id),
    content TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    UNIQUE (user_login, family_id)
);
