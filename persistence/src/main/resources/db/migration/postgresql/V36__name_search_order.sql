-- Issue 21: a name search at state scale reads its page straight off an index.
-- The search copies of the names are lower case and compared byte by byte ("C" collation), so one
-- plain b-tree serves both LIKE 'abc%' and ORDER BY last name, first name, id: the database either
-- walks the index in name order and stops at the page (a common prefix), or collects the few
-- matches of a rare prefix from both name indexes and sorts them, whichever its statistics say is
-- cheaper. Before, the pattern-operator indexes could find matches but not order them, so every
-- match was fetched and sorted for every page (109 ms at 169,000 participants, linear in the table).
-- Changing the collation of these columns rewrites only their indexes, not the table, but it drops
-- their statistics, which nothing would gather again (autovacuum sees no changed rows): ANALYZE.
DROP INDEX ix_participant_last_prefix;
DROP INDEX ix_participant_first_prefix;
DROP INDEX ix_participant_last_search;
ALTER TABLE participant ALTER COLUMN first_name_search TYPE VARCHAR(60) COLLATE "C";
ALTER TABLE participant ALTER COLUMN last_name_search TYPE VARCHAR(60) COLLATE "C";
CREATE INDEX ix_participant_last_name_order ON participant (last_name_search, first_name_search, id);
CREATE INDEX ix_participant_first_name_order ON participant (first_name_search, last_name_search, id);
-- The same within one LWDA, for the LWDA-bound roles (case managers, LWDA administrators).
CREATE INDEX ix_participant_lwda_last_name ON participant (lwda_id, last_name_search, first_name_search, id);
CREATE INDEX ix_participant_lwda_first_name ON participant (lwda_id, first_name_search, last_name_search, id);
-- A state administrator's or a monitor's list, newest first across the state (the list and the API
-- without criteria), read off an index instead of sorting every participant for each page.
CREATE INDEX ix_participant_created ON participant (created_at, id);
ANALYZE participant;
