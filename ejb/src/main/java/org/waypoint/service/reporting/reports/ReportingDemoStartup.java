package org.waypoint.service.reporting.reports;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * Adds the demo's reporting cohorts ({@link ReportingDemoData}) so that the Reports pages show
 * figures and trends on the first start; on the embedded demo only, never on a production database.
 */
@Singleton
@Startup
@PermitAll
@DependsOn({"WageDemoStartup", "OutcomesDemoStartup"})
public class ReportingDemoStartup {

    private static final Logger LOG = Logger.getLogger(ReportingDemoStartup.class.getName());

    @EJB
    private DatabaseMigrator migrator;

    @Resource(lookup = DatabaseMigrator.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            int created = new ReportingDemoData(connection, LocalDate.now()).create();
            if (created > 0) {
                LOG.info(() -> "Embedded demo: " + created + " participants of the reporting demo added");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warning(() -> "Embedded demo: the reporting demo was not added: " + e);
        }
    }
}
