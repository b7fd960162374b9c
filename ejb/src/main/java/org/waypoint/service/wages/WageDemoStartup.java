package org.waypoint.service.wages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.logging.Logger;
import org.waypoint.service.common.CalendarQuarter;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * On the embedded demo only, imports a small generated wage file for the demo participants who
 * have exited ({@link DemoWageData}), so that the wage import page and the participant's
 * Outcomes tab (employment after exit) show something on first start. The generated file is deleted afterwards.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("ExitDemoStartup")
public class WageDemoStartup {

    private static final Logger LOG = Logger.getLogger(WageDemoStartup.class.getName());

    @EJB
    private DatabaseMigrator migrator;

    @EJB
    private DemoWageData data;

    @EJB
    private WageImporter importer;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        LocalDate today = LocalDate.now();
        DemoWageData.Demo demo = data.prepare(today);
        if (demo == null) {
            return;
        }
        Path file = null;
        try {
            file = Files.createTempFile("waypoint-wages-demo-", ".csv");
            Files.writeString(file, demo.csv(), StandardCharsets.UTF_8);
            WageFileCheck check;
            try (InputStream in = Files.newInputStream(file)) {
                check = WageFileCheck.of(
                        in, "demo-ui-wages.csv", WageColumnMapping.defaults(), CalendarQuarter.of(today));
            }
            if (!check.isClean()) {
                LOG.warning(() -> "Embedded demo: the demo wage file was not valid: " + check.errors());
                return;
            }
            WageImportView view = importer.save(
                    demo.stateCode(),
                    "demo-ui-wages.csv",
                    WageColumnMapping.defaults(),
                    "state-admin",
                    LocalDateTime.now(),
                    file,
                    check,
                    null);
            LOG.info(() -> "Embedded demo: a wage file of " + view.rowsRead() + " rows imported, " + view.rowsMatched()
                    + " matched");
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Embedded demo: the demo wage file was not imported: " + e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file of demo numbers only
                }
            }
        }
    }
}
