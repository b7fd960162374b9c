package org.waypoint.service.lmi.explore;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.waypoint.persistence.lmi.InterestProfile;
import org.waypoint.persistence.lmi.InterestProfiler;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * The embedded demo's interest profile, so career exploration shows matches on the first start: Dana
 * Whitaker (WP-DEMO0001, Bluegrass), who is training in nursing, took the Interest Profiler Short
 * Form a month ago: Social 34, Investigative 27, Conventional 22 (code SIC). On the embedded demo
 * only; a participant with a profile already is left as she is.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("StartupAccounts")
public class ExploreDemoStartup {

    private static final Logger LOG = Logger.getLogger(ExploreDemoStartup.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        Participant dana = em.createQuery(
                        "SELECT p FROM Participant p WHERE p.participantNumber = 'WP-DEMO0001'", Participant.class)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (dana == null
                || !em.createNamedQuery(InterestProfile.FIND_BY_PARTICIPANT, InterestProfile.class)
                        .setParameter("participantId", dana.getId())
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        InterestProfile profile = new InterestProfile(dana);
        profile.record(
                InterestProfiler.SHORT_FORM,
                LocalDate.now().minusDays(30),
                new int[] {15, 27, 9, 34, 12, 22},
                "cm-bluegrass",
                Instant.now());
        em.persist(profile);
        LOG.info("Embedded demo: an interest profile added for WP-DEMO0001");
    }
}
