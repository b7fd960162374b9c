-- The exit benchmark's synthetic data (bench/exit.sh, and the base of bench/tasks.sh): :n participants
-- with enrollments, services and planned gaps, generated set-based on PostgreSQL.
-- What the server's reference loader adds at start-up: Kentucky, ten LWDAs, four catalog codes.
INSERT INTO state_profile (code, name, plan_review_interval_days, assessment_max_age_months, version)
VALUES ('KY', 'Kentucky', 90, 6, 1) ON CONFLICT DO NOTHING;
INSERT INTO lwda (id, state_code, code, name, version)
SELECT 900 + g, 'KY', 'bench-' || g, 'Bench LWDA ' || g, 1 FROM generate_series(1, 10) g;
INSERT INTO service_code (id, state_code, code, name, category, programs, participation_level,
    keeps_exit_clock, active, version) VALUES
  (901, 'KY', 'B-JOB-SEARCH', 'Staff-assisted job search', 'BASIC_CAREER', 'ADULT DISLOCATED_WORKER WAGNER_PEYSER', TRUE, TRUE, TRUE, 1),
  (902, 'KY', 'B-SELF', 'Self-service', 'SELF_SERVICE_INFORMATION', 'ADULT DISLOCATED_WORKER WAGNER_PEYSER', FALSE, FALSE, TRUE, 1),
  (903, 'KY', 'B-TRAINING', 'Occupational skills training', 'TRAINING', 'ADULT DISLOCATED_WORKER YOUTH_OUT_OF_SCHOOL', TRUE, TRUE, TRUE, 1),
  (904, 'KY', 'B-FOLLOW-UP', 'Follow-up services', 'FOLLOW_UP', 'ADULT DISLOCATED_WORKER YOUTH_OUT_OF_SCHOOL', FALSE, FALSE, TRUE, 1);

INSERT INTO participant (id, participant_number, first_name, last_name, date_of_birth, lwda_id, created_at, version)
SELECT 1000000 + g, 'BX' || lpad(g::text, 9, '0'), 'Bench', 'Person' || g, DATE '1960-01-01' + (g % 15000),
       901 + (g % 10), now(), 1
FROM generate_series(1, :n) g;

-- One enrollment each, entered 30 to 1,029 days ago in one of four programs; one in five already exited.
INSERT INTO enrollment (id, participant_id, program, entry_date, exit_date, exit_reason, version)
SELECT 10000000 + g, 1000000 + g, (ARRAY['ADULT', 'DISLOCATED_WORKER', 'YOUTH_OUT_OF_SCHOOL', 'WAGNER_PEYSER'])[1 + g % 4],
       CURRENT_DATE - (30 + (g::bigint * 7919 % 1000)::int),
       CASE WHEN g % 5 = 0 THEN CURRENT_DATE - (30 + (g::bigint * 7919 % 1000)::int) + LEAST(100, 29 + (g::bigint * 7919 % 1000)::int - 1) END,
       CASE WHEN g % 5 = 0 THEN 'NO_SERVICE_90_DAYS' END, 1
FROM generate_series(1, :n) g;
-- Three in ten of the Title I participants co-enrolled in Wagner-Peyser on the same day.
INSERT INTO enrollment (id, participant_id, program, entry_date, exit_date, exit_reason, version)
SELECT 20000000 + e.participant_id - 1000000, e.participant_id, 'WAGNER_PEYSER', e.entry_date, e.exit_date, e.exit_reason, 1
FROM enrollment e WHERE e.program <> 'WAGNER_PEYSER' AND e.participant_id % 10 < 3;

-- Services: an intake on entry; a second staff service or training some days later (planned when
-- that is still to come); a third of many kinds: training going on, a planned service, self-service,
-- follow-up, a voided or not completed service, or another staff service.
INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status, actual_start, actual_end,
    funding_program, created_at, version)
SELECT 100000000 + e.id, e.participant_id, e.id, 901, 'COMPLETED_SUCCESSFUL', e.entry_date, e.entry_date,
       e.program, now(), 1
FROM enrollment e;
INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status, planned_start,
    actual_start, actual_end, funding_program, created_at, version)
SELECT 200000000 + e.id, e.participant_id, e.id, CASE WHEN e.id % 3 = 0 AND e.program <> 'WAGNER_PEYSER' THEN 903 ELSE 901 END,
       CASE WHEN d.day <= CURRENT_DATE THEN 'COMPLETED_SUCCESSFUL' ELSE 'PLANNED' END,
       d.day, CASE WHEN d.day <= CURRENT_DATE THEN d.day END, CASE WHEN d.day <= CURRENT_DATE THEN d.day END,
       e.program, now(), 1
FROM enrollment e
CROSS JOIN LATERAL (SELECT LEAST(e.entry_date + ((e.id * 31) % 400)::int, COALESCE(e.exit_date, DATE '9999-12-31')) AS day) d
WHERE e.id < 20000000;
INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status, planned_start,
    actual_start, actual_end, funding_program, created_at, voided_at, void_reason, version)
SELECT 300000000 + e.id, e.participant_id, e.id, k.code, k.status, k.planned, k.started, k.ended, e.program, now(),
       CASE WHEN k.voided THEN now() END, CASE WHEN k.voided THEN 'Recorded for the wrong participant' END, 1
FROM enrollment e
CROSS JOIN LATERAL (SELECT e.id % 20 AS kind, GREATEST(e.entry_date, CURRENT_DATE - ((e.id * 13) % 200)::int) AS day) x
CROSS JOIN LATERAL (SELECT
    CASE WHEN x.kind IN (0, 1) AND e.program <> 'WAGNER_PEYSER' THEN 903 WHEN x.kind IN (4, 5) THEN 902
         WHEN x.kind = 6 AND e.program <> 'WAGNER_PEYSER' THEN 904 ELSE 901 END AS code,
    CASE WHEN x.kind IN (0, 1) THEN 'IN_PROGRESS' WHEN x.kind IN (2, 3, 6) THEN 'PLANNED'
         WHEN x.kind = 8 THEN 'NOT_COMPLETED' ELSE 'COMPLETED_SUCCESSFUL' END AS status,
    CASE WHEN x.kind IN (2, 3, 6) THEN CURRENT_DATE + 30 END AS planned,
    CASE WHEN x.kind IN (2, 3, 6, 8) THEN NULL WHEN x.kind IN (4, 5) THEN CURRENT_DATE - 5 ELSE x.day END AS started,
    CASE WHEN x.kind IN (0, 1, 2, 3, 6, 8) THEN NULL WHEN x.kind IN (4, 5) THEN CURRENT_DATE - 5 ELSE x.day END AS ended,
    x.kind = 7 AS voided) k
WHERE e.exit_date IS NULL;

-- A documented planned gap for one open enrollment in fifty.
INSERT INTO service_gap (id, enrollment_id, gap_from, gap_to, reason, recorded_at, version)
SELECT 400000000 + e.id, e.id, GREATEST(e.entry_date, CURRENT_DATE - 40), CURRENT_DATE + 20,
       'Training class starts next month', now(), 1
FROM enrollment e WHERE e.exit_date IS NULL AND e.id % 50 = 7;
