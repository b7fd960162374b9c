-- The task list (issue 15): what its queries need beyond the indexes they already use
-- (participant.case_manager_id, and each category's participant_id index), the staff member's
-- choice of a daily e-mail digest, and the digest job's once-a-day claim.

-- "Approvals decided": a case manager's own requests decided lately, found by who asked.
CREATE INDEX ix_supportive_requested ON supportive_service (requested_by, decided_at);

-- Off unless the staff member turns it on (on the task page); sent to staff_account.email.
ALTER TABLE staff_account ADD COLUMN task_digest BOOLEAN DEFAULT FALSE NOT NULL;

-- The daily task digest runs once a day across a cluster, as the exit job does (see V18).
INSERT INTO job_lock (name) VALUES ('task-digest');
