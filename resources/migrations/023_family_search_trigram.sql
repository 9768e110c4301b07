-- Opieka schema 23: search as you type on PostgreSQL (issue 24, fourth round).
-- The families list finds a family by any part of its folded text (search_text LIKE '%word%').
-- No B-tree index serves a pattern that starts with a wildcard, so every keystroke read all the
-- families: 70-110 ms on the voivodeship's 184,375. PostgreSQL's pg_trgm extension indexes the
-- text's three-letter pieces, and a GIN index of them answers such a LIKE in under a millisecond
-- (measured on the same data). pg_trgm is a "trusted" extension (PostgreSQL 13 and later): the
-- database's owner may create it; where it is not installed (Debian: postgresql-contrib) or the
-- application's role may not create it, the index is left out and search still works, reading
-- every row as before (docs/performance.md, docs/deployment.md).
-- SQLite has nothing to do here: its scan of the same text is in-process and cheaper.
--@postgresql
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX families_search_trigram ON families USING gin (search_text gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): search reads every family', SQLERRM;
END
$$;
--@end
