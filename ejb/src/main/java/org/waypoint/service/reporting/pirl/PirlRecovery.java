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
import java.time.LocalDateTime;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.ServerNode;

/**
 * When the server starts, a PIRL run of this server still marked running was interrupted by the
 * server stopping (or being killed): it is marked FAILED, with no file, so that a state admin
 * restarts it from its last checkpoint (the job repository kept it). In a cluster each run belongs
 * to the node its job runs on ({@code pirl_run.node}): a node that starts leaves the others' runs
 * alone, as they are still being written there.
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
        try (Connection c = dataSource.getConnection()) {
            int interrupted = PirlRunStore.markInterrupted(c, ServerNode.name(), LocalDateTime.now());
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
