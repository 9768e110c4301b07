-- Opieka schema 16: workers' leave (urlop, zwolnienie lekarskie, urlop macierzyński or
-- rodzicielski, other absence), recorded by a manager or an administrator in the Workers tab or
-- with `opieka-cli worker leave`. Unlike the other end dates, last_day is the last day away
-- (inclusive), as people write it; NULL: until further notice. Periods of one worker do not
-- overlap (checked by WorkerService). Every change is in the audit trail (worker.leave_*).

CREATE TABLE worker_leave (
    id {{AUTO_ID}},
    worker_id INTEGER NOT NULL REFERENCES workers (id),
    kind TEXT NOT NULL CHECK (kind IN ('annual', 'sick', 'parental', 'other')),
    from_date TEXT NOT NULL,
    last_day TEXT,
    CHECK (last_day IS NULL OR last_day >= from_date)
);
CREATE INDEX worker_leave_worker ON worker_leave (worker_id, from_date);
