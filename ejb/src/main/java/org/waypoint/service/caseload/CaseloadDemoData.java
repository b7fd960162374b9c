package org.waypoint.service.caseload;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.waypoint.persistence.caseload.ParticipantTransfer;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.DemoRecords;
import org.waypoint.service.platform.StartupAccounts;

/**
 * DEMONSTRATION RECORDS for the caseload board, on the embedded demo only: beside the other demo
 * data's participants of cm-bluegrass (which fill the board's figures), Jonah Reyes, enrolled in
 * Adult this month, whose transfer to Kentuckiana Works (he moved to Louisville) admin-bluegrass has
 * asked and the receiving area has not answered yet, so the board shows one pending transfer.
 * Created once: later starts find Jonah and add nothing.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("StartupAccounts")
public class CaseloadDemoData {

    static final String NUMBER = "WP-DEMO0041";

    private static final Logger LOG = Logger.getLogger(CaseloadDemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        boolean existing = DemoRecords.exists(em, NUMBER);
        StaffAccount staff = DemoRecords.account(em, "cm-bluegrass");
        Lwda kentuckiana = em.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                .setParameter("state", "KY")
                .setParameter("name", "Kentuckiana Works")
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (existing || staff == null || kentuckiana == null) {
            return;
        }
        LocalDate entry = LocalDate.now().withDayOfMonth(1);
        Participant jonah = new Participant(NUMBER, "Jonah", "Reyes", LocalDate.of(1991, 9, 2), staff.getLwda());
        jonah.setOffice(staff.getOffice());
        jonah.setCaseManager(staff);
        em.persist(jonah);
        // 20 CFR 677.150(a): the enrollment rests on an eligible determination on or before entry
        EligibilityDetermination determination = new EligibilityDetermination(
                jonah, Program.ADULT, entry, true, null, staff.getUsername(), "{}", List.of(), Map.of());
        em.persist(determination);
        Enrollment enrollment = new Enrollment(jonah, Program.ADULT, entry);
        enrollment.setCaseManager(staff);
        enrollment.setOffice(jonah.getOffice());
        enrollment.restOn(determination, false, false);
        em.persist(enrollment);
        em.flush();
        em.persist(new ParticipantTransfer(
                jonah, kentuckiana, "Moved to Louisville; will continue training there.", "admin-bluegrass"));
        LOG.info("Embedded demo: caseload participant with a pending transfer to Kentuckiana Works added");
    }
}
