-- The PIRL benchmark's remaining records (bench/pirl.sh), on top of bench/exit-data.sql's participants,
-- enrollments and services and bench/indicators-data.sql's wage records, trainings, credentials and skill
-- gains: what the PIRL reader reads besides (PirlPageReader). The participant's record (sex, disability,
-- ethnicity, race, veteran, UC status, grade, address, office, the SSN sealed by bench/PirlSsn.java into
-- bench_ssn), each enrollment's characteristics frozen at entry (employment, education, school, barriers,
-- public assistance) and its eligibility determination with its low-income criterion, follow-up periods
-- after the Title I exits with their contacts by quarter, and the quarters the wage import covered.
-- Set-based on PostgreSQL.
INSERT INTO county (fips, name, state_code, lwda_id, version)
SELECT '2199' || (g - 1), 'Bench County ' || g, 'KY', 900 + g, 1 FROM generate_series(1, 10) g
ON CONFLICT DO NOTHING;
INSERT INTO office (id, lwda_id, name, city, zip, active, version)
SELECT 900 + g, 900 + g, 'Bench Career Center ' || g, 'Bench City', '40' || lpad((600 + g)::text, 3, '0'), TRUE, 1
FROM generate_series(1, 10) g;

-- The record: one UPDATE (one new version of each row), the SSN from bench_ssn.
UPDATE participant p SET
    sex = (ARRAY['FEMALE', 'MALE', 'FEMALE', 'MALE', 'UNDISCLOSED'])[1 + p.id % 5],
    disability = (ARRAY['NO', 'NO', 'NO', 'YES', 'NOT_DISCLOSED'])[1 + (p.id / 5) % 5],
    hispanic = (ARRAY['NO', 'NO', 'NO', 'YES', 'NOT_DISCLOSED'])[1 + (p.id / 7) % 5],
    veteran = (p.id % 11 = 0),
    eligible_spouse = CASE WHEN p.id % 11 = 0 THEN FALSE WHEN p.id % 37 = 0 THEN TRUE ELSE FALSE END,
    uc_status = (ARRAY['NOT_CLAIMANT', 'NOT_CLAIMANT', 'CLAIMANT', 'EXHAUSTEE'])[1 + (p.id / 3) % 4],
    highest_grade = 6 + (p.id % 7)::int,
    address_state = 'KY',
    county_fips = '2199' || ((p.lwda_id - 901)::text),
    zip = '40' || lpad((p.id % 1000)::text, 3, '0'),
    office_id = p.lwda_id,
    employment_status = (ARRAY['EMPLOYED', 'NOT_EMPLOYED', 'NOT_EMPLOYED'])[1 + p.id % 3],
    ssn_cipher = s.cipher, ssn_hash = s.hash, ssn_last4 = s.last4
FROM bench_ssn s WHERE s.participant_id = p.id;
DROP TABLE bench_ssn;

-- Race: one for most, two for one in twenty, none (did not self-identify) for one in fifty.
INSERT INTO participant_race (participant_id, race)
SELECT p.id, (ARRAY['WHITE', 'WHITE', 'WHITE', 'BLACK_OR_AFRICAN_AMERICAN', 'ASIAN',
                    'AMERICAN_INDIAN_OR_ALASKA_NATIVE', 'NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER'])[1 + p.id % 7]
FROM participant p WHERE p.id % 50 <> 1;
INSERT INTO participant_race (participant_id, race)
SELECT p.id, 'BLACK_OR_AFRICAN_AMERICAN' FROM participant p WHERE p.id % 20 = 0 AND p.id % 7 NOT IN (3)
ON CONFLICT DO NOTHING;

-- An eligible determination for each Title I enrollment, with its criteria: low income met for one in two.
INSERT INTO eligibility_determination (id, participant_id, lwda_id, program, as_of, eligible, priority_group,
    determined_by, determined_at, facts)
SELECT 50000000 + e.id, e.participant_id, p.lwda_id, e.program, e.entry_date, TRUE, 1 + (e.id % 5)::int,
       'bench', e.entry_date::timestamp, '{}'
FROM enrollment e JOIN participant p ON p.id = e.participant_id
WHERE e.program <> 'WAGNER_PEYSER';
INSERT INTO eligibility_criterion (determination_id, position, code, met, explanation)
SELECT d.id, k.position, k.code, k.met, 'bench'
FROM eligibility_determination d
CROSS JOIN LATERAL (VALUES (1, 'AGE', TRUE), (2, 'AUTHORIZED_TO_WORK', TRUE),
    (3, 'LOW_INCOME', d.id % 2 = 0)) k (position, code, met)
WHERE d.id >= 50000000;

-- Characteristics at entry, frozen (they differ from today's record for a third: employment_status above).
UPDATE enrollment e SET
    determination_id = CASE WHEN e.program <> 'WAGNER_PEYSER' THEN 50000000 + e.id END,
    entry_employment_status = (ARRAY['NOT_EMPLOYED', 'NOT_EMPLOYED', 'EMPLOYED', 'EMPLOYED_WITH_TERMINATION_NOTICE'])
        [1 + e.participant_id % 4],
    entry_education_level = (ARRAY['SECONDARY_DIPLOMA', 'SECONDARY_DIPLOMA', 'SECONDARY_EQUIVALENCY', 'NONE',
        'SOME_POSTSECONDARY', 'ASSOCIATE', 'BACHELOR'])[1 + e.participant_id % 7],
    entry_school_status = CASE WHEN e.program = 'YOUTH_OUT_OF_SCHOOL'
        THEN (ARRAY['NOT_IN_SCHOOL_DROPOUT', 'NOT_IN_SCHOOL_GRADUATE'])[1 + e.participant_id % 2]
        ELSE 'NOT_IN_SCHOOL_GRADUATE' END;

INSERT INTO enrollment_entry_barrier (enrollment_id, barrier)
SELECT e.id, (ARRAY['LONG_TERM_UNEMPLOYED', 'SINGLE_PARENT', 'EX_OFFENDER', 'BASIC_SKILLS_DEFICIENT',
    'HOMELESS_OR_RUNAWAY', 'ENGLISH_LANGUAGE_LEARNER'])[1 + (e.participant_id / 5) % 6]
FROM enrollment e WHERE e.participant_id % 5 = 2;
INSERT INTO enrollment_entry_barrier (enrollment_id, barrier)
SELECT e.id, 'PREGNANT_OR_PARENTING' FROM enrollment e WHERE e.program = 'YOUTH_OUT_OF_SCHOOL' AND e.participant_id % 4 = 1;
INSERT INTO enrollment_entry_assistance (enrollment_id, assistance)
SELECT e.id, (ARRAY['SNAP', 'SNAP', 'TANF', 'SSI', 'SSDI', 'OTHER'])[1 + (e.participant_id / 4) % 6]
FROM enrollment e WHERE e.participant_id % 4 = 3;

-- Follow-up after each Title I exit: a period to the end of the 4th quarter after the exit quarter and a
-- contact in each quarter already begun (three in five reached, seven in ten of those employed; a youth
-- not employed placed in education).
INSERT INTO follow_up (id, enrollment_id, participant_id, program, exit_date, ends_on, status, closed_on,
    opened_at, version)
SELECT 60000000 + e.id, e.id, e.participant_id, e.program, e.exit_date, x.ends_on,
       CASE WHEN x.ends_on < CURRENT_DATE THEN 'COMPLETED' ELSE 'OPEN' END,
       CASE WHEN x.ends_on < CURRENT_DATE THEN x.ends_on END, e.exit_date::timestamp, 1
FROM enrollment e
CROSS JOIN LATERAL (SELECT (date_trunc('quarter', e.exit_date) + INTERVAL '15 months' - INTERVAL '1 day')::date AS ends_on) x
WHERE e.exit_date IS NOT NULL AND e.program <> 'WAGNER_PEYSER';
INSERT INTO follow_up_contact (id, follow_up_id, quarter, contact_date, method, outcome, employment_status, employer,
    employment_start, hourly_wage, weekly_hours, verification, youth_placement, created_at, version)
SELECT 70000000 + f.id * 4 + n, f.id, n, c.day, 'PHONE', c.outcome,
       CASE WHEN c.outcome = 'REACHED' THEN CASE WHEN c.employed THEN 'EMPLOYED' ELSE 'NOT_EMPLOYED' END END,
       CASE WHEN c.outcome = 'REACHED' AND c.employed THEN 'Bench employer' END,
       CASE WHEN c.outcome = 'REACHED' AND c.employed THEN f.exit_date + 30 END,
       CASE WHEN c.outcome = 'REACHED' AND c.employed THEN 15.50 END,
       CASE WHEN c.outcome = 'REACHED' AND c.employed THEN 40 END,
       CASE WHEN c.outcome = 'REACHED' AND c.employed THEN 'PAY_STUB' END,
       CASE WHEN c.outcome = 'REACHED' AND NOT c.employed AND f.program = 'YOUTH_OUT_OF_SCHOOL'
            THEN 'POSTSECONDARY_EDUCATION' END,
       c.day::timestamp, 1
FROM follow_up f
CROSS JOIN generate_series(1, 4) n
CROSS JOIN LATERAL (SELECT (date_trunc('quarter', f.exit_date) + n * INTERVAL '3 months' + INTERVAL '20 days')::date AS day,
    CASE WHEN (f.participant_id + n) % 5 < 3 THEN 'REACHED' ELSE 'UNREACHABLE' END AS outcome,
    (f.participant_id + n) % 10 < 7 AS employed) c
WHERE c.day <= CURRENT_DATE;

-- The quarters bench/indicators-data.sql's wage import covered.
INSERT INTO wage_import_quarter (wage_import_id, wage_year, wage_quarter, row_count)
SELECT wage_import_id, wage_year, wage_quarter, COUNT(*) FROM wage_record GROUP BY wage_import_id, wage_year, wage_quarter;
