package org.waypoint.service.outcomes;

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
 * Adds the demo's credentials and skill gains ({@link OutcomesDemoData}) once the demo participants,
 * their enrollments and Dana's training exist; on the embedded demo only, never on a production
 * database.
 */
@Singleton
@Startup
@PermitAll
@DependsOn({"DemoServiceRecords", "TrainingDemoStartup"})
public class OutcomesDemoStartup {

    private static final Logger LOG = Logger.getLogger(OutcomesDemoStartup.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        int created = OutcomesDemoData.create(em, LocalDate.now());
        if (created > 0) {
            LOG.info(() -> "Embedded demo: " + created + " credentials and skill gains added");
        }
    }
}
