package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditDescriptorListener;
import org.waypoint.persistence.audit.PendingAudit;
import org.waypoint.persistence.participant.Barrier;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.StateProfile;

/**
 * A list held by a record (a participant's barriers) is audited as what was added and what was
 * removed (issue 19): the change history once read "barriers from [...] to \"\"", as if the list had
 * been wiped when one barrier was added.
 */
class ListChangeAuditTest {

    private final List<PendingAudit> audited = new ArrayList<>();
    private EntityManagerFactory emf;

    @BeforeEach
    void migrate() {
        String url = "jdbc:h2:mem:listaudit" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
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
    void aBarrierAddedAndOneRemovedAreAuditedAsSuch() {
        EntityManager em = emf.createEntityManager();
        em.getTransaction().begin();
        StateProfile kentucky = new StateProfile("KY", "Kentucky", 90, 6);
        em.persist(kentucky);
        Lwda lwda = new Lwda(kentucky, "bluegrass", "Bluegrass");
        em.persist(lwda);
        Participant participant = new Participant("WP-LIST0001", "Ana", "Lopez", LocalDate.of(1990, 1, 2), lwda);
        participant.setBarriers(EnumSet.of(Barrier.SINGLE_PARENT, Barrier.FOSTER_CARE));
        em.persist(participant);
        em.getTransaction().commit();

        em.getTransaction().begin();
        participant.setBarriers(EnumSet.of(Barrier.SINGLE_PARENT, Barrier.HOMELESS_OR_RUNAWAY));
        em.getTransaction().commit();
        em.close();

        PendingAudit update = audited.stream()
                .filter(a -> a.action() == AuditAction.UPDATE && a.entityType().equals("Participant"))
                .findFirst()
                .orElseThrow();
        assertThat(update.changes())
                .contains("\"barriers\":{\"added\":[\"HOMELESS_OR_RUNAWAY\"],\"removed\":[\"FOSTER_CARE\"]}")
                .doesNotContain("\"from\"");
    }
}
