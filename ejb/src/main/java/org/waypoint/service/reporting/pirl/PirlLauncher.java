package org.waypoint.service.reporting.pirl;

import jakarta.batch.runtime.BatchRuntime;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import javax.sql.DataSource;
import org.waypoint.service.common.CalendarQuarter;

/**
 * Records a PIRL run (autocommit, so the job finds its row) and starts its batch job: the one way
 * runs begin, from {@link PirlRunService} and from the embedded demo's start-up. Checked input only.
 */
final class PirlLauncher {

    private PirlLauncher() {}

    static long launch(
            DataSource dataSource, String state, CalendarQuarter quarter, String by, boolean demo, Integer chunkSize) {
        String quarterCode = PirlQuarter.code(quarter);
        long runId;
        try (Connection c = dataSource.getConnection()) {
            runId = PirlRunStore.insert(c, state, quarterCode, by);
            PirlRunStore.update(
                    c,
                    "UPDATE pirl_run SET participants_total = ? WHERE id = ?",
                    PirlPageReader.count(c, state, quarter.lastDay()),
                    runId);
        } catch (SQLException e) {
            throw new IllegalStateException("The PIRL run could not be recorded", e);
        }
        Properties parameters = new Properties();
        parameters.setProperty("runId", String.valueOf(runId));
        parameters.setProperty("state", state);
        parameters.setProperty("quarter", quarterCode);
        parameters.setProperty("asOf", LocalDate.now().toString());
        parameters.setProperty("demo", String.valueOf(demo));
        if (chunkSize != null) {
            parameters.setProperty("chunkSize", String.valueOf(chunkSize));
        }
        try {
            long execution = BatchRuntime.getJobOperator().start(PirlRunService.JOB, parameters);
            update(
                    dataSource,
                    "UPDATE pirl_run SET execution_id = ? WHERE id = ? AND execution_id IS NULL",
                    execution,
                    runId);
        } catch (RuntimeException e) {
            update(
                    dataSource,
                    "UPDATE pirl_run SET status = 'FAILED', finished_at = ?, message = ? WHERE id = ?",
                    Timestamp.valueOf(LocalDateTime.now()),
                    "The batch job could not start: " + e.getMessage(),
                    runId);
            throw e;
        }
        return runId;
    }

    private static void update(DataSource dataSource, String sql, Object... values) {
        try (Connection c = dataSource.getConnection()) {
            PirlRunStore.update(c, sql, values);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
