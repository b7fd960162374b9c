package org.waypoint.service.followup;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.waypoint.persistence.followup.ContactMethod;
import org.waypoint.persistence.followup.ContactOutcome;
import org.waypoint.persistence.followup.EmploymentStatus;
import org.waypoint.persistence.followup.EmploymentVerification;
import org.waypoint.persistence.followup.FollowUp;
import org.waypoint.persistence.followup.FollowUpContact;
import org.waypoint.persistence.followup.YouthPlacement;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.platform.DemoRecords;

/**
 * DEMONSTRATION PARTICIPANTS for the embedded demo only, so that the Follow-up tab shows something
 * on first start: in Bluegrass an out-of-school youth who exited some seven months ago, reached in
 * the first quarter (employed, verified by pay stub) and not reached once in the second, and an
 * Adult who exited some four months ago with the first contact due. Created once: later starts find
 * the first and add nothing.
 */
public final class DemoFollowUps {

    static final String FIRST = "WP-DEMO0021";

    private DemoFollowUps() {}

    /** Creates the demo participants unless the first exists; answers how many were created. */
    public static int create(EntityManager em, LocalDate today) {
        boolean existing = DemoRecords.exists(em, FIRST);
        StaffAccount staff = DemoRecords.account(em, "cm-bluegrass");
        if (existing || staff == null) {
            return 0;
        }
        LocalDate youthExit = today.minusMonths(7);
        FollowUp youth = exited(em, FIRST, "Devon", "Price", Program.YOUTH_OUT_OF_SCHOOL, staff, youthExit);
        LocalDate q1 = FollowUpRules.opensOn(youthExit, 1).plusDays(20);
        if (!q1.isAfter(today)) {
            FollowUpContact reached = new FollowUpContact(
                    youth,
                    FollowUpRules.quarterOf(youthExit, q1),
                    q1,
                    ContactMethod.PHONE,
                    ContactOutcome.REACHED,
                    staff);
            reached.setEmployment(
                    EmploymentStatus.EMPLOYED,
                    "Lexington Auto Parts",
                    q1.minusDays(10),
                    "53-7062",
                    new BigDecimal("15.50"),
                    new BigDecimal("32.0"),
                    EmploymentVerification.PAY_STUB);
            reached.setYouthPlacement(YouthPlacement.OCCUPATIONAL_SKILLS_TRAINING);
            reached.setNote("Works in the warehouse; evening forklift certification class.");
            em.persist(reached);
        }
        LocalDate q2 = FollowUpRules.opensOn(youthExit, 2).plusDays(5);
        if (!q2.isAfter(today)) {
            FollowUpContact attempt = new FollowUpContact(
                    youth,
                    FollowUpRules.quarterOf(youthExit, q2),
                    q2,
                    ContactMethod.TEXT,
                    ContactOutcome.UNREACHABLE,
                    staff);
            attempt.setNote("No answer; left a message.");
            em.persist(attempt);
        }
        exited(em, "WP-DEMO0022", "Lena", "Ortiz", Program.ADULT, staff, today.minusMonths(4));
        return 2;
    }

    private static FollowUp exited(
            EntityManager em,
            String number,
            String first,
            String last,
            Program program,
            StaffAccount caseManager,
            LocalDate exit) {
        LocalDate born = program == Program.ADULT ? LocalDate.of(1986, 3, 14) : exit.minusYears(19);
        Participant participant = new Participant(number, first, last, born, caseManager.getLwda());
        participant.setOffice(caseManager.getOffice());
        participant.setCaseManager(caseManager);
        em.persist(participant);
        Enrollment enrollment = new Enrollment(participant, program, exit.minusMonths(8));
        enrollment.setCaseManager(caseManager);
        enrollment.setOffice(caseManager.getOffice());
        enrollment.setParticipationDate(exit.minusMonths(8));
        enrollment.setLastServiceDate(exit);
        em.persist(enrollment);
        enrollment.exit(exit, ExitReason.MANUAL, null, "Demo: completed services and found work.");
        FollowUp period = new FollowUp(enrollment, FollowUpRules.endsOn(exit));
        em.persist(period);
        return period;
    }
}
