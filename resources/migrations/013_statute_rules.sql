-- Opieka schema 13: the statute's caseload limits as shipped data, each with its legal source
-- (docs/law.md lists them and what could not be confirmed).
--
-- statute_rules is the law's history as this version of Opieka knows it; the program never
-- changes it (a later migration adds a later change of the law). caseload_rules stays the rule
-- set the centre applies: the statute's rules copied in with their source, and the centre's own
-- rules (source NULL: a local limit the manager added with `rules add`). Where the two differ,
-- the manager's start page and `rules list` say so.

CREATE TABLE statute_rules (
    id {{AUTO_ID}},
    role TEXT NOT NULL CHECK (role IN ('social_worker', 'family_assistant', 'foster_care_coordinator')),
    case_limit INTEGER NOT NULL CHECK (case_limit >= 0),
    prorated INTEGER NOT NULL DEFAULT 0 CHECK (prorated IN (0, 1)),
    valid_from TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (role, valid_from)
);

-- Social worker: 50 families per full-time post. The 2011 wording of art. 110 ust. 11 (in force
-- 3 May 2011, binding from 1 January 2015); applied from the start of the records so that any
-- "as of" date has a rule.
INSERT INTO statute_rules (role, case_limit, prorated, valid_from, source) VALUES ('social_worker', 50, 1, '2000-01-01', 'ustawa z dnia 12 marca 2004 r. o pomocy społecznej (Dz.U. 2004 nr 64 poz. 593), art. 110 ust. 11, w brzmieniu nadanym ustawą z dnia 18 marca 2011 r. o zmianie ustawy o pomocy społecznej');
-- Family assistant and foster-care coordinator: the 2011 wording until 31 December 2014.
INSERT INTO statute_rules (role, case_limit, prorated, valid_from, source) VALUES ('family_assistant', 20, 0, '2000-01-01', 'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej (Dz.U. 2011 nr 149 poz. 887), art. 15 ust. 4, brzmienie pierwotne');
INSERT INTO statute_rules (role, case_limit, prorated, valid_from, source) VALUES ('foster_care_coordinator', 30, 0, '2000-01-01', 'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej (Dz.U. 2011 nr 149 poz. 887), art. 77 ust. 4, brzmienie pierwotne');
-- From 1 January 2015: at most 15 for both.
INSERT INTO statute_rules (role, case_limit, prorated, valid_from, source) VALUES ('family_assistant', 15, 0, '2015-01-01', 'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej, art. 15 ust. 4, brzmienie od 1 stycznia 2015 r. (t.j. Dz.U. 2025 poz. 49)');
INSERT INTO statute_rules (role, case_limit, prorated, valid_from, source) VALUES ('foster_care_coordinator', 15, 0, '2015-01-01', 'ustawa z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej, art. 77 ust. 4, brzmienie od 1 stycznia 2015 r. (t.j. Dz.U. 2024 poz. 177)');

ALTER TABLE caseload_rules ADD COLUMN source TEXT;

-- The rows schema 2 shipped are the statute's 2011 rules: they get their source.
UPDATE caseload_rules SET source = (SELECT s.source FROM statute_rules s WHERE s.role = caseload_rules.role AND s.valid_from = caseload_rules.valid_from AND s.case_limit = caseload_rules.case_limit) WHERE valid_from = '2000-01-01';

-- The 2015 rules, unless the centre already added a rule for that role dated on or after
-- 1 January 2015 (its own choice stands, and the start page shows where it differs).
INSERT INTO caseload_rules (role, case_limit, prorated, valid_from, source) SELECT s.role, s.case_limit, s.prorated, s.valid_from, s.source FROM statute_rules s WHERE s.valid_from = '2015-01-01' AND NOT EXISTS (SELECT 1 FROM caseload_rules c WHERE c.role = s.role AND c.valid_from >= '2015-01-01');
