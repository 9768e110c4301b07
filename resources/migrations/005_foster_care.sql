-- Opieka schema 5: foster care. The foster family register, placements of children, the child's
-- help plan, periodic reviews of a placed child, foster family assessments, adoption reporting and
-- leaving care. Intervals and capacities are settings (domain.md marks several as unconfirmed).

ALTER TABLE foster_families ADD COLUMN carers TEXT;
ALTER TABLE foster_families ADD COLUMN address TEXT;
ALTER TABLE foster_families ADD COLUMN qualified_on TEXT;
ALTER TABLE foster_families ADD COLUMN training TEXT;
ALTER TABLE foster_families ADD COLUMN capacity INTEGER;
ALTER TABLE foster_families ADD COLUMN health_certificate_on TEXT;
ALTER TABLE foster_families ADD COLUMN psychologist_opinion_on TEXT;

CREATE TABLE placements (
    id {{AUTO_ID}},
    child_member_id INTEGER NOT NULL REFERENCES members (id),
    foster_family_id INTEGER REFERENCES foster_families (id),
    institution TEXT,
    from_date TEXT NOT NULL,
    to_date TEXT,
    basis TEXT NOT NULL CHECK (basis IN ('court_order', 'emergency')),
    court_order TEXT,
    court_order_date TEXT,
    emergency_notice_on TEXT,
    end_reason TEXT CHECK (end_reason IN ('return_home', 'adoption', 'another_placement', 'leaving_care', 'coming_of_age')),
    extended_until TEXT,
    over_capacity_consent TEXT,
    CHECK ((foster_family_id IS NULL AND institution IS NOT NULL) OR (foster_family_id IS NOT NULL AND institution IS NULL)),
    CHECK (to_date IS NULL OR to_date > from_date)
);
CREATE INDEX placements_child ON placements (child_member_id);
CREATE INDEX placements_foster_family ON placements (foster_family_id);

CREATE TABLE child_reviews (
    id {{AUTO_ID}},
    child_member_id INTEGER NOT NULL REFERENCES members (id),
    reviewed_on TEXT NOT NULL,
    team TEXT NOT NULL,
    findings TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('continue', 'return_home', 'change_placement', 'report_for_adoption'))
);
CREATE INDEX child_reviews_child ON child_reviews (child_member_id, reviewed_on);

CREATE TABLE foster_assessments (
    id {{AUTO_ID}},
    foster_family_id INTEGER NOT NULL REFERENCES foster_families (id),
    assessed_on TEXT NOT NULL,
    findings TEXT NOT NULL
);
CREATE INDEX foster_assessments_family ON foster_assessments (foster_family_id, assessed_on);

CREATE TABLE help_plan_items (
    id {{AUTO_ID}},
    child_member_id INTEGER NOT NULL REFERENCES members (id),
    position INTEGER NOT NULL,
    goal TEXT NOT NULL,
    task TEXT,
    responsible TEXT,
    deadline TEXT,
    done INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX help_plan_items_child ON help_plan_items (child_member_id);

-- One row per child with anything recorded about adoption or leaving care.
CREATE TABLE child_status (
    child_member_id INTEGER PRIMARY KEY REFERENCES members (id),
    legal_situation_settled_on TEXT,
    reported_for_adoption_on TEXT,
    adoption_centre TEXT,
    independence_guardian TEXT,
    guardian_chosen_on TEXT,
    programme_ready_on TEXT
);

INSERT INTO settings (setting_key, setting_value) VALUES ('child_review_interval_months', '6');
INSERT INTO settings (setting_key, setting_value) VALUES ('child_review_interval_under_3_months', '3');
INSERT INTO settings (setting_key, setting_value) VALUES ('foster_first_assessment_months', '12');
INSERT INTO settings (setting_key, setting_value) VALUES ('foster_assessment_interval_months', '36');
INSERT INTO settings (setting_key, setting_value) VALUES ('foster_certificate_interval_months', '24');
INSERT INTO settings (setting_key, setting_value) VALUES ('emergency_stay_months', '4');
INSERT INTO settings (setting_key, setting_value) VALUES ('emergency_stay_max_months', '8');
INSERT INTO settings (setting_key, setting_value) VALUES ('capacity_non_professional', '3');
INSERT INTO settings (setting_key, setting_value) VALUES ('capacity_professional', '3');
INSERT INTO settings (setting_key, setting_value) VALUES ('capacity_emergency', '3');
INSERT INTO settings (setting_key, setting_value) VALUES ('capacity_specialised', '3');
INSERT INTO settings (setting_key, setting_value) VALUES ('capacity_family_home', '8');
