-- A caseload or an LWDA's list is newest first with the id as tie-breaker (ORDER BY created_at DESC,
-- id DESC): with the id in the index the database reads the page straight off it, backwards, instead
-- of sorting the whole caseload for every page.
DROP INDEX ix_participant_cm_created;
DROP INDEX ix_participant_lwda_created;
CREATE INDEX ix_participant_cm_created ON participant (case_manager_id, created_at, id);
CREATE INDEX ix_participant_lwda_created ON participant (lwda_id, created_at, id);
