package org.waypoint.service.training;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * Adds the demo's training, ITA payments and supportive services ({@link TrainingDemoData}) after
 * the demo users, participants, ETPL and service catalog exist; only on the embedded demo, never on
 * a production database.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("StartupAccounts")
public class TrainingDemoStartup {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            TrainingDemoData.create(em);
        }
    }
}
