-- The indicators benchmark's outcome data (bench/indicators.sh), on top of bench/exit-data.sql's :n
-- participants: UI wage records in the four quarters after most exits, trainings (a third of the
-- Title I enrollments, one in ten of them on-the-job), credentials for half the trainees and skill
-- gains for a fifth. Set-based on PostgreSQL.
INSERT INTO wage_import (id, state_code, file_name, column_mapping, status, rows_read, rows_matched, rows_unmatched,
    rows_inserted, rows_replaced, error_count, imported_by, started_at, finished_at, version)
VALUES (9000001, 'KY', 'bench.csv', 'default', 'IMPORTED', 0, 0, 0, 0, 0, 0, 'bench', now(), now(), 1);

INSERT INTO wage_record (participant_id, wage_year, wage_quarter, employer_fein, wages, wage_import_id)
SELECT x.participant_id, (x.xq + n) / 4, (x.xq + n) % 4 + 1, '610000001',
       3000 + (x.participant_id * 37 + n * 101) % 9000, 9000001
FROM (SELECT DISTINCT participant_id,
             EXTRACT(YEAR FROM exit_date)::int * 4 + (EXTRACT(MONTH FROM exit_date)::int - 1) / 3 AS xq
      FROM enrollment WHERE exit_date IS NOT NULL AND program <> 'WAGNER_PEYSER') x
CROSS JOIN generate_series(1, 4) n
WHERE (x.participant_id + n) % 10 < 7
  AND x.xq + n <= EXTRACT(YEAR FROM CURRENT_DATE)::int * 4 + (EXTRACT(MONTH FROM CURRENT_DATE)::int - 1) / 3
ON CONFLICT DO NOTHING;

INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status, actual_start, actual_end,
    funding_program, created_at, version)
SELECT 2100000000 + e.id, e.participant_id, e.id, 903,
       CASE WHEN e.exit_date IS NULL THEN 'IN_PROGRESS' ELSE 'COMPLETED_SUCCESSFUL' END,
       e.entry_date + 5, CASE WHEN e.exit_date IS NOT NULL THEN e.exit_date END, e.program, now(), 1
FROM enrollment e WHERE e.program <> 'WAGNER_PEYSER' AND e.participant_id % 3 = 0;

INSERT INTO training (id, participant_id, enrollment_id, service_record_id, training_type, start_date, actual_end,
    outcome, employer, other_aid_considered, created_at, version)
SELECT 2200000000 + e.id, e.participant_id, e.id, 2100000000 + e.id,
       CASE WHEN e.participant_id % 10 = 3 THEN 'ON_THE_JOB' ELSE 'OCCUPATIONAL_SKILLS' END,
       e.entry_date + 5, e.exit_date, CASE WHEN e.exit_date IS NOT NULL THEN 'COMPLETED' END,
       CASE WHEN e.participant_id % 10 = 3 THEN 'Bench employer' END, TRUE, now(), 1
FROM enrollment e WHERE e.program <> 'WAGNER_PEYSER' AND e.participant_id % 3 = 0;

INSERT INTO credential (id, participant_id, enrollment_id, credential_type, name, attained_on, evidence_kind,
    evidence_description, created_at, version)
SELECT 2300000000 + e.id, e.participant_id, e.id, 'OCCUPATIONAL_CERTIFICATE', 'Bench certificate',
       LEAST(CURRENT_DATE, COALESCE(e.exit_date, CURRENT_DATE) + (e.participant_id % 400)::int), 'COPY_OF_CREDENTIAL',
       'bench', now(), 1
FROM enrollment e WHERE e.program <> 'WAGNER_PEYSER' AND e.participant_id % 6 = 0;

INSERT INTO skill_gain (id, participant_id, enrollment_id, gain_type, achieved_on, evidence_kind,
    evidence_description, created_at, version)
SELECT 2400000000 + e.id, e.participant_id, e.id, 'TRAINING_MILESTONE',
       LEAST(CURRENT_DATE, e.entry_date + 40), 'PROVIDER_RECORD', 'bench', now(), 1
FROM enrollment e WHERE e.program <> 'WAGNER_PEYSER' AND e.participant_id % 15 = 0;

ANALYZE;
