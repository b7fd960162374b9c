-- The task list's cache key (issue 15): a counter per case manager, raised in the same transaction
-- as every write that can change what their task list shows (TaskVersions). A server keeps each
-- case manager's list for the day with the counter it was read at, and reads it again only when the
-- counter has moved, so every node of a cluster sees a write at its commit. Not mapped in
-- StaffAccount, so an account's own updates never write it back.
ALTER TABLE staff_account ADD COLUMN tasks_version BIGINT DEFAULT 0 NOT NULL;
