package org.waypoint.service.reporting.pirl;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that starts marks failed the PIRL runs its own stop interrupted, and no other: in a
 * cluster (issue 22) node2 starting while node1 writes a run must leave that run alone. On the
 * real migrations (H2).
 */
class PirlRecoveryTest {

    private Connection c;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:pirl-recovery" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .load()
                .migrate();
        c = DriverManager.getConnection(url, "sa", "");
        sql(
                "INSERT INTO state_profile (code, name, assessment_max_age_months, version) VALUES ('KY', 'Kentucky', 6, 1)");
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    @Test
    void aStartingNodeFailsItsOwnInterruptedRunsAndLeavesTheOtherNodesRunning() throws SQLException {
        run(1, "RUNNING", "'node1'");
        run(2, "RUNNING", "'node2'");
        run(3, "STARTING", "'node1'");
        run(4, "STOPPED", "'node1'");
        run(5, "RUNNING", "NULL"); // recorded before runs named their node: a single server's

        int marked = PirlRunStore.markInterrupted(c, "node1", LocalDateTime.of(2026, 12, 7, 9, 0));

        assertThat(marked).isEqualTo(3);
        assertThat(statuses())
                .containsExactly(
                        Map.entry(1L, "FAILED"),
                        Map.entry(2L, "RUNNING"),
                        Map.entry(3L, "FAILED"),
                        Map.entry(4L, "STOPPED"),
                        Map.entry(5L, "FAILED"));
    }

    private void run(long id, String status, String node) throws SQLException {
        sql("INSERT INTO pirl_run (id, state_code, report_quarter, started_by, started_at, status, node) VALUES ("
                + id + ", 'KY', '2026Q3', 'state-admin', TIMESTAMP '2026-12-07 08:00:00', '" + status + "', " + node
                + ")");
    }

    private Map<Long, String> statuses() throws SQLException {
        Map<Long, String> statuses = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id, status FROM pirl_run ORDER BY id")) {
            while (r.next()) {
                statuses.put(r.getLong(1), r.getString(2));
            }
        }
        return statuses;
    }

    private void sql(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
