package org.waypoint.service.exit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * Adds the exit demonstration participants ({@link DemoExits}) and those in follow-up after exit
 * ({@link org.waypoint.service.followup.DemoFollowUps}) once the demo users exist, on the
 * embedded demo only ({@link StartupAccounts#isDemoStart}); a production start adds nothing.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("StartupAccounts")
public class ExitDemoStartup {

    private static final Logger LOG = Logger.getLogger(ExitDemoStartup.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        int created = DemoExits.create(em, LocalDate.now());
        if (created > 0) {
            LOG.info(() -> "Embedded demo: " + created + " participants nearing or past the 90-day exit added");
        }
        int followedUp = org.waypoint.service.followup.DemoFollowUps.create(em, LocalDate.now());
        if (followedUp > 0) {
            LOG.info(() -> "Embedded demo: " + followedUp + " exited participants in follow-up added");
        }
    }
}
