-- Issue 11, defect A: the lockout must hold under parallel attempts. A login reserves a slot on its
-- account before the slow PBKDF2 check, in one atomic UPDATE that also checks the lock and the
-- failures so far; at most waypoint.security.max-failed-logins wrong passwords are then ever
-- checked per lock window, however many arrive at once.
--  * logins_in_flight: reserved slots whose password is being checked right now;
--  * logins_in_flight_at: when the last slot was reserved. A count older than 60 seconds is taken
--    as zero, so a request that died mid-check does not hold its slot for ever.
ALTER TABLE staff_account ADD COLUMN logins_in_flight INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE staff_account ADD COLUMN logins_in_flight_at TIMESTAMP;
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_logins_in_flight CHECK (logins_in_flight >= 0);
