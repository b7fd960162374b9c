#!/usr/bin/env bash
# Benchmark for labour-market information (issues 4 and 20), on PostgreSQL (127.0.0.1:5432, user postgres):
#   import  - the first start imports every LMI file Waypoint ships (from the server log), then each
#             file is imported again through the API (tools/lmi-import.sh), one after the other
#             (wall time per file, total);
#   profile - 16 concurrent users asking for an occupation's profile in an area (warm);
#   search  - 16 concurrent users searching occupations: words, codes, abbreviations, alternate titles, typos;
#   pathway - 16 concurrent users asking for a career pathway to a goal in an area;
#   explore - 16 concurrent users asking for occupations matching an interest code in a job zone.
# Each load scenario runs RUNS times (default 3) after one unmeasured run of every scenario; the
# median run (by server-side p95) is reported.
# Targets (issue 4, kept by issue 20): import < 20 s, profile p95 <= 30 ms, search p95 <= 50 ms.
# Conditions printed first: the machine's load and cores, PostgreSQL's version and settings; the
# database is vacuumed and analysed after the imports, as autovacuum would leave a real one.
# The LMI reads answer from the in-memory snapshot (LmiCatalog): no SQL runs per request, so the raw
# SQL floor of these scenarios is nil; the floor of the snapshot itself (reading every current row) is
# printed instead.
# The server runs at port offset 300 (8380) and is stopped at the end.
# Usage: bench/lmi.sh        (THREADS, REQUESTS, RUNS, SCENARIOS may be set in the environment)
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-16}
REQUESTS=${REQUESTS:-300}
RUNS=${RUNS:-3}
DB=waypoint_bench_lmi
BASE=http://127.0.0.1:8380/waypoint
PASSWORD='Bench-password-1'
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
DATA=ejb/src/main/resources/org/waypoint/lmi/data
OUT=bench/results
mkdir -p "$OUT" target

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests install

. bench/conditions.sh
conditions | tee "$OUT/lmi-conditions.txt"

echo "== fresh database $DB"
"${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

. bench/server.sh

# The shipped files and their kinds, as LmiStartupLoader ships them.
SHIPPED=()
while IFS= read -r line; do SHIPPED+=("$line"); done < <(
  grep -io 'shipped.put(LmiDatasetKind\.[A-Z_]*, "[^"]*"' ejb/src/main/java/org/waypoint/service/lmi/LmiStartupLoader.java \
    | sed -E 's/.*\.([A-Z_]+), "([^"]+)"/\1:\2/')
[ ${#SHIPPED[@]} -ge 12 ] || { echo "Cannot read the shipped files from LmiStartupLoader"; exit 1; }

{
  echo "first start: $(grep -o 'Imported [0-9]* shipped LMI files in [0-9]* ms' target/bench-server.log)"
  total=0
  for spec in "${SHIPPED[@]}"; do
    kind=${spec%%:*}; file=${spec#*:}
    begin=$(date +%s%N)
    WAYPOINT_URL=$BASE WAYPOINT_USER=bench-admin WAYPOINT_PASSWORD=$PASSWORD \
      tools/lmi-import.sh "$kind" "$DATA/$file" > "$OUT/lmi-import-$kind.json"
    ms=$(( ($(date +%s%N) - begin) / 1000000 ))
    echo "API import $file ($kind): $ms ms"
    total=$((total + ms))
  done
  echo "API import of everything shipped: $total ms"
} | tee "$OUT/lmi-import.txt"

"${PG[@]}" -d "$DB" -c "VACUUM ANALYZE"
{
  echo "== snapshot floor: reading every current LMI row in SQL (what a reload costs), median of 3"
  for table in lmi_projection lmi_wage lmi_occupation lmi_related_occupation lmi_education lmi_job_zone \
               lmi_interest lmi_alternate_title lmi_reported_title lmi_tool lmi_technology_skill lmi_task; do
    times=()
    for _ in 1 2 3; do
      t=$("${PG[@]}" -d "$DB" -At -c "EXPLAIN (ANALYZE, FORMAT JSON) SELECT t.* FROM $table t
            JOIN lmi_dataset d ON d.id = t.dataset_id WHERE d.current_data" \
          | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])')
      times+=("$t")
    done
    printf '%s: %s ms\n' "$table" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)"
  done
} | tee "$OUT/lmi-floor.txt"

# One scenario RUNS times; each run's client and server-side figures, then the median run.
scenario() {
  local name=$1 runs=()
  for run in $(seq 1 "$RUNS"); do
    java bench/LoadTest.java "$BASE" bench-admin "$PASSWORD" "$name" "$THREADS" "$REQUESTS" > "target/$name-$run.txt"
    server_side $((THREADS * REQUESTS)) "$name" >> "target/$name-$run.txt"
    echo "run $run: $(tr '\n' ' ' < "target/$name-$run.txt")"
    runs+=("$(grep 'server-side' "target/$name-$run.txt" | sed -E 's/.* p95 ([0-9]+) ms.*/\1/') $run")
  done
  local median
  median=$(printf '%s\n' "${runs[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p" | cut -d' ' -f2)
  echo "median run ($median of $RUNS, by server-side p95):"
  cat "target/$name-$median.txt"
}

# The server warms up on every scenario before any is measured: a server that has been up a while
# has compiled all of them, and the first scenario measured must not pay for the JIT of the rest
# (the profile, measured first, had p95 42-46 ms in its first run and 35-39 in its third).
for name in ${SCENARIOS:-lmi-profile lmi-search lmi-pathway lmi-explore}; do
  java bench/LoadTest.java "$BASE" bench-admin "$PASSWORD" "$name" "$THREADS" "$REQUESTS" > "target/$name-warm-up.txt"
done
echo "== warmed up: one unmeasured run of each scenario (plus LoadTest's own warm-up round in every run)"

for name in ${SCENARIOS:-lmi-profile lmi-search lmi-pathway lmi-explore}; do
  echo "== $name: $THREADS users x $REQUESTS requests each (after a warm-up), $RUNS runs"
  scenario "$name" | tee "$OUT/$name.txt"
done
