package org.waypoint.service.tasks;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.ExitReason;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.plan.Plan;
import org.waypoint.persistence.plan.PlanVersion;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.service.followup.FollowUpOpening;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.DemoRecords;
import org.waypoint.service.platform.StartupAccounts;

/**
 * DEMONSTRATION RECORDS for the task list, on the embedded demo only, so that the demo case
 * manager (cm-bluegrass) sees several categories on first start beside what the other demo data
 * already gives (the exits approaching of the exit demo): Maya Lindqvist determined eligible for Adult
 * and not enrolled; Rosa Kim enrolled 100 days ago with an IEP still a draft (unsigned, and its
 * 90-day review overdue); Owen Price exited Adult 150 days ago with an open follow-up period and no
 * contact yet, its period opened as a staff exit opens it.
 * Created once: later starts find Maya and add nothing.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("StartupAccounts")
public class TaskDemoData {

    static final String FIRST = "WP-DEMO0031";

    private static final Logger LOG = Logger.getLogger(TaskDemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        boolean existing = DemoRecords.exists(em, FIRST);
        StaffAccount staff = DemoRecords.account(em, "cm-bluegrass");
        if (existing || staff == null) {
            return;
        }
        LocalDate today = LocalDate.now();
        Participant maya = participant(FIRST, "Maya", "Lindqvist", staff);
        determination(maya, today.minusDays(5), staff);

        Participant rosa = participant("WP-DEMO0032", "Rosa", "Kim", staff);
        enroll(rosa, today.minusDays(100), staff);
        Plan plan = new Plan(rosa, "IEP", staff.getUsername(), at(today.minusDays(98)));
        em.persist(plan);
        em.persist(new PlanVersion(
                plan,
                1,
                "{\"participantTookPart\":true,\"strengths\":\"Bookkeeping experience\","
                        + "\"goalsAndChallenges\":\"Accounting clerk within a year\"}",
                staff.getUsername(),
                at(today.minusDays(98))));

        Participant owen = participant("WP-DEMO0033", "Owen", "Price", staff);
        Enrollment exited = enroll(owen, today.minusDays(330), staff);
        exited.exit(today.minusDays(150), ExitReason.NO_SERVICE_90_DAYS, null, null);
        em.flush();
        FollowUpOpening.open(em, exited); // as a staff exit opens it (20 CFR 680.150)
        LOG.info("Embedded demo: task list participants added (eligible not enrolled, draft IEP, follow-up due)");
    }

    private Participant participant(String number, String first, String last, StaffAccount staff) {
        Participant participant = new Participant(number, first, last, LocalDate.of(1986, 3, 14), staff.getLwda());
        participant.setOffice(staff.getOffice());
        participant.setCaseManager(staff);
        em.persist(participant);
        return participant;
    }

    /** 20 CFR 677.150(a): an enrollment rests on an eligible determination on or before entry. */
    private EligibilityDetermination determination(Participant participant, LocalDate asOf, StaffAccount staff) {
        EligibilityDetermination determination = new EligibilityDetermination(
                participant, Program.ADULT, asOf, true, null, staff.getUsername(), "{}", List.of(), Map.of());
        em.persist(determination);
        return determination;
    }

    private Enrollment enroll(Participant participant, LocalDate entry, StaffAccount staff) {
        EligibilityDetermination determination = determination(participant, entry, staff);
        Enrollment enrollment = new Enrollment(participant, Program.ADULT, entry);
        enrollment.setCaseManager(staff);
        enrollment.setOffice(participant.getOffice());
        enrollment.restOn(determination, false, false);
        em.persist(enrollment);
        return enrollment;
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).plus(15, ChronoUnit.HOURS).toInstant();
    }
}
