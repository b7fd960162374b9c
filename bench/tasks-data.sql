-- The task list benchmark's data (bench/tasks.sh), on top of bench/exit-data.sql's :n participants:
-- 5,000 case managers of 200 participants each (one LWDA admin per LWDA), and over the whole
-- database the records each task category reads: plans (drafts, signed, new unsigned versions,
-- reviews), eligibility determinations, follow-up periods with contacts, trainings and decided
-- supportive services. bench-cm (the case manager measured) has 200 open participants; some of its
-- records are shaped so that every category has rows. Needs :hash, the password hash of all accounts.

INSERT INTO staff_account (id, username, display_name, role, lwda_id, password_hash, failed_attempts, enabled, demo,
    password_changed_at, version)
SELECT 5000000 + k, CASE WHEN k = 1 THEN 'bench-cm' ELSE 'bench-cm-' || k END, 'Bench Case Manager ' || k,
       'CASE_MANAGER', 901 + (k % 10), :'hash', 0, TRUE, FALSE, now(), 0
FROM generate_series(0, 4999) k;
INSERT INTO staff_account (id, username, display_name, role, lwda_id, password_hash, failed_attempts, enabled, demo,
    password_changed_at, version)
SELECT 5100000 + l, CASE WHEN l = 2 THEN 'bench-lwda-admin' ELSE 'bench-lwda-admin-' || l END,
       'Bench LWDA Admin ' || l, 'LWDA_ADMIN', 900 + l, :'hash', 0, TRUE, FALSE, now(), 0
FROM generate_series(1, 10) l;

-- Participant g goes to case manager g % 5000, of the same LWDA (901 + g % 10 either way).
UPDATE participant SET case_manager_id = 5000000 + ((id - 1000000) % 5000);

-- bench-cm's participants (g = 1 + 5000 k): all open, all with training in progress. A quarter of
-- them had their last services 70-75 days ago instead (exit approaching); half exited an earlier
-- Adult enrollment (follow-up periods).
UPDATE service_record s SET status = 'COMPLETED_SUCCESSFUL', planned_start = NULL,
       actual_start = CURRENT_DATE - 75 + ((s.participant_id - 1000001) / 5000 % 2)::int * 5,
       actual_end = CURRENT_DATE - 75 + ((s.participant_id - 1000001) / 5000 % 2)::int * 5
FROM participant p
WHERE p.id = s.participant_id AND p.case_manager_id = 5000001 AND (p.id - 1000001) / 5000 % 4 = 0
  AND s.id >= 200000000;
INSERT INTO enrollment (id, participant_id, program, entry_date, exit_date, exit_reason, version)
SELECT 30000000 + p.id - 1000000, p.id, 'ADULT', CURRENT_DATE - 500 - (p.id % 280)::int,
       CURRENT_DATE - 300 + (p.id % 280)::int, 'NO_SERVICE_90_DAYS', 1
FROM participant p WHERE p.case_manager_id = 5000001 AND (p.id - 1000001) / 5000 % 2 = 0;

-- Plans: every other participant and all of bench-cm's; signed for two in three, a new unsigned
-- version on one in seven signed ones, a review on one in five.
INSERT INTO plan (id, participant_id, lwda_id, kind, state_code, created_by, created_at, version)
SELECT 500000000 + p.id - 1000000, p.id, p.lwda_id,
       CASE WHEN e.program = 'YOUTH_OUT_OF_SCHOOL' THEN 'ISS' ELSE 'IEP' END, 'KY', 'bench',
       now() - ((p.id / 7) % 200) * INTERVAL '1 day', 1
FROM participant p JOIN enrollment e ON e.id = 10000000 + p.id - 1000000
WHERE p.id % 2 = 0 OR p.case_manager_id = 5000001;
INSERT INTO plan_version (id, plan_id, number, content, status, changed_by, changed_at, signed_at, version)
SELECT 600000000 + pl.id - 500000000, pl.id, 1, '{}', CASE WHEN pl.id % 3 = 0 THEN 'DRAFT' ELSE 'SIGNED' END,
       'bench', pl.created_at, CASE WHEN pl.id % 3 = 0 THEN NULL ELSE pl.created_at + INTERVAL '3 days' END, 1
FROM plan pl;
INSERT INTO plan_version (id, plan_id, number, content, status, changed_by, changed_at, signed_at, version)
SELECT 700000000 + pl.id - 500000000, pl.id, 2, '{}', 'DRAFT', 'bench', now() - INTERVAL '2 days', NULL, 1
FROM plan pl WHERE pl.id % 3 <> 0 AND pl.id % 7 = 0;
INSERT INTO plan_review (id, plan_id, version_number, reviewed_on, progress, reviewed_by, recorded_at)
SELECT 800000000 + pl.id - 500000000, pl.id, 1, CURRENT_DATE - (pl.id % 120)::int, 'On track', 'bench', now()
FROM plan pl WHERE pl.id % 5 = 2;

-- Determinations: an eligible one behind every Title I enrollment, and for one participant in
-- twenty (one in three of bench-cm's) an eligible Adult determination never enrolled.
INSERT INTO eligibility_determination (id, participant_id, lwda_id, program, as_of, eligible, determined_by,
    determined_at, facts)
SELECT 1200000000 + e.id, e.participant_id, p.lwda_id, e.program, e.entry_date, TRUE, 'bench',
       e.entry_date + TIME '09:00', '{}'
FROM enrollment e JOIN participant p ON p.id = e.participant_id WHERE e.program <> 'WAGNER_PEYSER';
INSERT INTO eligibility_determination (id, participant_id, lwda_id, program, as_of, eligible, determined_by,
    determined_at, facts)
SELECT 1300000000 + p.id, p.id, p.lwda_id, 'ADULT', CURRENT_DATE - (p.id % 40)::int, TRUE, 'bench',
       CURRENT_DATE - (p.id % 40)::int + TIME '10:00', '{}'
FROM participant p
WHERE (p.id % 20 = 3 AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id AND e.program = 'ADULT'))
   OR (p.case_manager_id = 5000001 AND (p.id - 1000001) / 5000 % 3 = 1);

-- Follow-up periods for every exited Title I enrollment: Q1-Q4 after the exit quarter; open while
-- the fourth quarter has not ended. Half have their Q1 contact.
INSERT INTO follow_up (id, enrollment_id, participant_id, program, exit_date, ends_on, status, closed_on, opened_at,
    version)
SELECT 1400000000 + e.id, e.id, e.participant_id, e.program, e.exit_date, x.ends_on,
       CASE WHEN x.ends_on >= CURRENT_DATE THEN 'OPEN' ELSE 'COMPLETED' END,
       CASE WHEN x.ends_on >= CURRENT_DATE THEN NULL ELSE x.ends_on END, e.exit_date + TIME '08:00', 1
FROM enrollment e
CROSS JOIN LATERAL (SELECT CAST(date_trunc('quarter', e.exit_date) + INTERVAL '15 months' - INTERVAL '1 day' AS DATE)
    AS ends_on) x
WHERE e.exit_date IS NOT NULL AND e.program <> 'WAGNER_PEYSER';
INSERT INTO follow_up_contact (id, follow_up_id, quarter, contact_date, method, outcome, created_at, version)
SELECT 1500000000 + f.id - 1400000000, f.id, 1,
       LEAST(CURRENT_DATE, CAST(date_trunc('quarter', f.exit_date) + INTERVAL '4 months' AS DATE)), 'PHONE', 'REACHED',
       now(), 1
FROM follow_up f WHERE f.id % 2 = 0;

-- Trainings for the training services in progress; planned ends from 20 days ago to 70 ahead.
INSERT INTO training (id, participant_id, enrollment_id, service_record_id, training_type, start_date, planned_end,
    other_aid_considered, created_at, version)
SELECT 1600000000 + s.id - 300000000, s.participant_id, s.enrollment_id, s.id, 'OCCUPATIONAL_SKILLS', s.actual_start,
       GREATEST(s.actual_start, CURRENT_DATE - 20 + (s.id % 90)::int), FALSE, now(), 1
FROM service_record s WHERE s.service_code_id = 903 AND s.status = 'IN_PROGRESS';

-- Supportive services above the limits, decided by the LWDA admin in the last 30 days, for one
-- participant in ten (one in three of bench-cm's); each is its own service record.
CREATE TEMPORARY TABLE bench_supportive AS
SELECT p.id AS participant_id, p.lwda_id, p.case_manager_id, 10000000 + p.id - 1000000 AS enrollment_id
FROM participant p WHERE p.id % 10 = 4 OR (p.case_manager_id = 5000001 AND (p.id - 1000001) / 5000 % 3 = 2);
INSERT INTO service_record (id, participant_id, enrollment_id, service_code_id, status, actual_start, actual_end,
    funding_program, created_at, version)
SELECT 1700000000 + b.participant_id, b.participant_id, b.enrollment_id, 902, 'COMPLETED_SUCCESSFUL',
       CURRENT_DATE - 40, CURRENT_DATE - 40, e.program, now(), 1
FROM bench_supportive b JOIN enrollment e ON e.id = b.enrollment_id;
INSERT INTO supportive_service (id, participant_id, enrollment_id, service_record_id, amount, provided_on, need,
    status, requested_by, decided_by, decided_at, decision_reason, created_at, version)
SELECT 1800000000 + b.participant_id, b.participant_id, b.enrollment_id, 1700000000 + b.participant_id, 450,
       CURRENT_DATE - 40, 'Car repair to get to training', CASE WHEN (b.participant_id / 7) % 3 = 0 THEN 'DENIED' ELSE 'APPROVED' END,
       b.case_manager_id, 5100000 + b.lwda_id - 900, now() - ((b.participant_id / 7) % 30) * INTERVAL '1 day',
       'Within the board''s procedure', now() - INTERVAL '41 days', 1
FROM bench_supportive b;

-- The application's own ids start far above the generated ones.
SELECT setval('waypoint_seq', 3000000000);
