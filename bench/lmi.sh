#!/usr/bin/env bash
# Benchmark for labour-market information (issue 4), on PostgreSQL (127.0.0.1:5432, user postgres):
#   import  - the first start imports every LMI file Waypoint ships (from the server log), then each
#             file is imported again with tools/lmi-import.sh (the API), one after the other (wall time per file, total);
#   profile - 16 concurrent users asking for an occupation's profile in an area (warm);
#   search  - 16 concurrent users searching occupations.
# Targets (issue 4): import < 20 s, profile p95 < 30 ms, search p95 < 50 ms.
# The server runs at port offset 300 (8380) and is stopped at the end.
# Usage: bench/lmi.sh        (THREADS, REQUESTS may be set in the environment)
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-16}
REQUESTS=${REQUESTS:-300}
DB=waypoint_bench_lmi
BASE=http://127.0.0.1:8380/waypoint
PASSWORD='Bench-password-1'
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
DATA=ejb/src/main/resources/org/waypoint/lmi/data
OUT=bench/results
mkdir -p "$OUT" target

[ -x ear/target/server/bin/standalone.sh ] || mvn -B -q -DskipTests install

echo "== fresh database $DB"
"${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

. bench/server.sh

{
  echo "first start: $(grep -o 'Imported [0-9]* shipped LMI files in [0-9]* ms' target/bench-server.log)"
  total=0
  for spec in OCCUPATIONAL_OUTLOOK:occupational-outlook-2022-2032.xlsx OEWS_WAGES:oews-national-m2024.xlsx \
              ONET_OCCUPATIONS:onet-29.2-occupation-data.txt ONET_RELATED_OCCUPATIONS:onet-29.2-related-occupations.txt \
              ONET_EDUCATION:onet-29.2-education-training-experience.txt ONET_JOB_ZONES:onet-29.2-job-zones.txt \
              ONET_INTERESTS:onet-29.2-interests.txt ONET_ALTERNATE_TITLES:onet-29.2-alternate-titles.txt \
              ONET_REPORTED_TITLES:onet-29.2-reported-titles.txt ONET_TOOLS:onet-29.2-tools-used.txt \
              ONET_TECHNOLOGY_SKILLS:onet-29.2-technology-skills.txt ONET_TASKS:onet-29.2-task-statements.txt; do
    kind=${spec%%:*}; file=${spec#*:}
    begin=$(date +%s%N)
    WAYPOINT_URL=$BASE WAYPOINT_USER=bench-admin WAYPOINT_PASSWORD=$PASSWORD \
      tools/lmi-import.sh "$kind" "$DATA/$file" > "$OUT/lmi-import-$kind.json"
    ms=$(( ($(date +%s%N) - begin) / 1000000 ))
    echo "API import $file: $ms ms"
    total=$((total + ms))
  done
  echo "API import of everything shipped: $total ms"
} | tee "$OUT/lmi-import.txt"

echo "== load: $THREADS users x $REQUESTS requests each (after a warm-up)"
java bench/LoadTest.java "$BASE" bench-admin "$PASSWORD" lmi-profile "$THREADS" "$REQUESTS" | tee "$OUT/lmi-profile.txt"
server_side $((THREADS * REQUESTS)) lmi-profile | tee -a "$OUT/lmi-profile.txt"
java bench/LoadTest.java "$BASE" bench-admin "$PASSWORD" lmi-search "$THREADS" "$REQUESTS" | tee "$OUT/lmi-search.txt"
server_side $((THREADS * REQUESTS)) lmi-search | tee -a "$OUT/lmi-search.txt"
