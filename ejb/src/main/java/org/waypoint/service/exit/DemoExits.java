package org.waypoint.service.exit;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.platform.DemoRecords;

/**
 * DEMONSTRATION PARTICIPANTS for the embedded demo only, so that "Exit approaching" and the exit
 * columns show something on first start: Wagner-Peyser enrollments (no eligibility determination
 * needed) with a staff-assisted job search service from Kentucky's catalog, dated from the day the
 * demo starts. Two in Bluegrass and one in Kentuckiana approach the 90-day exit, and one in
 * Kentuckiana already exited by the rule. Created once: later starts find them and add nothing.
 */
final class DemoExits {

    static final String FIRST = "WP-DEMO0011";

    private static final String SERVICE_CODE = "BC-JOB-SEARCH";

    private DemoExits() {}

    /** Creates the demo participants unless the first exists; answers how many were created. */
    static int create(EntityManager em, LocalDate today) {
        boolean existing = DemoRecords.exists(em, FIRST);
        StaffAccount bluegrass = DemoRecords.account(em, "cm-bluegrass");
        StaffAccount kentuckiana = DemoRecords.account(em, "cm-kentuckiana");
        ServiceCode jobSearch = em.createNamedQuery(ServiceCode.FIND_BY_STATE, ServiceCode.class)
                .setParameter("state", "KY")
                .getResultStream()
                .filter(c -> c.getCode().equals(SERVICE_CODE))
                .findFirst()
                .orElse(null);
        if (existing || bluegrass == null || kentuckiana == null || jobSearch == null) {
            return 0;
        }
        open(em, FIRST, "Marcus", "Bell", bluegrass, jobSearch, today.minusDays(140), today.minusDays(76));
        open(em, "WP-DEMO0012", "Aisha", "Grant", bluegrass, jobSearch, today.minusDays(120), today.minusDays(64));
        open(em, "WP-DEMO0013", "Curtis", "Hale", kentuckiana, jobSearch, today.minusDays(100), today.minusDays(70));
        Enrollment exited = open(
                em, "WP-DEMO0014", "Nora", "Sims", kentuckiana, jobSearch, today.minusDays(300), today.minusDays(190));
        exited.exit(today.minusDays(190), ExitReason.NO_SERVICE_90_DAYS, null, null);
        return 4;
    }

    /** A participant with a Wagner-Peyser enrollment and one job search service on {@code lastService}. */
    private static Enrollment open(
            EntityManager em,
            String number,
            String first,
            String last,
            StaffAccount caseManager,
            ServiceCode code,
            LocalDate entry,
            LocalDate lastService) {
        Participant participant = new Participant(number, first, last, LocalDate.of(1988, 7, 9), caseManager.getLwda());
        participant.setOffice(caseManager.getOffice());
        participant.setCaseManager(caseManager);
        em.persist(participant);
        Enrollment enrollment = new Enrollment(participant, Program.WAGNER_PEYSER, entry);
        enrollment.setCaseManager(caseManager);
        enrollment.setOffice(caseManager.getOffice());
        enrollment.setParticipationDate(entry);
        enrollment.setLastServiceDate(lastService);
        enrollment.setServicesEnd(lastService);
        em.persist(enrollment);
        ServiceRecord intake = new ServiceRecord(enrollment, code, ServiceStatus.COMPLETED_SUCCESSFUL);
        intake.setActual(entry, entry);
        intake.setStaff(caseManager);
        em.persist(intake);
        ServiceRecord latest = new ServiceRecord(enrollment, code, ServiceStatus.COMPLETED_SUCCESSFUL);
        latest.setActual(lastService, lastService);
        latest.setStaff(caseManager);
        em.persist(latest);
        return enrollment;
    }
}
