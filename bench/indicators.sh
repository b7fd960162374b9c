#!/usr/bin/env bash
# The performance indicators at state scale (issue 16): COUNT synthetic participants (default
# 1,000,000; bench/exit-data.sql) with UI wage records, trainings, credentials and skill gains
# (bench/indicators-data.sql) on a fresh PostgreSQL database, then the indicators page's reads
# timed over JDBC with the server's own SQL (bench/IndicatorsBench.java): the report by program and
# by LWDA, and the eight-quarter trend. REUSE_DB=1 measures again on the database already made.
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT=${COUNT:-1000000}
DB=${DB:-waypoint_bench_indicators}
URL=jdbc:postgresql://127.0.0.1:5432
PG=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -X)
mkdir -p target

mvn -B -q -ntp -DskipTests -pl tools -am install
mvn -B -q -ntp -pl tools dependency:build-classpath -Dmdep.outputFile=target/indicators-bench.classpath
# This checkout's own modules only (not another build's jars from the local repository).
CP="tools/target/classes:ejb/target/classes:persistence/target/classes:$(tr ':' '\n' < tools/target/indicators-bench.classpath \
  | grep -v '/org/waypoint/' | paste -sd:)"

if [ "${REUSE_DB:-0}" != 1 ]; then
  echo "== fresh database $DB, migrated"
  "${PG[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"
  java -cp "$CP" org.waypoint.tools.exit.ExitJobBench migrate "$URL/$DB"
  start=$(date +%s)
  "${PG[@]}" -d "$DB" -v n="$COUNT" -f bench/exit-data.sql
  "${PG[@]}" -d "$DB" -f bench/indicators-data.sql
  echo "generated in $(( $(date +%s) - start )) s"
fi
java -cp "$CP" bench/IndicatorsBench.java "$URL/$DB" "${PGUSER:-postgres}" "${PGPASSWORD:-}"
