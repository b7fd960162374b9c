#!/usr/bin/env bash
# The quarterly PIRL run at state scale (issue 16: at most 10 minutes with the server's heap at most
# 1 GB). COUNT synthetic participants (default 1,000,000) on a fresh PostgreSQL database: enrollments
# and services (bench/exit-data.sql), wage records, trainings, credentials and skill gains
# (bench/indicators-data.sql), and what else the PIRL reader reads (bench/pirl-data.sql: the record,
# characteristics frozen at entry, determinations, follow-up contacts, sealed SSNs from
# bench/PirlSsn.java). VACUUM ANALYZE; then the built Waypoint (bench/server.sh) on it in production
# mode at port offset PORT_OFFSET (default 500) with -Xmx1g and a GC log, and RUNS (default 3) new
# PIRL runs for KY and QUARTER (default: the last quarter that has ended, which holds about 96% of
# the participants), each started as the bootstrap state admin over the API and polled until it
# ends. Prints for each run the load before it, rows written, elapsed time, the heap it used (from
# the GC log: the most used before a collection, the most left after one, the most committed, against
# the 1 GB maximum), whether it completed, the file's size; then the median elapsed time; then the
# raw SQL floor: the job's own reader over JDBC outside the server (tools' PirlReaderBench: each
# statement's time summed over all pages, the same page size), once with the processor's work, and
# each statement of one page under EXPLAIN ANALYZE.
# Usage: bench/pirl.sh   (COUNT, RUNS, QUARTER, PORT_OFFSET may be set; REUSE_DB=1 skips generation)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
RUNS=${RUNS:-3}
STATE=KY
# The last quarter that has ended (its last day: the day before this quarter's first).
LAST_ENDED=$(date -d "$(date +%Y)-$(printf %02d $(( ($(date +%-m) - 1) / 3 * 3 + 1 )))-01 -1 day" +%F)
QUARTER=${QUARTER:-${LAST_ENDED:0:4}Q$(( (10#${LAST_ENDED:5:2} + 2) / 3 ))}
QUARTER_END=$(date -d "${QUARTER%Q*}-$(printf %02d $(( ${QUARTER#*Q} * 3 )))-01 +1 month -1 day" +%F)
DB=${DB:-waypoint_bench_pirl}
export PORT_OFFSET=${PORT_OFFSET:-500}
URL=jdbc:postgresql://127.0.0.1:5432
BASE=http://127.0.0.1:$((8080 + PORT_OFFSET))/waypoint
PASSWORD='Bench-password-1'
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
OUT=bench/results
KEY=target/pirl-bench-ssn.key # the SSN key the database's SSNs were sealed with
GC=$PWD/target/pirl-gc.log
mkdir -p "$OUT" target

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -ntp -DskipTests install
mvn -B -q -ntp -DskipTests -pl tools -am install
mvn -B -q -ntp -pl tools dependency:build-classpath -Dmdep.outputFile=target/pirl-bench.classpath
# This checkout's own modules only (not another build's jars from the local repository).
CP="tools/target/classes:ejb/target/classes:persistence/target/classes:$(tr ':' '\n' < tools/target/pirl-bench.classpath \
  | grep -v '/org/waypoint/' | paste -sd:)"

if [ "${REUSE_DB:-0}" != 1 ]; then
  echo "== fresh database $DB, migrated"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  java -cp "$CP" org.waypoint.tools.exit.ExitJobBench migrate "$URL/$DB"
  echo "== $COUNT synthetic participants with services and outcomes"
  start=$(date +%s)
  "${PG[@]}" -d "$DB" -v n="$COUNT" -f bench/exit-data.sql
  "${PG[@]}" -d "$DB" -f bench/indicators-data.sql
  head -c 32 /dev/urandom | base64 > "$KEY"
  java -Dwaypoint.ssn.key="$(cat "$KEY")" -cp "$CP" bench/PirlSsn.java "$URL/$DB" postgres "${PGPASSWORD:-}" "$COUNT"
  "${PG[@]}" -d "$DB" -f bench/pirl-data.sql
  echo "generated in $(( $(date +%s) - start )) s"
fi
[ -s "$KEY" ] || { echo "No $KEY: the SSNs cannot be decrypted; generate the database again (without REUSE_DB)"; exit 1; }
export WAYPOINT_SSN_KEY
WAYPOINT_SSN_KEY=$(cat "$KEY")
"${PG[@]}" -d "$DB" -c "DELETE FROM pirl_run_error" -c "DELETE FROM pirl_run" -c "VACUUM ANALYZE"
"${PG[@]}" -d "$DB" -At -c "SELECT COUNT(*) || ' participants (' || (SELECT COUNT(*) FROM participant p
    WHERE EXISTS (SELECT 1 FROM enrollment e WHERE e.participant_id = p.id AND e.entry_date <= DATE '$QUARTER_END'))
  || ' entered by the end of $QUARTER), ' || (SELECT COUNT(*) FROM enrollment) || ' enrollments, '
  || (SELECT COUNT(*) FROM service_record) || ' services, ' || (SELECT COUNT(*) FROM training) || ' trainings, '
  || (SELECT COUNT(*) FROM credential) || ' credentials, ' || (SELECT COUNT(*) FROM skill_gain) || ' skill gains, '
  || (SELECT COUNT(*) FROM wage_record) || ' wage records, ' || (SELECT COUNT(*) FROM follow_up_contact)
  || ' follow-up contacts, ' || (SELECT COUNT(*) FROM eligibility_criterion) || ' eligibility criteria, '
  || (SELECT COUNT(*) FROM enrollment_entry_barrier) + (SELECT COUNT(*) FROM enrollment_entry_assistance)
  || ' barriers and assistance at entry, ' || (SELECT COUNT(*) FROM participant WHERE ssn_cipher IS NOT NULL)
  || ' sealed SSNs; database ' || pg_size_pretty(pg_database_size('$DB')) || ', VACUUM ANALYZE just run'
  FROM participant" | tee "$OUT/pirl-data.txt"

echo "== Waypoint on PostgreSQL (production mode), -Xmx1g, port offset $PORT_OFFSET"
rm -f "$GC"
export SERVER_JAVA_OPTS="-Xmx1g -Xlog:gc:file=$GC:uptime"
. bench/server.sh

# heap FROM_LINE: the GC log's collections after line FROM_LINE (one run's): the most heap used before a
# collection (the run's peak), the most left after one (what it kept), the most committed; in MB.
heap() {
  tail -n +"$(( $1 + 1 ))" "$GC" | grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' | sed -E 's/([0-9]+)M->([0-9]+)M\(([0-9]+)M\)/\1 \2 \3/' \
    | awk 'BEGIN { b = 0; a = 0; c = 0 } { if ($1 > b) b = $1; if ($2 > a) a = $2; if ($3 > c) c = $3; n++ }
           END { printf "heap: peak used %d MB (before a collection), most kept %d MB (after one), most committed %d MB, of 1024 MB max; %d collections", b, a, c, n }'
}

echo "== $RUNS PIRL runs, $STATE $QUARTER, as the bootstrap state admin"
for i in $(seq 1 "$RUNS"); do
  echo "load before run $i: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)"
  mark=$(wc -l < "$GC")
  t0=$(date +%s.%N)
  id=$(curl -sf -u "bench-admin:$PASSWORD" -X POST "$BASE/api/v1/reports/pirl?state=$STATE&quarter=$QUARTER" | jq -r .runId)
  while :; do
    run=$(curl -sf -u "bench-admin:$PASSWORD" "$BASE/api/v1/reports/pirl/$id?max=1")
    status=$(jq -r .status <<<"$run")
    case "$status" in STARTING|RUNNING) sleep 2 ;; *) break ;; esac
  done
  t1=$(date +%s.%N)
  jq -r --arg elapsed "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')" --arg i "$i" '.run |
    "run \($i) (id \(.id)): \(.status); \(.rowsWritten) rows written for \(.participantsDone) of \(.participantsTotal) participants in \($elapsed | tonumber | floor) s"
    + " (POST to status seen ended; the server recorded \(.startedAt) to \(.finishedAt)); file \(.fileBytes // 0) bytes,"
    + " sha256 \(.sha256 // "-"); findings: \(.valueErrors) valid-value, \(.duplicateErrors) duplicate, \(.logicalErrors) logical; submittable \(.submittable)"' <<<"$run"
  echo "  $(heap "$mark")"
  if [ "$i" = 1 ] && [ "$status" = COMPLETED ]; then
    lines=$(curl -sf -u "bench-admin:$PASSWORD" "$BASE/api/v1/reports/pirl/$id/file" | wc -l)
    echo "  the file downloaded: $lines lines (the header and one per row)"
  fi
done | tee "$OUT/pirl.txt"
median=$(grep -oE 'participants in [0-9]+ s' "$OUT/pirl.txt" | grep -oE '[0-9]+ s' | sort -n \
  | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
echo "median elapsed over $RUNS runs: $median s (target: at most 600 s, heap at most 1024 MB)" | tee -a "$OUT/pirl.txt"
grep -q 'OutOfMemoryError' target/bench-server.log && echo "OutOfMemoryError in target/bench-server.log" | tee -a "$OUT/pirl.txt"

echo "== raw SQL floor: the job's reader over JDBC outside the server (page size 500, as the job), with the processor's work"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)" | tee "$OUT/pirl-sql.txt"
java -Dwaypoint.ssn.key="$WAYPOINT_SSN_KEY" -cp "$CP" org.waypoint.service.reporting.pirl.PirlReaderBench \
  "$URL/$DB" "$STATE" "$QUARTER" 500 process | tee -a "$OUT/pirl-sql.txt"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/pirl-sql.txt"
