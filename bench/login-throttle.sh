#!/usr/bin/env bash
# Issue 18: does a credential-stuffing attack (8 threads of wrong passwords) slow another user?
# Starts the built server (ear/target/server, `mvn -B -DskipTests install` first) twice on a fresh
# embedded H2 with the demo data: once with the sign-in throttle at its defaults, once with it
# effectively off (limits of a million), and runs bench/LoginStorm.java against each: the victim
# (cm-bluegrass, a page of 20 participants over HTTP Basic) alone and under attack, PHASE seconds each.
# Prints the machine's load first. Usage: bench/login-throttle.sh [PHASE_SECONDS] (default 30)
set -euo pipefail
cd "$(dirname "$0")/.."
PHASE="${1:-30}"
OFFSET=700
URL="http://127.0.0.1:$((8080 + OFFSET))/waypoint"
SERVER=ear/target/server
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

run() {
  local label="$1"; shift
  local db; db=$(mktemp -d)
  WAYPOINT_DB_URL="jdbc:h2:file:$db/waypoint;DB_CLOSE_ON_EXIT=FALSE" WAYPOINT_SSN_KEY_FILE="$db/ssn.key" \
    "$SERVER/bin/standalone.sh" -Djboss.socket.binding.port-offset=$OFFSET "$@" > "$db/server.out" 2>&1 &
  local pid=$!
  for _ in $(seq 1 600); do
    curl -sf -u cm-bluegrass:Waypoint-demo-1 "$URL/api/v1/participants?max=1" > /dev/null && break
    sleep 1
  done
  sleep 20 # the demo data's background jobs settle
  echo "== $label"
  java bench/LoginStorm.java "$URL" cm-bluegrass Waypoint-demo-1 "$PHASE"
  pkill -f "port-offset=$OFFSET" || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$db"
}

run "throttle at its defaults (20 failures a minute per address, 10 per user name)"
run "throttle off (limits of 1,000,000)" \
  -Dwaypoint.security.throttle.address-failures=1000000 -Dwaypoint.security.throttle.user-failures=1000000
