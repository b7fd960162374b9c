package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditDescriptorListener;
import org.waypoint.persistence.audit.PendingAudit;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.reference.ServiceCategory;
import org.waypoint.persistence.reference.ServiceCode;
import org.waypoint.persistence.reference.StateProfile;

/**
 * The service catalog (V15) through EclipseLink on a freshly migrated H2 database: the widest
 * values fit their columns, the programs and PIRL elements come back as written, a rename is
 * audited field by field, and the database itself refuses a second code of the same name in a state
 * and a code that holds the exit clock without counting for participation (20 CFR 677.150(c)).
 */
class ServiceCodeMappingTest {

    private final List<PendingAudit> audited = new ArrayList<>();
    private EntityManagerFactory emf;

    @BeforeEach
    void migrate() {
        String url = "jdbc:h2:mem:catalog" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        SchemaDatabase.migrate(url, "sa", "", "h2");
        emf = SchemaDatabase.entityManagerFactory(url, "sa", "");
        AuditDescriptorListener.sendOutsideContainerTo(audited::add);
    }

    @AfterEach
    void close() {
        AuditDescriptorListener.sendOutsideContainerTo(null);
        emf.close();
    }

    @Test
    void aCodeIsWrittenReadRenamedAndAudited() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        StateProfile kentucky = new StateProfile("KY", "Kentucky", 90, 6);
        em.persist(kentucky);
        ServiceCode code = new ServiceCode(kentucky, "SS-INFO-ONLY-ABCDEFG");
        code.setName("x".repeat(ServiceCode.NAME_LENGTH));
        code.setCategory(ServiceCategory.SELF_SERVICE_INFORMATION);
        code.setPrograms(EnumSet.allOf(Program.class));
        code.setPirlElements(List.of(1000, 1002, 1100, 1101, 1102, 1103, 1104, 1105, 1112, 1116));
        em.persist(code);
        em.getTransaction().commit();

        em.getTransaction().begin();
        code.setName("Information-only services");
        code.setPrograms(List.of(Program.WAGNER_PEYSER, Program.ADULT));
        em.getTransaction().commit();
        em.close();

        EntityManager reader = emf.createEntityManager();
        ServiceCode read = reader.createNamedQuery(ServiceCode.FIND_BY_STATE, ServiceCode.class)
                .setParameter("state", "KY")
                .getSingleResult();
        assertThat(read.getName()).isEqualTo("Information-only services");
        assertThat(read.getPrograms()).containsExactly(Program.ADULT, Program.WAGNER_PEYSER);
        assertThat(read.getPirlElements()).startsWith(1000, 1002).hasSize(10);
        assertThat(read.getVersion()).isEqualTo(2);
        assertThat(reader.createNamedQuery(ServiceCode.COUNT_SAME_CODE, Long.class)
                        .setParameter("state", "KY")
                        .setParameter("code", "SS-INFO-ONLY-ABCDEFG")
                        .setParameter("id", -1L)
                        .getSingleResult())
                .isEqualTo(1);
        reader.close();

        PendingAudit rename = audited.stream()
                .filter(a -> a.action() == AuditAction.UPDATE && a.entityType().equals("ServiceCode"))
                .findFirst()
                .orElseThrow();
        assertThat(rename.changes())
                .contains("\"name\":{\"from\":\"xxx")
                .contains("\"programs\":{\"from\":\"ADULT DISLOCATED_WORKER YOUTH_IN_SCHOOL YOUTH_OUT_OF_SCHOOL"
                        + " WAGNER_PEYSER\",\"to\":\"ADULT WAGNER_PEYSER\"}");
    }

    @Test
    void theDatabaseRefusesADuplicateCodeAndAnExitClockWithoutParticipation() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        StateProfile georgia = new StateProfile("GA", "Georgia", null, 6);
        em.persist(georgia);
        em.persist(code(georgia, "TR-OJT", true, true));
        em.getTransaction().commit();

        em.getTransaction().begin();
        em.persist(code(georgia, "TR-OJT", true, true));
        assertThatThrownBy(em::flush).hasStackTraceContaining(ServiceCode.CODE_UNIQUE.toUpperCase());
        em.getTransaction().rollback();

        em.getTransaction().begin();
        em.persist(code(georgia, "SUP-BUS", false, true));
        assertThatThrownBy(em::flush).hasStackTraceContaining("CK_SERVICE_CODE_EXIT_CLOCK");
        em.getTransaction().rollback();
        em.close();
    }

    private static ServiceCode code(StateProfile state, String text, boolean participation, boolean exitClock) {
        ServiceCode code = new ServiceCode(state, text);
        code.setName(text);
        code.setCategory(ServiceCategory.TRAINING);
        code.setPrograms(List.of(Program.ADULT));
        code.setParticipationLevel(participation);
        code.setKeepsExitClock(exitClock);
        return code;
    }
}
