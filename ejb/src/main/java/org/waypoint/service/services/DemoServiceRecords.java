package org.waypoint.service.services;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.service.platform.DatabaseMigrator;
import org.waypoint.service.platform.StartupAccounts;

/**
 * Services for the demo participants, on the embedded demo only, so that the Services tab shows a
 * timeline on first start: Dana Whitaker (Bluegrass) is enrolled in Adult on an eligible
 * determination and has completed services, one in progress, one planned and one voided; Tamika
 * Reed (Kentuckiana) has one completed service. Runs once: a participant with services is left as
 * it is.
 */
@Singleton
@Startup
@PermitAll
@DependsOn("StartupAccounts")
public class DemoServiceRecords {

    private static final Logger LOG = Logger.getLogger(DemoServiceRecords.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DatabaseMigrator migrator;

    @PostConstruct
    void create() {
        if (!StartupAccounts.isDemoStart(migrator.isEmbeddedDatabase())) {
            return;
        }
        LocalDate today = LocalDate.now();
        Participant dana = participant("WP-DEMO0001");
        if (dana != null && !hasServices(dana)) {
            StaffAccount staff = staff("cm-bluegrass");
            Enrollment adult = adultEnrollment(dana, today.minusDays(75), staff);
            LocalDate entry = adult.getEntryDate();
            delivered(adult, "IC-COMP-ASSESS", entry, entry, staff, "Comprehensive assessment with the TABE results.");
            delivered(adult, "IC-IEP", entry.plusDays(3), entry.plusDays(3), staff, "IEP written with Dana.");
            delivered(adult, "BC-JOB-SEARCH", entry.plusDays(10), entry.plusDays(24), staff, null);
            ServiceRecord counseling = record(adult, "IC-COUNSELING", ServiceStatus.IN_PROGRESS, staff);
            counseling.setActual(today.minusDays(12), null);
            counseling.setProvider("Lexington Career Center");
            ServiceRecord prep = record(adult, "IC-WORKFORCE-PREP", ServiceStatus.PLANNED, staff);
            prep.setPlanned(today.plusDays(14), today.plusDays(28));
            prep.setCosts(new BigDecimal("350.00"), null);
            prep.setProvider("Bluegrass Community and Technical College");
            ServiceRecord wrong = delivered(adult, "BC-JOB-SEARCH", entry.plusDays(5), entry.plusDays(5), staff, null);
            wrong.voidFor("Entered twice: the job search assistance is the row of " + entry.plusDays(10), staff);
            new ServiceRecording(em).refreshDates(adult);
        }
        Participant tamika = participant("WP-DEMO0003");
        if (tamika != null && !hasServices(tamika)) {
            StaffAccount staff = staff("cm-kentuckiana");
            Enrollment adult = adultEnrollment(tamika, today.minusDays(40), staff);
            LocalDate entry = adult.getEntryDate();
            delivered(adult, "IC-COMP-ASSESS", entry.plusDays(1), entry.plusDays(1), staff, null);
            new ServiceRecording(em).refreshDates(adult);
        }
        LOG.info("Embedded demo: demo services recorded");
    }

    /** The participant's open Adult enrollment, or a new one on an eligible determination as of entry. */
    private Enrollment adultEnrollment(Participant participant, LocalDate entry, StaffAccount staff) {
        return em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .filter(e -> e.getProgram() == Program.ADULT && e.getExitDate() == null)
                .findFirst()
                .orElseGet(() -> {
                    // 20 CFR 677.150(a): the enrollment rests on an eligible determination on or before entry
                    EligibilityDetermination determination = new EligibilityDetermination(
                            participant,
                            Program.ADULT,
                            entry,
                            true,
                            null,
                            staff.getUsername(),
                            "{}",
                            List.of(),
                            Map.of());
                    em.persist(determination);
                    Enrollment enrollment = new Enrollment(participant, Program.ADULT, entry);
                    enrollment.setCaseManager(staff);
                    enrollment.setOffice(participant.getOffice());
                    enrollment.setEntryCharacteristics(
                            participant.getEmploymentStatus(),
                            participant.getEducationLevel(),
                            participant.getSchoolStatus(),
                            participant.getBarriers(),
                            participant.getPublicAssistance());
                    enrollment.restOn(determination, false, false);
                    em.persist(enrollment);
                    return enrollment;
                });
    }

    private ServiceRecord delivered(
            Enrollment enrollment, String code, LocalDate start, LocalDate end, StaffAccount staff, String note) {
        ServiceRecord record = record(enrollment, code, ServiceStatus.COMPLETED_SUCCESSFUL, staff);
        record.setActual(start, end);
        record.setNote(note);
        return record;
    }

    private ServiceRecord record(Enrollment enrollment, String code, ServiceStatus status, StaffAccount staff) {
        ServiceRecord record = new ServiceRecord(enrollment, code(code), status);
        record.setStaff(staff);
        em.persist(record);
        return record;
    }

    private boolean hasServices(Participant participant) {
        return !em.createNamedQuery(ServiceRecord.FIND_BY_PARTICIPANT, ServiceRecord.class)
                .setParameter("participantId", participant.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    private ServiceCode code(String code) {
        return em.createNamedQuery(ServiceCode.FIND_BY_STATE, ServiceCode.class)
                .setParameter("state", "KY")
                .getResultStream()
                .filter(c -> c.getCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No KY service code " + code));
    }

    private Participant participant(String number) {
        return em.createQuery("SELECT p FROM Participant p WHERE p.participantNumber = :number", Participant.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private StaffAccount staff(String username) {
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getSingleResult();
    }
}
