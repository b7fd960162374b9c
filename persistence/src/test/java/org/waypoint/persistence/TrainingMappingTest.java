package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditDescriptorListener;
import org.waypoint.persistence.audit.PendingAudit;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.services.ServiceRecord;
import org.waypoint.persistence.services.ServiceStatus;
import org.waypoint.persistence.supportive.SupportiveLimit;
import org.waypoint.persistence.supportive.SupportiveRequest;
import org.waypoint.persistence.training.ItaPayment;
import org.waypoint.persistence.training.Training;
import org.waypoint.persistence.training.TrainingType;

/**
 * Training, ITA payments, supportive services and limits (V19) through EclipseLink on a freshly
 * migrated H2 database: written, read back and audited; and the database's own rules hold where a
 * service's check could be raced or skipped: on-the-job training names its employer, a payment is
 * above 0, a pending request carries no decision, an LWDA has one limit per code (and one overall).
 */
class TrainingMappingTest {

    private final List<PendingAudit> audited = new ArrayList<>();
    private EntityManagerFactory emf;
    private Enrollment enrollment;
    private ServiceCode ojt;
    private ServiceCode bus;
    private Lwda lwda;

    @BeforeEach
    void migrate() {
        String url = "jdbc:h2:mem:training" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        SchemaDatabase.migrate(url, "sa", "", "h2");
        emf = SchemaDatabase.entityManagerFactory(url, "sa", "");
        AuditDescriptorListener.sendOutsideContainerTo(audited::add);
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        StateProfile kentucky = new StateProfile("KY", "Kentucky", 90, 6);
        em.persist(kentucky);
        lwda = new Lwda(kentucky, "bluegrass", "Bluegrass");
        em.persist(lwda);
        ojt = code(kentucky, "TR-OJT", ServiceCategory.TRAINING);
        bus = code(kentucky, "SUP-BUS", ServiceCategory.SUPPORTIVE);
        em.persist(ojt);
        em.persist(bus);
        Participant participant = new Participant("WP-TRAIN001", "Ana", "Lopez", LocalDate.of(1990, 1, 2), lwda);
        em.persist(participant);
        enrollment = new Enrollment(participant, Program.ADULT, LocalDate.of(2026, 8, 1));
        em.persist(enrollment);
        em.getTransaction().commit();
        em.close();
    }

    @AfterEach
    void close() {
        AuditDescriptorListener.sendOutsideContainerTo(null);
        emf.close();
    }

    @Test
    void aTrainingWithPaymentsAndASupportiveServiceAreWrittenReadAndAudited() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        Training training = training(em, "Toyota Motor Manufacturing Kentucky");
        training.setItaAmount(null);
        em.persist(new ItaPayment(training, LocalDate.of(2026, 9, 1), new BigDecimal("1500.00"), "x".repeat(500)));
        ServiceRecord record = new ServiceRecord(em.merge(enrollment), em.merge(bus), ServiceStatus.PLANNED);
        em.persist(record);
        SupportiveRequest request = new SupportiveRequest(
                record,
                new BigDecimal("99999999.99"),
                LocalDate.of(2026, 9, 2),
                "v".repeat(200),
                "n".repeat(1000),
                null);
        em.persist(request);
        em.persist(new SupportiveLimit(em.merge(lwda), null, new BigDecimal("1000.00")));
        em.getTransaction().commit();

        em.getTransaction().begin();
        request.approveWithinLimit("Within the local area's limits.");
        em.getTransaction().commit();
        em.close();

        EntityManager reader = emf.createEntityManager();
        Training read = reader.createNamedQuery(Training.FIND_BY_PARTICIPANT, Training.class)
                .setParameter("participantId", enrollment.getParticipant().getId())
                .getSingleResult();
        assertThat(read.getEmployer()).isEqualTo("Toyota Motor Manufacturing Kentucky");
        assertThat(read.getServiceRecord().getCode().getCode()).isEqualTo("TR-OJT");
        assertThat(reader.createNamedQuery(ItaPayment.SUM_BY_PARTICIPANT)
                        .setParameter(
                                "participantId", enrollment.getParticipant().getId())
                        .getSingleResult()
                        .toString())
                .isEqualTo("1500.00");
        assertThat(reader.createNamedQuery(SupportiveLimit.FIND_BY_LWDA, SupportiveLimit.class)
                        .setParameter("lwdaId", lwda.getId())
                        .getResultList())
                .hasSize(1);
        reader.close();
        assertThat(audited)
                .extracting(PendingAudit::entityType)
                .contains("Training", "ItaPayment", "SupportiveRequest", "SupportiveLimit");
        assertThat(audited)
                .filteredOn(
                        a -> a.action() == AuditAction.UPDATE && a.entityType().equals("SupportiveRequest"))
                .singleElement()
                .satisfies(
                        a -> assertThat(a.changes()).contains("\"status\":{\"from\":\"PENDING\",\"to\":\"APPROVED\"}"));
    }

    @Test
    void theDatabaseKeepsTheRulesAServiceCouldMiss() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        training(em, null);
        assertThatThrownBy(em::flush).hasStackTraceContaining("CK_TRAINING_EMPLOYER");
        em.getTransaction().rollback();

        em.getTransaction().begin();
        Training training = training(em, "Toyota");
        em.flush();
        em.persist(new ItaPayment(training, LocalDate.of(2026, 9, 1), BigDecimal.ZERO, null));
        assertThatThrownBy(em::flush).hasStackTraceContaining("CK_ITA_PAYMENT_AMOUNT");
        em.getTransaction().rollback();

        em.getTransaction().begin();
        em.persist(new SupportiveLimit(em.merge(lwda), null, new BigDecimal("1000.00")));
        em.flush();
        em.persist(new SupportiveLimit(em.merge(lwda), null, new BigDecimal("500.00")));
        assertThatThrownBy(em::flush).hasStackTraceContaining(SupportiveLimit.UNIQUE.toUpperCase());
        em.getTransaction().rollback();
        em.close();
    }

    private Training training(EntityManager em, String employer) {
        ServiceRecord record = new ServiceRecord(em.merge(enrollment), em.merge(ojt), ServiceStatus.IN_PROGRESS);
        record.setActual(LocalDate.of(2026, 8, 15), null);
        em.persist(record);
        Training training = new Training(record);
        training.setTrainingType(TrainingType.ON_THE_JOB);
        training.setDates(LocalDate.of(2026, 8, 15), LocalDate.of(2027, 2, 15), null, null);
        training.setEmployer(employer);
        training.setOtherAid(false, null, null);
        em.persist(training);
        return training;
    }

    private static ServiceCode code(StateProfile state, String text, ServiceCategory category) {
        ServiceCode code = new ServiceCode(state, text);
        code.setName(text);
        code.setCategory(category);
        code.setPrograms(List.of(Program.ADULT));
        code.setParticipationLevel(category == ServiceCategory.TRAINING);
        code.setKeepsExitClock(category == ServiceCategory.TRAINING);
        return code;
    }
}
