package org.waypoint.service.monitoring;

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
import org.waypoint.persistence.monitoring.ItemResult;
import org.waypoint.persistence.monitoring.MonitoringFile;
import org.waypoint.persistence.monitoring.MonitoringItem;
import org.waypoint.persistence.monitoring.MonitoringReview;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * DEMONSTRATION RECORDS for monitoring, on the embedded demo only: a compliance review of Bluegrass
 * over the past year (seed 2026, three files) drawn from the other demo data's plans, with the first
 * file's first item marked a finding due in 30 days, so the monitoring page and the LWDA admin's
 * findings show something on first start. Created once: later starts find a review and add nothing.
 */
@Singleton
@Startup
@PermitAll
@DependsOn({"TaskDemoData", "TrainingDemoStartup"})
public class MonitoringDemoData {

    private static final Logger LOG = Logger.getLogger(MonitoringDemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        if (!em.createNamedQuery(MonitoringReview.FIND_ALL, MonitoringReview.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return;
        }
        Lwda bluegrass = em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                .setParameter("state", "KY")
                .setParameter("name", "Bluegrass")
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (bluegrass == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        MonitoringReview review = ReviewDrafting.draft(em, bluegrass, today.minusYears(1), today, 3, 2026L, "monitor");
        if (!review.getFiles().isEmpty()) {
            MonitoringFile file = review.getFiles().get(0);
            MonitoringItem item = file.getItems().get(0);
            item.check(
                    ItemResult.FINDING,
                    "The eligibility facts need their source documents in the file (TEGL 23-19).",
                    today.plusDays(30),
                    "monitor");
        }
        em.flush();
        LOG.info("Embedded demo: a compliance review of Bluegrass with "
                + review.getFiles().size() + " files added");
    }
}
