-- The same search indexes as on PostgreSQL (H2 uses a plain index for LIKE 'abc%').
CREATE INDEX ix_participant_last_prefix ON participant (last_name_search);
CREATE INDEX ix_participant_first_prefix ON participant (first_name_search);
CREATE INDEX ix_participant_cm_created ON participant (case_manager_id, created_at);
CREATE INDEX ix_participant_lwda_created ON participant (lwda_id, created_at);
