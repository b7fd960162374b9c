#!/usr/bin/env bash
# Benchmark for the participant search (issue 3): 100,000 synthetic participants on PostgreSQL
# (127.0.0.1:5432, user postgres), Waypoint started on them, then 16 concurrent users on loopback:
#   name-prefix - a state admin searching by the first 2-3 letters of a common name;
#   caseload    - a case manager paging through their own participants, newest first.
# Prints p50/p95/p99 per scenario and the same queries' raw SQL time (EXPLAIN ANALYZE).
# Everything stays on this machine; the server runs at port offset 300 (8380) and is stopped at the end.
# Usage: bench/participant-search.sh          (COUNT, THREADS, REQUESTS may be set in the environment)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-100000}
THREADS=${THREADS:-16}
REQUESTS=${REQUESTS:-150}
DB=waypoint_bench
BASE=http://127.0.0.1:8380/waypoint
PASSWORD='Bench-password-1'
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
OUT=bench/results
mkdir -p "$OUT" target

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests install

# REUSE_DB=1 measures again on the database a previous run filled (no drop, no generation).
if [ "${REUSE_DB:-0}" != 1 ]; then
  echo "== fresh database $DB"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
fi

echo "== Waypoint on PostgreSQL (production mode, bootstrap admin)"
. bench/server.sh

if [ "${REUSE_DB:-0}" != 1 ]; then
echo "== a case manager in Bluegrass"
HASH=$(java -cp ejb/target/classes bench/HashPassword.java "$PASSWORD")
"${PG[@]}" -d "$DB" -c "INSERT INTO staff_account (id, username, display_name, role, lwda_id, password_hash,
    failed_attempts, enabled, demo, password_changed_at, version)
  SELECT nextval('waypoint_seq'), 'bench-cm', 'Bench Case Manager', 'CASE_MANAGER', id, '$HASH', 0, TRUE, FALSE, now(), 0
  FROM lwda WHERE state_code = 'KY' AND name = 'Bluegrass'"

echo "== $COUNT synthetic participants"
start=$(date +%s)
mvn -B -q -o -pl tools -am process-classes -Psynthetic-participants \
  -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/$DB --user postgres --password postgres --count $COUNT"
echo "generated in $(( $(date +%s) - start )) s"
"${PG[@]}" -d "$DB" -c "ANALYZE"
fi
CM_ID=$("${PG[@]}" -d "$DB" -At -c "SELECT id FROM staff_account WHERE username = 'bench-cm'")
LWDA_ID=$("${PG[@]}" -d "$DB" -At -c "SELECT lwda_id FROM staff_account WHERE username = 'bench-cm'")
echo "participants: $("${PG[@]}" -d "$DB" -At -c "SELECT COUNT(*) FROM participant")," \
     "bench-cm's caseload: $("${PG[@]}" -d "$DB" -At -c "SELECT COUNT(*) FROM participant WHERE case_manager_id = $CM_ID")"

echo "== load: $THREADS users x $REQUESTS requests each (after a warm-up)"
java bench/LoadTest.java "$BASE" bench-admin "$PASSWORD" name-prefix "$THREADS" "$REQUESTS" | tee "$OUT/name-prefix.txt"
server_side $((THREADS * REQUESTS)) name-prefix | tee -a "$OUT/name-prefix.txt"
java bench/LoadTest.java "$BASE" bench-cm "$PASSWORD" caseload "$THREADS" "$REQUESTS" | tee "$OUT/caseload.txt"
server_side $((THREADS * REQUESTS)) caseload | tee -a "$OUT/caseload.txt"

echo "== raw SQL (what the API runs: one page, then the count)"
SELECT="SELECT p.id, p.participant_number, p.first_name, p.last_name, p.date_of_birth, p.ssn_last4, l.name, o.name, c.username
  FROM participant p JOIN lwda l ON l.id = p.lwda_id LEFT JOIN office o ON o.id = p.office_id
  LEFT JOIN staff_account c ON c.id = p.case_manager_id"
sql_time() { "${PG[@]}" -d "$DB" -At -c "EXPLAIN (ANALYZE, FORMAT JSON) $1" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)[0]["Execution Time"], 2))'; }
NAME_WHERE="WHERE (p.last_name_search LIKE 'mi%' OR p.first_name_search LIKE 'mi%')"
CM_WHERE="WHERE p.lwda_id = $LWDA_ID AND p.case_manager_id = $CM_ID"
{
  echo "name-prefix page:  $(sql_time "$SELECT $NAME_WHERE ORDER BY p.last_name_search, p.first_name_search, p.id LIMIT 25") ms"
  echo "name-prefix count: $(sql_time "SELECT COUNT(p.id) FROM participant p $NAME_WHERE") ms"
  echo "caseload page:     $(sql_time "$SELECT $CM_WHERE ORDER BY p.created_at DESC, p.id DESC LIMIT 25 OFFSET 100") ms"
  echo "caseload count:    $(sql_time "SELECT COUNT(p.id) FROM participant p $CM_WHERE") ms"
} | tee "$OUT/sql.txt"
