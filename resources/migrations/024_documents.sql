-- Opieka schema 24: documents kept with the case (issue 25): court orders, signed work plans,
-- health certificates, psychologists' opinions, Niebieska Karta forms, letters. Each belongs to
-- exactly one of a family's record, a foster family or a child's placement; member_id names the
-- person it is about, when one (erasing that person removes it); plan_id the plan version a
-- signed plan is the signature of. The content lives in its own table, so that listing a family's
-- documents never reads it. A removed document keeps its row (who removed it, when and why: a
-- recorded decision) and loses its content.

CREATE TABLE documents (
    id {{AUTO_ID}},
    family_id INTEGER REFERENCES families (id),
    foster_family_id INTEGER REFERENCES foster_families (id),
    placement_id INTEGER REFERENCES placements (id),
    member_id INTEGER REFERENCES members (id),
    plan_id INTEGER REFERENCES work_plans (id),
    kind TEXT NOT NULL CHECK (kind IN ('court_order', 'signed_work_plan', 'health_certificate',
                                       'psychologist_opinion', 'blue_card_form', 'letter', 'other')),
    document_date TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    bytes INTEGER NOT NULL CHECK (bytes > 0),
    sha256 TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    removed_at TEXT,
    removed_by TEXT,
    removal_reason TEXT,
    CHECK ((family_id IS NOT NULL AND foster_family_id IS NULL AND placement_id IS NULL)
        OR (family_id IS NULL AND foster_family_id IS NOT NULL AND placement_id IS NULL)
        OR (family_id IS NULL AND foster_family_id IS NULL AND placement_id IS NOT NULL)),
    CHECK ((removed_at IS NULL AND removed_by IS NULL AND removal_reason IS NULL)
        OR (removed_at IS NOT NULL AND removed_by IS NOT NULL AND removal_reason IS NOT NULL))
);
CREATE INDEX documents_family ON documents (family_id);
CREATE INDEX documents_foster_family ON documents (foster_family_id);
CREATE INDEX documents_placement ON documents (placement_id);
CREATE INDEX documents_member ON documents (member_id);

CREATE TABLE document_contents (
    document_id INTEGER PRIMARY KEY REFERENCES documents (id),
    content {{BLOB}} NOT NULL
);

-- The day the family signed the plan version (a signed plan attached), when recorded.
ALTER TABLE work_plans ADD COLUMN family_signed_on TEXT;
