-- Issue 22: the server a PIRL run's batch job runs on (its node name in a cluster). When a server
-- starts, it marks failed only its own runs that a stop interrupted, never a run another node is
-- writing. Runs recorded before this column have none and count as the starting server's.
ALTER TABLE pirl_run ADD COLUMN node VARCHAR(60);
