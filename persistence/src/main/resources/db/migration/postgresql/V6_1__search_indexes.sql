-- Name search is a prefix LIKE on the lower-case names. PostgreSQL uses a b-tree for LIKE 'abc%'
-- only with the pattern operator class (the database's collation is not C). A case manager's list
-- is their participants newest first.
CREATE INDEX ix_participant_last_prefix ON participant (last_name_search varchar_pattern_ops);
CREATE INDEX ix_participant_first_prefix ON participant (first_name_search varchar_pattern_ops);
CREATE INDEX ix_participant_cm_created ON participant (case_manager_id, created_at);
CREATE INDEX ix_participant_lwda_created ON participant (lwda_id, created_at);
