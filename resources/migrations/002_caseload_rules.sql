-- Opieka schema 2: caseload-limit rule sets, effective-dated, with the default the users asked for.
CREATE TABLE caseload_rules (
    id {{AUTO_ID}},
    role TEXT NOT NULL CHECK (role IN ('social_worker', 'family_assistant', 'foster_care_coordinator')),
    case_limit INTEGER NOT NULL CHECK (case_limit >= 0),
    prorated INTEGER NOT NULL DEFAULT 0 CHECK (prorated IN (0, 1)),
    valid_from TEXT NOT NULL,
    UNIQUE (role, valid_from)
);

-- Default rule set: 50 families per full-time social worker (ustawa o pomocy społecznej art. 110),
-- 20 families per family assistant and 30 foster families per coordinator (ustawa o wspieraniu
-- rodziny, 2011 wording). In force from the start of the records so that any "as of" date has a rule.
INSERT INTO caseload_rules (role, case_limit, prorated, valid_from) VALUES ('social_worker', 50, 1, '2000-01-01');
INSERT INTO caseload_rules (role, case_limit, prorated, valid_from) VALUES ('family_assistant', 20, 0, '2000-01-01');
INSERT INTO caseload_rules (role, case_limit, prorated, valid_from) VALUES ('foster_care_coordinator', 30, 0, '2000-01-01');
