#!/usr/bin/env bash
# A whole state's records (issue 21), on PostgreSQL (127.0.0.1:5432, user postgres):
#   first start  - the built server on an empty database (schema, reference data), from launch to
#                  WildFly's "started" line;
#   generation   - COUNT synthetic participants (default 1,000,000) with their enrollments, services,
#                  notes and determinations (tools: SyntheticParticipants), wall time and rate;
#   VACUUM ANALYZE, as autovacuum would leave a real database (autovacuum may be off here);
#   start again  - the same server on the full database;
#   name-prefix  - 16 concurrent users: a state admin searching by the first 2-3 letters of a common
#                  last or first name (GET /api/v1/participants?q=), 25 a page, with the count;
#   caseload     - 16 concurrent users: a case manager paging through their own participants, newest
#                  first (GET /api/v1/participants?caseManager=), one of the first 10 pages;
#   participant-page - 16 case managers of one LWDA, each signed in through the login form, opening
#                  the case file (GET /participants/view.xhtml?id=) of one of 500 random participants
#                  of their LWDA;
#   plan-editor  - the same, opening the plan editor (GET /plans/edit.xhtml?id=) of one of 500 random
#                  plans of their LWDA.
# Each scenario runs RUNS times (default 3) after one unmeasured run of every scenario; the median run
# (by server-side p95) is reported, with the raw SQL floor of the same queries (median of 3
# EXPLAIN ANALYZE of what the server sends for one request: the page, then the count) and the ratio.
# Targets (issue 21, server-side p95 at 16 users): name search <= 50 ms, caseload page <= 50 ms,
# participant page <= 150 ms, plan editor first load <= 200 ms. The floor of a page is every read it
# sent, captured from PostgreSQL's log while 10 pages were fetched and run again (bench/page_floor.py).
# Conditions printed first: cores, memory, load before starting, PostgreSQL's version and settings.
# The server runs at port offset 300 (8380) and is stopped at the end.
# Usage: bench/state-scale.sh    (COUNT, THREADS, REQUESTS, RUNS, SCENARIOS may be set; REUSE_DB=1
#                                 measures again on the database a previous run filled)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT=${COUNT:-1000000}
THREADS=${THREADS:-16}
REQUESTS=${REQUESTS:-200}
RUNS=${RUNS:-3}
SCENARIOS=${SCENARIOS:-name-prefix caseload participant-page plan-editor}
DB=waypoint_bench_scale
BASE=http://127.0.0.1:8380/waypoint
PASSWORD='Bench-password-1'
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
OUT=bench/results
mkdir -p "$OUT" target

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests install

. bench/conditions.sh
conditions | tee "$OUT/scale-conditions.txt"

# started: the server's own start time, from its log.
started() { grep -o 'started in [0-9]*ms' target/bench-server.log | tail -1; }

if [ "${REUSE_DB:-0}" != 1 ]; then
  echo "== fresh database $DB: first start on an empty database"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  (
    . bench/server.sh
    echo "first start on an empty database: $(started)" | tee "$OUT/scale-start.txt"
  )
  HASH=$(java -cp ejb/target/classes bench/HashPassword.java "$PASSWORD")
  "${PG[@]}" -d "$DB" -c "INSERT INTO staff_account (id, username, display_name, role, lwda_id, password_hash,
      failed_attempts, enabled, demo, password_changed_at, version)
    SELECT nextval('waypoint_seq'), 'bench-cm', 'Bench Case Manager', 'CASE_MANAGER', id, '$HASH', 0, TRUE, FALSE, now(), 0
    FROM lwda WHERE state_code = 'KY' AND name = 'Bluegrass'"

  echo "== $COUNT synthetic participants"
  begin=$(date +%s)
  mvn -B -q -o -pl tools -am process-classes -Psynthetic-participants \
    -Dexec.args="--url jdbc:postgresql://127.0.0.1:5432/$DB --user postgres --password postgres --count $COUNT" \
    | tee "$OUT/scale-generation.txt"
  echo "generated in $(( $(date +%s) - begin )) s" | tee -a "$OUT/scale-generation.txt"
  begin=$(date +%s)
  "${PG[@]}" -d "$DB" -c "VACUUM ANALYZE"
  echo "VACUUM ANALYZE in $(( $(date +%s) - begin )) s" | tee -a "$OUT/scale-generation.txt"
fi

echo "== start on the full database"
# a server sized as an agency's would be (README, "Memory"); WildFly's default 512 MB heap left the
# collector in back-to-back cycles under 16 plan-editor users
export SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS:--Xms2g -Xmx2g}"
echo "server JVM options added: $SERVER_JAVA_OPTS" | tee -a "$OUT/scale-conditions.txt"
. bench/server.sh
echo "start on a database of $("${PG[@]}" -d "$DB" -At -c "SELECT to_char(COUNT(*), 'FM9,999,999') FROM participant")" \
     "participants ($("${PG[@]}" -d "$DB" -At -c "SELECT pg_size_pretty(pg_database_size('$DB'))")): $(started)" \
  | tee -a "$OUT/scale-start.txt"
CM_ID=$("${PG[@]}" -d "$DB" -At -c "SELECT id FROM staff_account WHERE username = 'bench-cm'")
LWDA_ID=$("${PG[@]}" -d "$DB" -At -c "SELECT lwda_id FROM staff_account WHERE username = 'bench-cm'")
echo "bench-cm's caseload: $("${PG[@]}" -d "$DB" -At -c "SELECT COUNT(*) FROM participant WHERE case_manager_id = $CM_ID")"
"${PG[@]}" -d "$DB" -At -c "SELECT id FROM participant WHERE lwda_id = $LWDA_ID ORDER BY random() LIMIT 500" \
  > target/bench-participants.txt
"${PG[@]}" -d "$DB" -At -c "SELECT id FROM plan WHERE lwda_id = $LWDA_ID ORDER BY random() LIMIT 500" > target/bench-plans.txt
echo "pages opened: 500 random participants and $(wc -l < target/bench-plans.txt) random plans of bench-cm's LWDA" \
     "(of $("${PG[@]}" -d "$DB" -At -c "SELECT COUNT(*) FROM plan") plans in all)"

# The raw SQL floor: what the server sends for one request, each statement the median of 3 EXPLAIN
# ANALYZE in one warm session, summed; averaged over the prefixes and pages the load uses. A name
# search sorted by name sends the page's ids off the last names (and off the first names whose last
# name does not match, which these common prefixes never reach on page one: counted here anyway),
# the counts of both (up to 1,001), then the rows of the 25 ids; a caseload page its ids, the count
# (up to 1,001), then the rows.
sql_ms() {
  local explain="EXPLAIN (ANALYZE, FORMAT JSON) $1"
  "${PG[@]}" -d "$DB" -At -c "$explain" -c "$explain" -c "$explain" -c "$explain" | python3 -c '
import json, sys
text, decoder, i, times = sys.stdin.read(), json.JSONDecoder(), 0, []
while i < len(text):
    if text[i].isspace():
        i += 1
        continue
    plan, i = decoder.raw_decode(text, i)
    times.append(plan[0]["Execution Time"])
print(sorted(times[1:])[1])  # the first run warms the session; the median of the other three'
}
ROWS="SELECT p.id, p.participant_number, p.first_name, p.last_name, p.date_of_birth, p.ssn_last4, l.name, o.name, c.username
  FROM participant p JOIN lwda l ON l.id = p.lwda_id LEFT JOIN office o ON o.id = p.office_id
  LEFT JOIN staff_account c ON c.id = p.case_manager_id WHERE p.id IN"
floor() {
  local total=0 n=0 ms ids
  case $1 in
    name-prefix)
      for prefix in smi joh wil bro mi ga da ro her lo; do
        local to
        to=$(python3 -c "w='$prefix'; print(w[:-1] + chr(ord(w[-1]) + 1))")
        local last="p.last_name_search >= '$prefix' AND p.last_name_search < '$to'"
        local first="p.first_name_search >= '$prefix' AND p.first_name_search < '$to' AND NOT ($last)"
        local order="ORDER BY p.last_name_search, p.first_name_search, p.id LIMIT 25"
        ids=$("${PG[@]}" -d "$DB" -At -c "SELECT string_agg(id::text, ',') FROM (SELECT p.id FROM participant p WHERE $last $order) x")
        ms=$(python3 -c "print($(sql_ms "SELECT p.id FROM participant p WHERE $last $order") \
          + $(sql_ms "SELECT p.id FROM participant p WHERE $first ORDER BY p.first_name_search, p.last_name_search, p.id LIMIT 25") \
          + $(sql_ms "SELECT p.id FROM participant p WHERE $last LIMIT 1001") \
          + $(sql_ms "SELECT p.id FROM participant p WHERE $first LIMIT 1001") \
          + $(sql_ms "$ROWS (${ids:-0})"))")
        total=$(python3 -c "print($total + $ms)"); n=$((n + 1))
      done ;;
    caseload)
      local where="WHERE p.lwda_id = $LWDA_ID AND p.case_manager_id = $CM_ID"
      for page in 0 2 4 6 9; do
        local page_sql="SELECT p.id FROM participant p $where ORDER BY p.created_at DESC, p.id DESC LIMIT 25 OFFSET $((page * 25))"
        ids=$("${PG[@]}" -d "$DB" -At -c "SELECT string_agg(id::text, ',') FROM ($page_sql) x")
        ms=$(python3 -c "print($(sql_ms "$page_sql") + $(sql_ms "SELECT p.id FROM participant p $where LIMIT 1001") \
          + $(sql_ms "$ROWS (${ids:-0})"))")
        total=$(python3 -c "print($total + $ms)"); n=$((n + 1))
      done ;;
    participant-page) page_floor "/participants/view.xhtml?id=" target/bench-participants.txt; return ;;
    plan-editor) page_floor "/plans/edit.xhtml?id=" target/bench-plans.txt; return ;;
    *) echo "n/a"; return ;;
  esac
  python3 -c "print(round($total / $n, 2))"
}

# page_floor PATH IDS: signs bench-cm in, fetches 10 pages with every statement logged, then
# bench/page_floor.py runs each read again; prints the floor in ms a page.
page_floor() {
  local jar=target/bench-cookies.txt state log=/var/log/postgresql/postgresql-15-main.log offset
  rm -f "$jar"
  state=$(curl -s -c "$jar" -b "$jar" "$BASE/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "login=login" --data-urlencode "login:username=bench-cm" \
    --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:submit=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$BASE/login.xhtml"
  "${PG[@]}" -d "$DB" -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" > /dev/null
  sleep 1
  offset=$(stat -c %s "$log")
  for id in $(head -10 "$2"); do curl -s -b "$jar" -c "$jar" -o /dev/null "$BASE$1$id"; done
  sleep 1
  "${PG[@]}" -d "$DB" -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" > /dev/null
  python3 bench/page_floor.py "$log" "$offset" "$DB" 10 "target/page-floor-${1//[^a-z]/}.sql" | tee target/page-floor.txt >&2
  sed -E 's/page SQL floor: ([0-9.]+) ms.*/\1/' target/page-floor.txt
}

# One scenario RUNS times; each run's client and server-side figures, then the median run.
scenario() {
  local name=$1 user=$2 runs=()
  for run in $(seq 1 "$RUNS"); do
    java -Dids="$(ids_of "$name")" bench/LoadTest.java "$BASE" "$user" "$PASSWORD" "$name" "$THREADS" "$REQUESTS" \
      > "target/$name-$run.txt"
    server_side $((THREADS * REQUESTS)) "$name" "$(path_of "$name")" >> "target/$name-$run.txt"
    echo "run $run: $(tr '\n' ' ' < "target/$name-$run.txt")"
    runs+=("$(grep 'server-side' "target/$name-$run.txt" | sed -E 's/.* p95 ([0-9]+) ms.*/\1/') $run")
  done
  local median p95 sql
  median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" | cut -d' ' -f2)
  echo "median run ($median of $RUNS, by server-side p95):"
  cat "target/$name-$median.txt"
  p95=$(grep 'server-side' "target/$name-$median.txt" | sed -E 's/.* p95 ([0-9]+) ms.*/\1/')
  sql=$(floor "$name")
  if [ "$sql" = n/a ]; then
    echo "raw SQL floor: not measured for this scenario"
  else
    echo "raw SQL floor (every statement of one request, one user, mean over the prefixes or pages): $sql ms;" \
         "server-side p95 / floor: $(python3 -c "print(round($p95 / max($sql, 0.01), 1))")"
  fi
}

user_of() { case $1 in name-prefix) echo bench-admin ;; *) echo bench-cm ;; esac; }
path_of() { case $1 in participant-page) echo /waypoint/participants/view.xhtml ;; plan-editor) echo /waypoint/plans/edit.xhtml ;; *) echo /waypoint/api/v1/participants ;; esac; }
ids_of() { case $1 in participant-page) echo target/bench-participants.txt ;; plan-editor) echo target/bench-plans.txt ;; *) echo none ;; esac; }

for name in $SCENARIOS; do
  java -Dids="$(ids_of "$name")" bench/LoadTest.java "$BASE" "$(user_of "$name")" "$PASSWORD" "$name" "$THREADS" "$REQUESTS" \
    > "target/$name-warm-up.txt"
done
echo "== warmed up: one unmeasured run of each scenario (plus LoadTest's own warm-up round in every run)"

for name in $SCENARIOS; do
  echo "== $name: $THREADS users x $REQUESTS requests each (after a warm-up), $RUNS runs"
  scenario "$name" "$(user_of "$name")" | tee "$OUT/scale-$name.txt"
done
