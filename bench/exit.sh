#!/usr/bin/env bash
# Benchmark for the daily exit job (issue 14, 20 CFR 677.150(c)) on PostgreSQL (127.0.0.1:5432, user
# postgres): a database of its own, waypoint_bench_exit, migrated with the application's Flyway
# migrations, then 1,000,000 synthetic participants with enrollments, services and planned gaps
# generated set-based in SQL (generate_series), VACUUM ANALYZE. The job's own SQL
# (org.waypoint.service.exit.ExitSql, called by tools' ExitJobBench exactly as the job calls it, in one
# transaction) then runs RUNS times, each on a fresh copy of that state (CREATE DATABASE ... TEMPLATE),
# and the script prints each time, the median, and the EXPLAIN ANALYZE of the job's main statement.
# Everything stays on this machine; no server is started.
# MODE=daily (the default) times the job as it runs every day: the state it starts from is the one
# yesterday's run left (the job is run once for yesterday on a copy, then VACUUM ANALYZE), so it
# decides today's exits and updates only the enrollments whose dates moved. MODE=backfill times the
# first run ever, which fills every open enrollment's last service and participation dates.
# Usage: bench/exit.sh          (COUNT, RUNS and MODE may be set in the environment; REUSE_DB=1 skips generation)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
RUNS=${RUNS:-5}
DB=waypoint_bench_exit
COPY=waypoint_bench_exit_run
MODE=${MODE:-daily}
URL=jdbc:postgresql://127.0.0.1:5432
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
OUT=bench/results
mkdir -p "$OUT"

mvn -B -q -ntp -DskipTests -pl tools -am install
mvn -B -q -ntp -pl tools dependency:build-classpath -Dmdep.outputFile=target/exit-bench.classpath
CP="tools/target/classes:ejb/target/classes:persistence/target/classes:$(cat tools/target/exit-bench.classpath)"
bench() { java -cp "$CP" org.waypoint.tools.exit.ExitJobBench "$@"; }

if [ "${REUSE_DB:-0}" != 1 ]; then
  echo "== fresh database $DB, migrated"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  bench migrate "$URL/$DB"

  echo "== $COUNT synthetic participants with enrollments, services and planned gaps"
  start=$(date +%s)
  "${PG[@]}" -d "$DB" -v n="$COUNT" <<'SQL'
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
SQL
  echo "generated in $(( $(date +%s) - start )) s"
  "${PG[@]}" -d "$DB" -c "VACUUM ANALYZE"
fi
"${PG[@]}" -d "$DB" -At -c "SELECT COUNT(*) || ' participants, ' || (SELECT COUNT(*) FROM enrollment) || ' enrollments ('
  || (SELECT COUNT(*) FROM enrollment WHERE exit_date IS NULL) || ' open), ' || (SELECT COUNT(*) FROM service_record)
  || ' services, ' || (SELECT COUNT(*) FROM service_gap) || ' planned gaps, ' || pg_size_pretty(pg_database_size('$DB'))
  FROM participant"

BASE=$DB
if [ "$MODE" = daily ]; then
  BASE=waypoint_bench_exit_daily
  echo "== yesterday's run on a copy ($BASE), then VACUUM ANALYZE: the state a daily run starts from"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $BASE WITH (FORCE)" -c "CREATE DATABASE $BASE TEMPLATE $DB"
  bench run "$URL/$BASE" "$(date -d yesterday +%F)"
  "${PG[@]}" -d "$BASE" -c "VACUUM ANALYZE"
fi

echo "== the job's SQL ($MODE), $RUNS runs, each on a fresh copy of $BASE"
times=()
for i in $(seq 1 "$RUNS"); do
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $COPY WITH (FORCE)" -c "CREATE DATABASE $COPY TEMPLATE $BASE"
  line=$(bench run "$URL/$COPY")
  echo "run $i: $line"
  times+=("$(sed -E 's/.*run_ms=([0-9]+).*/\1/' <<<"$line")")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median ($MODE): $median ms over $RUNS runs" | tee "$OUT/exit-$MODE.txt"

echo "== raw SQL floor: EXPLAIN ANALYZE of the job's main statement (deciding the exits), on a fresh copy"
"${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $COPY WITH (FORCE)" -c "CREATE DATABASE $COPY TEMPLATE $BASE"
bench explain "$URL/$COPY" | tee "$OUT/exit-explain-$MODE.txt" | tail -40
"${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $COPY WITH (FORCE)"
