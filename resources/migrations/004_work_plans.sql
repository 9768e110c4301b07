-- Opieka schema 4: family work plans (plan pracy z rodziną) in versions, periodic assessments of
-- the family's situation (okresowa ocena sytuacji rodziny), and the centre's settings.

CREATE TABLE work_plans (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'agreed', 'closed')),
    created_on TEXT NOT NULL,
    created_by TEXT NOT NULL,
    agreed_on TEXT,
    family_took_part INTEGER NOT NULL DEFAULT 0,
    social_worker_consulted INTEGER NOT NULL DEFAULT 0,
    participants TEXT,
    closed_on TEXT,
    UNIQUE (family_id, version)
);

CREATE TABLE plan_goals (
    id {{AUTO_ID}},
    plan_id INTEGER NOT NULL REFERENCES work_plans (id),
    position INTEGER NOT NULL,
    description TEXT NOT NULL
);
CREATE INDEX plan_goals_plan ON plan_goals (plan_id);

CREATE TABLE plan_actions (
    id {{AUTO_ID}},
    goal_id INTEGER NOT NULL REFERENCES plan_goals (id),
    position INTEGER NOT NULL,
    description TEXT NOT NULL,
    responsible_kind TEXT NOT NULL CHECK (responsible_kind IN ('family_member', 'assistant', 'partner_institution')),
    responsible TEXT,
    deadline TEXT,
    expected_effect TEXT,
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'abandoned')),
    abandon_reason TEXT,
    progress_notes TEXT
);
CREATE INDEX plan_actions_goal ON plan_actions (goal_id);

CREATE TABLE family_assessments (
    id {{AUTO_ID}},
    family_id INTEGER NOT NULL REFERENCES families (id),
    assessed_on TEXT NOT NULL,
    worker_id INTEGER REFERENCES workers (id),
    findings TEXT NOT NULL,
    sent_to_social_worker_on TEXT,
    sent_to_coordinator_on TEXT
);
CREATE INDEX family_assessments_family ON family_assessments (family_id, assessed_on);

CREATE TABLE settings (
    setting_key TEXT PRIMARY KEY,
    setting_value TEXT NOT NULL
);
INSERT INTO settings (setting_key, setting_value) VALUES ('assessment_interval_months', '6');
INSERT INTO settings (setting_key, setting_value) VALUES ('centre_name', 'Ośrodek Pomocy Społecznej');
