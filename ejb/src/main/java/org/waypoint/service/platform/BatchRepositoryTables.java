package org.waypoint.service.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * WildFly's batch subsystem keeps its job repository in the Waypoint database (so that a PIRL run
 * can be restarted after the server was killed) and JBeret creates its four tables when the server
 * boots, before Waypoint's first migration. Flyway then finds a schema that is not empty and has no
 * history, and refuses it. This tells that case apart: a schema holding JBeret's tables and nothing
 * else is new, and Flyway starts it from version 0; any other table still stops the migration.
 */
final class BatchRepositoryTables {

    static final Set<String> JBERET = Set.of("JOB_INSTANCE", "JOB_EXECUTION", "STEP_EXECUTION", "PARTITION_EXECUTION");

    private BatchRepositoryTables() {}

    /** True when the connection's schema has no Flyway history and only JBeret's tables, at least one. */
    static boolean onlyBatchTables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet r =
                meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                tables.add(r.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return !tables.isEmpty() && JBERET.containsAll(tables);
    }
}
