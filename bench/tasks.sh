#!/usr/bin/env bash
# Benchmark for the task list (issue 15): a case manager with 200 open participants on a database
# of 1,000,000 participants (PostgreSQL 127.0.0.1:5432, user postgres), GET /api/v1/tasks at 16
# concurrent users on loopback. The data: bench/exit-data.sql (participants, enrollments, services,
# planned gaps, as bench/exit.sh) and bench/tasks-data.sql (5,000 case managers of 200 participants,
# plans, determinations, follow-up periods and contacts, trainings, decided supportive services;
# bench-cm's records shaped so that every category has rows). VACUUM ANALYZE, then Waypoint at port
# offset 300 (bench/server.sh) after yesterday's exit job (as bench/exit.sh's daily mode), RUNS rounds of THREADS users x REQUESTS requests (each after a
# warm-up round); prints each round's client and server-side p50/p95/p99 and the median server-side
# p95; then RUNS rounds the same with WRITES_PER_SECOND writes a second marking the list changed
# (so the server reads it again that often: the list is kept until a write, TaskListCache); and
# beside them the raw SQL floor: each category's query under EXPLAIN ANALYZE (median of 9), the
# whole list read over JDBC (tools' TaskListBench, the same TaskFinder the server runs), and the
# version read that a kept list costs.
# Everything stays on this machine; the server is stopped at the end.
# Usage: bench/tasks.sh     (COUNT, THREADS, REQUESTS, RUNS, WRITES_PER_SECOND may be set; REUSE_DB=1 skips generation)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
THREADS=${THREADS:-16}
REQUESTS=${REQUESTS:-100}
RUNS=${RUNS:-3}
DB=waypoint_bench_tasks
URL=jdbc:postgresql://127.0.0.1:5432
BASE=http://127.0.0.1:8380/waypoint
PASSWORD='Bench-password-1'
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
OUT=bench/results
mkdir -p "$OUT" target

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -ntp -DskipTests install
mvn -B -q -ntp -DskipTests -pl tools -am install
mvn -B -q -ntp -pl tools dependency:build-classpath -Dmdep.outputFile=target/tasks-bench.classpath
# This checkout's own modules only (not another build's jars from the local repository).
CP="tools/target/classes:ejb/target/classes:persistence/target/classes:$(tr ':' '\n' < tools/target/tasks-bench.classpath \
  | grep -v '/org/waypoint/' | paste -sd:)"

if [ "${REUSE_DB:-0}" != 1 ]; then
  echo "== fresh database $DB, migrated"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  java -cp "$CP" org.waypoint.tools.exit.ExitJobBench migrate "$URL/$DB"
  echo "== $COUNT synthetic participants, then the task list's records"
  start=$(date +%s)
  "${PG[@]}" -d "$DB" -v n="$COUNT" -f bench/exit-data.sql
  HASH=$(java -cp ejb/target/classes bench/HashPassword.java "$PASSWORD")
  "${PG[@]}" -d "$DB" -v hash="$HASH" -f bench/tasks-data.sql
  echo "generated in $(( $(date +%s) - start )) s"
  # Statistics first, as autovacuum would give a production database: without them the exit job's
  # planner takes the fresh tables for empty, and one statement ran for 18 minutes instead of 2.
  "${PG[@]}" -d "$DB" -c "VACUUM ANALYZE"
  echo "== yesterday's exit job (tools' ExitJobBench, the job's own SQL): the stored last-service dates and exits a"
  echo "   production database has every morning"
  java -cp "$CP" org.waypoint.tools.exit.ExitJobBench run "$URL/$DB" "$(date -d yesterday +%F)"
fi
"${PG[@]}" -d "$DB" -c "VACUUM ANALYZE"
"${PG[@]}" -d "$DB" -At -c "SELECT COUNT(*) || ' participants, ' || (SELECT COUNT(*) FROM enrollment) || ' enrollments, '
  || (SELECT COUNT(*) FROM service_record) || ' services, ' || (SELECT COUNT(*) FROM plan) || ' plans, '
  || (SELECT COUNT(*) FROM follow_up) || ' follow-up periods, ' || (SELECT COUNT(*) FROM training) || ' trainings, '
  || (SELECT COUNT(*) FROM eligibility_determination) || ' determinations, '
  || (SELECT COUNT(*) FROM supportive_service) || ' supportive services; bench-cm: '
  || (SELECT COUNT(*) FROM participant p JOIN staff_account a ON a.id = p.case_manager_id WHERE a.username = 'bench-cm')
  || ' participants; database ' || pg_size_pretty(pg_database_size('$DB')) FROM participant" | tee "$OUT/tasks-data.txt"

echo "== Waypoint on PostgreSQL (production mode)"
# The 16 users share bench-cm's account: the login throttle (5 password checks in flight per account,
# taken again every few seconds when the verified-credential cache re-reads the account) would turn
# some of their requests into 401s; raised here so that the figures are the task list's.
export WAYPOINT_SECURITY_MAX_FAILED_LOGINS=1000
. bench/server.sh

echo "== load: $RUNS rounds of $THREADS users x $REQUESTS requests (each after a warm-up round)"
for i in $(seq 1 "$RUNS"); do
  echo "load before round $i: $(cut -d' ' -f1-3 /proc/loadavg)"
  java bench/LoadTest.java "$BASE" bench-cm "$PASSWORD" tasks "$THREADS" "$REQUESTS"
  line=$(server_side $((THREADS * REQUESTS)) tasks)
  echo "$line"
done | tee "$OUT/tasks.txt"
median() { grep -oE 'server-side: .* p95 [0-9]+' "$1" | sed -E 's/.*p95 ([0-9]+)/\1/' | sort -n \
  | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median server-side p95 over $RUNS rounds: $(median "$OUT/tasks.txt") ms" | tee -a "$OUT/tasks.txt"

# The list is kept until a write changes it (TaskListCache), so the rounds above read it from memory
# after each round's first request. These rounds write while the users read: WRITES_PER_SECOND
# times a second bench-cm's list is marked changed, as every write to one of their participants'
# records marks it (TaskVersions), so that many reads a second run the category queries again.
# A case manager records far fewer than 10 things a second; the default is a high bound.
WRITES_PER_SECOND=${WRITES_PER_SECOND:-10}
echo "== load with $WRITES_PER_SECOND writes a second to bench-cm's list: $RUNS rounds of $THREADS users x $REQUESTS requests"
for i in $(seq 1 "$RUNS"); do
  echo "load before round $i: $(cut -d' ' -f1-3 /proc/loadavg)"
  rm -f target/tasks-writes.stop
  ( while [ ! -f target/tasks-writes.stop ]; do
      echo "UPDATE staff_account SET tasks_version = tasks_version + 1 WHERE username = 'bench-cm';"
      sleep "$(awk -v n="$WRITES_PER_SECOND" 'BEGIN {print 1 / n}')"
    done ) | "${PG[@]}" -d "$DB" > /dev/null &
  WRITER=$!
  java bench/LoadTest.java "$BASE" bench-cm "$PASSWORD" tasks "$THREADS" "$REQUESTS"
  touch target/tasks-writes.stop
  wait "$WRITER" || true
  before=$("${PG[@]}" -d "$DB" -At -c "SELECT tasks_version FROM staff_account WHERE username = 'bench-cm'")
  line=$(server_side $((THREADS * REQUESTS)) tasks-with-writes)
  echo "$line (bench-cm's version now $before)"
done | tee "$OUT/tasks-writes.txt"
echo "median server-side p95 with $WRITES_PER_SECOND writes a second over $RUNS rounds: $(median "$OUT/tasks-writes.txt") ms" \
  | tee -a "$OUT/tasks-writes.txt"

echo "== raw SQL floor (bench-cm, each category's query under EXPLAIN ANALYZE, then the whole list over JDBC)"
java -cp "$CP" org.waypoint.tools.tasks.TaskListBench explain "$URL/$DB" bench-cm 9 | tee "$OUT/tasks-sql.txt"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/tasks-sql.txt"
