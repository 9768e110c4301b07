-- Opieka schema 22: an index for the next step of each family.
-- The latest agreed next step of a family (issue 24, fourth round): the desks and the deadlines
-- report ask for it family by family, ordered as WorkerOverviewQuery orders the contacts. Only
-- the contacts that record a next step (about one in ten) are indexed, with the due date, so the
-- answer is one seek in a small index instead of every visit of the family read and sorted.
CREATE INDEX contacts_next_step ON contacts (family_id, contact_date, contact_time, id, next_step_due)
    WHERE next_step IS NOT NULL;
