# Sourced by the benchmarks: starts the built Waypoint (ear/target/server, copied to
# target/bench-server) in production mode on the PostgreSQL database $DB at port offset $PORT_OFFSET
# (default 300: http 8380), with the bootstrap state admin bench-admin / $PASSWORD, waits until it
# answers, and stops it on exit. Needs DB, BASE and PASSWORD set. Optional: SERVER_JAVA_OPTS, added
# to the copy's JVM options after WildFly's defaults (so -Xmx there wins), and WAYPOINT_SSN_KEY (the
# SSN key the data was sealed with; a random one otherwise).
PORT_OFFSET=${PORT_OFFSET:-300}
rm -rf target/bench-server
cp -r ear/target/server target/bench-server
rm -rf target/bench-server/standalone/data target/bench-server/standalone/tmp target/bench-server/standalone/log
# An access log with each request's server-side time (%D, milliseconds from the moment Undertow
# read the request to the end of the response) and the status, for server_side below.
cat > target/bench-access-log.cli <<'CLI'
embed-server --std-out=discard
/subsystem=undertow/server=default-server/http-listener=default:write-attribute(name=record-request-start-time, value=true)
/subsystem=undertow/server=default-server/host=default-host/setting=access-log:add(pattern="%D %U %s", prefix=access, suffix=.log, rotate=false)
stop-embedded-server
CLI
target/bench-server/bin/jboss-cli.sh --file=target/bench-access-log.cli > target/bench-cli.log 2>&1 \
  || { echo "Cannot configure the access log: see target/bench-cli.log"; exit 1; }
if [ -n "${SERVER_JAVA_OPTS:-}" ]; then
  printf '\nJAVA_OPTS="$JAVA_OPTS %s"\n' "$SERVER_JAVA_OPTS" >> target/bench-server/bin/standalone.conf
fi
export WAYPOINT_DB_DRIVER=postgresql WAYPOINT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" \
       WAYPOINT_DB_USER=postgres WAYPOINT_DB_PASSWORD=postgres WAYPOINT_MODE=production \
       WAYPOINT_BOOTSTRAP_ADMIN=bench-admin WAYPOINT_BOOTSTRAP_ADMIN_PASSWORD="$PASSWORD" \
       WAYPOINT_SSN_KEY="${WAYPOINT_SSN_KEY:-$(head -c 32 /dev/urandom | base64)}" \
       WAYPOINT_REQUIRE_HTTPS=false # the load comes over loopback in plain HTTP
setsid target/bench-server/bin/standalone.sh -Djboss.socket.binding.port-offset="$PORT_OFFSET" > target/bench-server.log 2>&1 &
SERVER=$!
stop() { kill -- -"$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap stop EXIT
for _ in $(seq 1 90); do
  curl -sf "$BASE/api/v1/health" >/dev/null 2>&1 && break
  sleep 2
done
curl -sf "$BASE/api/v1/health" >/dev/null || { echo "Waypoint did not start: see target/bench-server.log"; exit 1; }

# server_side N LABEL [PATH]: p50/p95/p99 of the server-side times of the last N requests in the
# access log, of those to PATH (a prefix of the URL path) when given: page users sign in and out
# around their round, and those requests are not the pages measured.
server_side() {
  sleep 3 # the access log is written in the background
  awk -v path="${3:-}" 'path == "" || index($2, path) == 1' target/bench-server/standalone/log/access.log \
    | tail -n "$1" | awk '{print $1}' | sort -n | awk -v label="$2" '
    { t[NR] = $1 }
    END { printf "%s server-side: %d requests, p50 %d ms, p95 %d ms, p99 %d ms\n", label, NR,
          t[int(NR * 0.50 + 0.999)], t[int(NR * 0.95 + 0.999)], t[int(NR * 0.99 + 0.999)] }'
}
