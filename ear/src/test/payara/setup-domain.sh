#!/usr/bin/env bash
# A Payara Server domain for the integration tests (mvn verify -Ppayara), configured as the README's
# "Deploying to an existing server" asks an operator to: the PostgreSQL driver, a JDBC resource
# jdbc/waypoint, a mail resource mail/waypoint, Waypoint's settings as JVM options, and the EJB
# container's own log at SEVERE: as WildFly's log-system-exceptions=false (configure-server.cli), so a
# call the caller's role may not make is logged in one line by the application, not as a stack trace
# by the container. The task digest's timer fires every minute (the colon escaped for asadmin), so
# that DailyJobsApiIT sees Payara's timer service fire it. Arquillian then starts the domain and
# deploys the EAR as built.
#
#   setup-domain.sh PAYARA_HOME DOMAIN PORTBASE POSTGRESQL_JAR PG_HOST PG_PORT PG_DATABASE PG_USER PG_PASSWORD SSN_KEY SMTP_PORT
set -euo pipefail
payara_home=$1 domain=$2 portbase=$3 driver_jar=$4
pg_host=$5 pg_port=$6 pg_database=$7 pg_user=$8 pg_password=$9 ssn_key=${10} smtp_port=${11}
asadmin="$payara_home/bin/asadmin"
admin_port=$((portbase + 48))

"$asadmin" stop-domain "$domain" >/dev/null 2>&1 || true
"$asadmin" delete-domain "$domain" >/dev/null 2>&1 || true
"$asadmin" create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
cp "$driver_jar" "$payara_home/glassfish/domains/$domain/lib/"
# A new domain's first start fills in its configuration while other services start; now and then one
# of them reads the part not yet there and the start fails (seen once in CI: TransactionServiceConfigListener,
# "getMonitoringService() is null"). The second start finds it whole.
if ! "$asadmin" start-domain "$domain" >/dev/null 2>&1; then
  echo "The new domain's first start failed; starting it again"
  "$asadmin" start-domain "$domain" >/dev/null
fi

commands=$(mktemp)
trap 'rm -f "$commands"' EXIT
cat >"$commands" <<COMMANDS
create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 30 --isconnectvalidatereq=true --validationmethod auto-commit --property serverName=$pg_host:portNumber=$pg_port:databaseName=$pg_database:user=$pg_user:password=$pg_password WaypointPool
create-jdbc-resource --connectionpoolid WaypointPool jdbc/waypoint
create-javamail-resource --mailhost 127.0.0.1 --mailuser waypoint --fromaddress waypoint@localhost --property mail-smtp-port=$smtp_port mail/waypoint
delete-jvm-options -Xmx512m
create-jvm-options -Xmx1g
create-jvm-options "-Dwaypoint.ssn.key=$ssn_key"
create-jvm-options -Dwaypoint.require-https=false
create-jvm-options "-Dwaypoint.task-digest.schedule=*\:*"
set-log-levels jakarta.enterprise.ejb.container=SEVERE
COMMANDS
"$asadmin" --port "$admin_port" multimode --file "$commands"
"$asadmin" stop-domain "$domain" >/dev/null
echo "Payara domain $domain ready (admin port $admin_port, HTTP port $((portbase + 80)))"
