#!/usr/bin/env bash
# Page-load benchmark (issue 19): the plan editor, the heaviest page (PrimeFaces' components.js and
# the vis timeline), loaded in headless Chromium by a case manager of the embedded demo (after three
# uncounted loads that warm the server, as one in an office is), RUNS times
# cold (the browser cache emptied) and RUNS times warm (loaded again after a cold load). Prints each
# load's bytes over the wire, DOMContentLoaded and load (ms), and the medians (the harness is
# ear's test class org.waypoint.it.browser.PageLoadBench), with the machine's load average beside them.
# The server is the built one (ear/target/server, as `mvn install` leaves it), copied to
# target/pageload-server and started in demo mode on a database of its own under target/, at port
# offset $PORT_OFFSET (760 unless set: http 8840); it is stopped at the end. Everything stays on
# loopback. Needs Debian's chromium and chromium-driver.
# Usage: bench/page-load.sh          (RUNS, PORT_OFFSET may be set; BUILD=1 builds first)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-9}
PORT_OFFSET=${PORT_OFFSET:-760}
BASE=http://127.0.0.1:$((8080 + PORT_OFFSET))/waypoint
HOME_DIR=$PWD/target/pageload-home

if [ "${BUILD:-0}" = 1 ]; then
  mvn -B -q -ntp install -DskipTests
fi
mvn -B -q -ntp -pl ear test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/pageload.classpath
CP="ear/target/test-classes:$(cat ear/target/pageload.classpath)"

rm -rf target/pageload-server "$HOME_DIR"
mkdir -p "$HOME_DIR"
cp -r ear/target/server target/pageload-server
rm -rf target/pageload-server/standalone/data target/pageload-server/standalone/tmp target/pageload-server/standalone/log
export WAYPOINT_DB_URL="jdbc:h2:file:$HOME_DIR/db/waypoint;DB_CLOSE_ON_EXIT=FALSE" \
       WAYPOINT_SSN_KEY_FILE="$HOME_DIR/keys/ssn.key" WAYPOINT_MODE=demo
setsid target/pageload-server/bin/standalone.sh -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
  -Duser.home="$HOME_DIR" > target/pageload-server.log 2>&1 &
SERVER=$!
stop() { kill -- -"$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 150); do
  curl -sf "$BASE/api/v1/health" >/dev/null 2>&1 && break
  sleep 2
done
curl -sf "$BASE/api/v1/health" >/dev/null || { echo "Waypoint did not start: see target/pageload-server.log"; exit 1; }

echo "== plan editor, $RUNS cold and $RUNS warm loads; load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
java -cp "$CP" org.waypoint.it.browser.PageLoadBench "$BASE" cm-bluegrass Waypoint-demo-1 "$RUNS"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
