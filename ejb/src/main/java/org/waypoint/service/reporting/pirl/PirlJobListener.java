package org.waypoint.service.reporting.pirl;

import jakarta.annotation.Resource;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * Keeps the run's row in step with its job execution: RUNNING with the execution's id when it
 * begins (also on a restart), FAILED or STOPPED with no file when it ends otherwise than
 * completed. (The page also asks the job repository, for a server killed before this could run.)
 */
@Dependent
@Named("pirlJobListener")
public class PirlJobListener extends AbstractJobListener {

    @Inject
    @BatchProperty
    String runId;

    @Inject
    private JobContext job;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @Override
    public void beforeJob() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            PirlRunStore.update(
                    c,
                    "UPDATE pirl_run SET status = 'RUNNING', execution_id = ?, finished_at = NULL,"
                            + " message = NULL WHERE id = ? AND status <> 'COMPLETED'",
                    job.getExecutionId(),
                    Long.parseLong(runId));
        }
    }

    @Override
    public void afterJob() throws Exception {
        BatchStatus status = job.getBatchStatus();
        if (status == BatchStatus.COMPLETED) {
            return;
        }
        String ended = status == BatchStatus.STOPPING || status == BatchStatus.STOPPED ? "STOPPED" : "FAILED";
        try (Connection c = dataSource.getConnection()) {
            PirlRunStore.update(
                    c,
                    "UPDATE pirl_run SET status = ?, finished_at = ?, message = ? WHERE id = ?"
                            + " AND status <> 'COMPLETED'",
                    ended,
                    Timestamp.valueOf(LocalDateTime.now()),
                    job.getExitStatus(),
                    Long.parseLong(runId));
        }
    }
}
