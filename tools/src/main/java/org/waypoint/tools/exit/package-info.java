/**
 * Tools for the exit job (issue 14): the benchmark's runner, which migrates a database and runs the
 * job's own SQL ({@link org.waypoint.service.exit.ExitSql}) on it with plain JDBC.
 */
package org.waypoint.tools.exit;
