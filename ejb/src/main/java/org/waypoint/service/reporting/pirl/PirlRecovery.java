package org.waypoint.service.reporting.pirl;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.service.platform.DatabaseMigrator;

/**
 * When the server starts, a PIRL run still marked running was interrupted by the server stopping
 * (or being killed): it is marked FAILED, with no file, so that a state admin restarts it from its
 * last checkpoint (the job repository kept it). Waypoint runs batch jobs on one server; with
 * several, run them on one only.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("DatabaseMigrator")
public class PirlRecovery {

    private static final Logger LOG = Logger.getLogger(PirlRecovery.class.getName());

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void markInterrupted() {
        try (Connection c = dataSource.getConnection();
                var s = c.prepareStatement("UPDATE pirl_run SET status = 'FAILED', finished_at = ?, message = ?"
                        + " WHERE status IN ('STARTING', 'RUNNING')")) {
            s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.now()));
            s.setString(2, "Interrupted: the server stopped while the run was going on. Restart it.");
            int interrupted = s.executeUpdate();
            if (interrupted > 0) {
                LOG.info(() ->
                        interrupted + " PIRL run(s) interrupted by the server's stop marked failed: restart them");
            }
        } catch (SQLException e) {
            LOG.warning(() -> "PIRL runs interrupted by a stop could not be marked: "
                    + org.waypoint.persistence.common.LogRedaction.summary(e));
        }
    }
}
