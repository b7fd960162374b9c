-- "Exit approaching" on the task list (issue 15): the end of each open enrollment's services that
-- count for exit (participation level, keeping the exit clock, standing, not "not completed"),
-- 9999-12-31 while one is planned or going on, null when there is none. Kept by the service
-- records (EnrollmentDates) and the nightly exit job (ExitSql.SERVICE_DATES) beside
-- last_service_date; an enrollment whose pool has a value after today cannot be approaching, so
-- the task list need not read its services.
ALTER TABLE enrollment ADD COLUMN services_end DATE;

UPDATE enrollment e SET services_end = (
    SELECT MAX(COALESCE(s.actual_end, DATE '9999-12-31'))
    FROM service_record s JOIN service_code c ON c.id = s.service_code_id
    WHERE s.enrollment_id = e.id AND s.voided_at IS NULL AND s.status <> 'NOT_COMPLETED'
      AND c.participation_level = TRUE AND c.keeps_exit_clock = TRUE)
WHERE e.exit_date IS NULL;
