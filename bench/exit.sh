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
# FROM_DB=waypoint_bench_scale runs the same on the database bench/state-scale.sh filled (the
# application's own generator: a million participants with plans, the LWDAs and states of the
# reference data, where common exit joins programs), instead of generating one here.
# Usage: bench/exit.sh          (COUNT, RUNS and MODE may be set in the environment; REUSE_DB=1 skips generation)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
RUNS=${RUNS:-5}
DB=${FROM_DB:-waypoint_bench_exit}
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

if [ "${REUSE_DB:-0}" != 1 ] && [ -z "${FROM_DB:-}" ]; then
  echo "== fresh database $DB, migrated"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  bench migrate "$URL/$DB"

  echo "== $COUNT synthetic participants with enrollments, services and planned gaps"
  start=$(date +%s)
  "${PG[@]}" -d "$DB" -v n="$COUNT" -f bench/exit-data.sql
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
