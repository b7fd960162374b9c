#!/usr/bin/env bash
# Starts (or stops) Waypoint on two WildFly nodes with WildFly's own load balancer in front: sessions
# are copied between the nodes (Infinispan over JGroups TCP, no multicast), so a user whose node is
# lost carries on on the other one. Both nodes use the same PostgreSQL database.
#
# Usage: tools/cluster.sh start | stop | status
# Build first: mvn -B -ntp install -Pcluster -DskipTests (provisions ear/target/cluster-server and
# ear/target/balancer). Ports, with WAYPOINT_CLUSTER_PORT_OFFSET=0: the balancer at 8080
# (http://localhost:8080/waypoint/), node1 at 8180, node2 at 8280 (JGroups 7700 and 7800).
# Environment: WAYPOINT_DB_DRIVER=postgresql, WAYPOINT_DB_URL, WAYPOINT_DB_USER, WAYPOINT_DB_PASSWORD
#   (required), any other WAYPOINT_* setting (passed on to both nodes), WAYPOINT_CLUSTER_HOME (where
#   each node's configuration, data, log and pid file go; default ear/target/cluster-run),
#   WAYPOINT_CLUSTER_PORT_OFFSET (default 0), WAYPOINT_CLUSTER_EAR (an EAR to deploy instead of the
#   built one), WAYPOINT_PIRL_DIR (where both nodes keep PIRL files; default WAYPOINT_CLUSTER_HOME/pirl),
#   JAVA_OPTS (each node's JVM options; default -Xms256m -Xmx1g).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
NODE_SERVER=${WAYPOINT_CLUSTER_SERVER:-$ROOT/ear/target/cluster-server}
BALANCER_SERVER=${WAYPOINT_CLUSTER_BALANCER:-$ROOT/ear/target/balancer}
HOME_DIR=${WAYPOINT_CLUSTER_HOME:-$ROOT/ear/target/cluster-run}
OFFSET=${WAYPOINT_CLUSTER_PORT_OFFSET:-0}
NODES="node1 node2"

node_offset() { # node1: 100, node2: 200 above the balancer
  echo $((OFFSET + ${1#node} * 100))
}

pid_of() {
  local file="$HOME_DIR/$1.pid"
  if [ -s "$file" ] && kill -0 "$(cat "$file")" 2>/dev/null; then cat "$file"; fi
}

wait_for() { # name url: until the URL answers 200, the process ends, or 5 minutes pass
  local name=$1 url=$2 deadline=$((SECONDS + 300))
  while [ $SECONDS -lt $deadline ]; do
    if [ -z "$(pid_of "$name")" ]; then
      echo "$name stopped while starting: see $HOME_DIR/$name.log" >&2
      return 1
    fi
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)" = 200 ]; then
      echo "$name is up: $url"
      return 0
    fi
    sleep 2
  done
  echo "$name did not answer $url within 5 minutes: see $HOME_DIR/$name.log" >&2
  return 1
}

launch() { # name server-home offset extra-args...
  local name=$1 server=$2 offset=$3
  shift 3
  local base="$HOME_DIR/$name"
  rm -rf "$base"
  mkdir -p "$base"
  cp -r "$server/standalone/configuration" "$base/"
  mkdir -p "$base/deployments"
  if [ -d "$server/standalone/deployments" ]; then
    cp -r "$server/standalone/deployments/." "$base/deployments/"
  fi
  if [ -n "${WAYPOINT_CLUSTER_EAR:-}" ] && compgen -G "$base/deployments/*.ear" >/dev/null; then
    rm -f "$base/deployments/"*.ear*
    cp "$WAYPOINT_CLUSTER_EAR" "$base/deployments/waypoint.ear"
  fi
  # the server runs in the background; its pid file is written by standalone.sh
  JBOSS_PIDFILE="$HOME_DIR/$name.pid" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx1g} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true" \
    nohup "$server/bin/standalone.sh" \
      -Djboss.server.base.dir="$base" \
      -Djboss.node.name="$name" \
      -Djboss.socket.binding.port-offset="$offset" \
      "$@" >"$HOME_DIR/$name.log" 2>&1 &
  local deadline=$((SECONDS + 30))
  until [ -s "$HOME_DIR/$name.pid" ] || [ $SECONDS -ge $deadline ]; do sleep 0.2; done
}

start() {
  [ "${WAYPOINT_DB_DRIVER:-}" = postgresql ] && [ -n "${WAYPOINT_DB_URL:-}" ] || {
    echo "Set WAYPOINT_DB_DRIVER=postgresql and WAYPOINT_DB_URL (with WAYPOINT_DB_USER and" \
      "WAYPOINT_DB_PASSWORD): both nodes need the same database, which the embedded H2 file cannot be." >&2
    exit 2
  }
  for server in "$NODE_SERVER" "$BALANCER_SERVER"; do
    [ -x "$server/bin/standalone.sh" ] || {
      echo "$server is not built: run mvn -B -ntp install -Pcluster -DskipTests first." >&2
      exit 2
    }
  done
  mkdir -p "$HOME_DIR"
  # PIRL files are written by the node that runs the job and downloaded through either node
  export WAYPOINT_PIRL_DIR=${WAYPOINT_PIRL_DIR:-$HOME_DIR/pirl}
  mkdir -p "$WAYPOINT_PIRL_DIR"
  for name in $NODES balancer; do
    if [ -n "$(pid_of $name)" ]; then
      echo "$name is already running (pid $(pid_of $name)): tools/cluster.sh stop first." >&2
      exit 2
    fi
  done
  local peers=(
    -Dwaypoint.cluster.peer1.port=$((7600 + $(node_offset node1)))
    -Dwaypoint.cluster.peer2.port=$((7600 + $(node_offset node2)))
  )
  # one node at a time: the first start migrates the database
  for name in $NODES; do
    launch "$name" "$NODE_SERVER" "$(node_offset $name)" "${peers[@]}"
    wait_for "$name" "http://127.0.0.1:$((8080 + $(node_offset $name)))/waypoint/api/v1/health"
  done
  launch balancer "$BALANCER_SERVER" "$OFFSET" \
    -Dwaypoint.cluster.node1.port=$((8080 + $(node_offset node1))) \
    -Dwaypoint.cluster.node2.port=$((8080 + $(node_offset node2)))
  wait_for balancer "http://127.0.0.1:$((8080 + OFFSET))/waypoint/api/v1/health"
  echo "Waypoint is at http://localhost:$((8080 + OFFSET))/waypoint/ (logs and pids in $HOME_DIR)"
}

stop() {
  for name in balancer $NODES; do
    local pid
    pid=$(pid_of $name)
    if [ -n "$pid" ]; then
      kill "$pid"
      local deadline=$((SECONDS + 60))
      while kill -0 "$pid" 2>/dev/null && [ $SECONDS -lt $deadline ]; do sleep 0.5; done
      kill -9 "$pid" 2>/dev/null || true
      echo "$name stopped"
    fi
    rm -f "$HOME_DIR/$name.pid"
  done
}

status() {
  for name in $NODES balancer; do
    local pid
    pid=$(pid_of $name)
    if [ -n "$pid" ]; then echo "$name: running (pid $pid)"; else echo "$name: stopped"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *)
    sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
