package org.waypoint.service.reporting.pirl;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * On the embedded demo only, and only while no PIRL run exists, starts one run for Kentucky and the
 * last quarter once the other demo data is in, so that the PIRL page shows a completed run, its
 * errors and a file on first start. It runs in the background like any run.
 */
@Singleton
@Startup
@PermitAll
@DependsOn({"PirlRecovery", "WageDemoStartup", "OutcomesDemoStartup"})
public class PirlDemoStartup {

    private static final Logger LOG = Logger.getLogger(PirlDemoStartup.class.getName());

    @EJB
    private DatabaseMigrator migrator;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM pirl_run");
                ResultSet r = s.executeQuery()) {
            r.next();
            if (r.getLong(1) > 0) {
                return;
            }
            long run = PirlLauncher.launch(
                    dataSource, "KY", CalendarQuarter.of(LocalDate.now()).plus(-1), "state-admin", true, null);
            LOG.info(() -> "Embedded demo: PIRL run " + run + " started for KY");
        } catch (Exception e) {
            LOG.warning(() -> "Embedded demo: no demo PIRL run: " + e);
        }
    }
}
