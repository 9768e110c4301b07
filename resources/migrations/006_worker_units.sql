-- Opieka schema 6: the unit (dział, zespół) a worker belongs to, so that a manager can filter the
-- caseload report by unit. Empty for workers not placed in a unit.

ALTER TABLE workers ADD COLUMN unit TEXT;
