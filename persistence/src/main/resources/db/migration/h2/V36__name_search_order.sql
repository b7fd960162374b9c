-- Issue 21: the same name-order indexes as on PostgreSQL (H2 compares strings by code point already).
DROP INDEX ix_participant_last_prefix;
DROP INDEX ix_participant_first_prefix;
DROP INDEX ix_participant_last_search;
CREATE INDEX ix_participant_last_name_order ON participant (last_name_search, first_name_search, id);
CREATE INDEX ix_participant_first_name_order ON participant (first_name_search, last_name_search, id);
CREATE INDEX ix_participant_lwda_last_name ON participant (lwda_id, last_name_search, first_name_search, id);
CREATE INDEX ix_participant_lwda_first_name ON participant (lwda_id, first_name_search, last_name_search, id);
-- A state administrator's or a monitor's list, newest first across the state (the list and the API
-- without criteria), read off an index instead of sorting every participant for each page.
CREATE INDEX ix_participant_created ON participant (created_at, id);
