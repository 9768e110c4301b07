-- Opieka schema 15: foster care as the statute reads (issue 19). An emergency family's intake
-- without a court order is told to the court, the starosta and the child's home OPS within 24
-- hours (ustawa o wspieraniu rodziny i systemie pieczy zastępczej, art. 58 ust. 3): the court's
-- notice was emergency_notice_on, the two others are recorded here. The stay of 4 months may be
-- extended with the organiser's consent to 8 months or until the court's proceedings end (art. 58
-- ust. 4): the consent's date, who gave it and its ground, and the day the proceedings ended.

ALTER TABLE placements ADD COLUMN starosta_notice_on TEXT;
ALTER TABLE placements ADD COLUMN ops_notice_on TEXT;
ALTER TABLE placements ADD COLUMN extension_consent_on TEXT;
ALTER TABLE placements ADD COLUMN extension_consent_by TEXT;
ALTER TABLE placements ADD COLUMN extension_ground TEXT CHECK (extension_ground IS NULL OR extension_ground IN ('eight_months', 'court_proceedings'));
ALTER TABLE placements ADD COLUMN court_proceedings_ended_on TEXT;
