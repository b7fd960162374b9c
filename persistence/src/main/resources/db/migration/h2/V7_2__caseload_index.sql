-- The same caseload index as on PostgreSQL. The older ones stay: H2 may use them for the foreign
-- key on case_manager_id, and the embedded database is small.
CREATE INDEX ix_participant_cm_lwda_created ON participant (case_manager_id, lwda_id, created_at, id);
