package org.waypoint.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditDescriptorListener;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.audit.PendingAudit;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.County;
import org.waypoint.persistence.reference.DeliveryMode;
import org.waypoint.persistence.reference.IndustrySector;
import org.waypoint.persistence.reference.Lwda;
import org.waypoint.persistence.reference.Office;
import org.waypoint.persistence.reference.StateProfile;
import org.waypoint.persistence.reference.TrainingProgram;
import org.waypoint.persistence.reference.ZipCounty;
import org.waypoint.persistence.security.Role;
import org.waypoint.persistence.security.StaffAccount;

/**
 * Writes and reads every entity through EclipseLink on a freshly migrated database: a column the
 * migrations forgot, a wrong type or a broken sequence fails here. Also checks that the audit
 * listener sees each insert and each changed field.
 */
final class MappingCheck {

    private MappingCheck() {}

    static void run(EntityManagerFactory emf) {
        List<PendingAudit> audited = new ArrayList<>();
        AuditDescriptorListener.sendOutsideContainerTo(audited::add);
        try {
            EntityManager em = emf.createEntityManager();
            em.getTransaction().begin();
            StateProfile state = new StateProfile("KY", "Kentucky", 90, 6);
            em.persist(state);
            Lwda lwda = new Lwda(state, "bluegrass", "Bluegrass");
            lwda.setItaLimit(new java.math.BigDecimal("7500.00"));
            em.persist(lwda);
            em.persist(new Lwda(state, "green-river", "Green River"));
            em.persist(new IndustrySector(state, null, "Advanced Manufacturing", "NAICS 31-33"));
            em.persist(new IndustrySector(state, lwda, "Equine and Agriculture", null));
            TrainingProgram nursing = new TrainingProgram(state);
            nursing.setProvider("Bluegrass Community and Technical College");
            nursing.setProgram("Associate Degree Nursing");
            nursing.setCipCode("51.3801");
            nursing.setCost(new java.math.BigDecimal("14200.00"));
            nursing.setLengthWeeks(80);
            nursing.setCredential("Associate in Applied Science");
            nursing.setDelivery(DeliveryMode.IN_PERSON);
            em.persist(nursing);
            em.persist(new County("21067", "Fayette", state, lwda));
            em.persist(new ZipCounty("40507", "21067"));
            Office office = new Office(lwda, "Lexington", null, "Lexington", "40507", null);
            em.persist(office);
            StaffAccount account = new StaffAccount("cm-test", "Case Manager", Role.CASE_MANAGER, lwda, "hash");
            account.setOffice(office);
            em.persist(account);
            Participant participant = new Participant("WP-TEST9999", "Ana", "Lopez", LocalDate.of(1990, 1, 2), lwda);
            participant.setCaseManager(account);
            participant.setCounty(em.find(County.class, "21067"));
            participant.setRaces(java.util.EnumSet.of(
                    org.waypoint.persistence.participant.Race.ASIAN,
                    org.waypoint.persistence.participant.Race.NATIVE_HAWAIIAN_OR_PACIFIC_ISLANDER,
                    org.waypoint.persistence.participant.Race.AMERICAN_INDIAN_OR_ALASKA_NATIVE));
            // the longest code of every coded column, so a column too narrow fails here
            participant.setEmploymentStatus(
                    org.waypoint.persistence.participant.EmploymentStatus.EMPLOYED_WITH_TERMINATION_NOTICE);
            participant.setSelectiveService(
                    org.waypoint.persistence.participant.SelectiveService.NOT_KNOWING_AND_WILLFUL);
            participant.setSchoolStatus(
                    org.waypoint.persistence.participant.SchoolStatus.NOT_IN_SCHOOL_WITHIN_ATTENDANCE_AGE);
            participant.setEducationLevel(
                    org.waypoint.persistence.participant.EducationLevel.POSTSECONDARY_CERTIFICATE);
            participant.setBarriers(java.util.EnumSet.of(
                    org.waypoint.persistence.participant.Barrier.SINGLE_PARENT,
                    org.waypoint.persistence.participant.Barrier.LONG_TERM_UNEMPLOYED,
                    org.waypoint.persistence.participant.Barrier.MIGRANT_SEASONAL_FARMWORKER));
            participant.setPublicAssistance(
                    java.util.EnumSet.of(org.waypoint.persistence.participant.PublicAssistance.SNAP));
            participant.setAnnualFamilyIncome(new java.math.BigDecimal("18250.50"));
            participant.setSsn("cipher", "hash", "6789");
            em.persist(participant);
            em.persist(new org.waypoint.persistence.participant.Enrollment(
                    participant, org.waypoint.persistence.participant.Program.ADULT, LocalDate.of(2026, 1, 5)));
            em.persist(new org.waypoint.persistence.participant.CaseNote(
                    participant,
                    "cm-test",
                    LocalDate.of(2026, 1, 5),
                    org.waypoint.persistence.participant.NoteCategory.CONTACT,
                    "First visit"));
            em.persist(new AuditEntry(Instant.now(), "cm-test", AuditAction.CREATE, "X", "1", lwda.getId(), "{}"));
            em.getTransaction().commit();

            em.getTransaction().begin();
            participant.setFirstName("Anna");
            em.getTransaction().commit();
            em.close();

            EntityManager reader = emf.createEntityManager();
            assertThat(reader.createNamedQuery(County.FIND_BY_ZIP, County.class)
                            .setParameter("zip", "40507")
                            .getSingleResult()
                            .getLwda()
                            .getName())
                    .isEqualTo("Bluegrass");
            Participant read = reader.createNamedQuery(Participant.FIND_WHOLE, Participant.class)
                    .setParameter("id", participant.getId())
                    .getSingleResult();
            assertThat(read.getFirstName()).isEqualTo("Anna");
            assertThat(read.getVersion()).isEqualTo(2);
            assertThat(read.getCaseManager().getUsername()).isEqualTo("cm-test");
            assertThat(read.getCounty().getName()).isEqualTo("Fayette");
            assertThat(read.getBarriers()).hasSize(3);
            assertThat(read.getRaces()).hasSize(3);
            assertThat(read.getEmploymentStatus())
                    .isEqualTo(org.waypoint.persistence.participant.EmploymentStatus.EMPLOYED_WITH_TERMINATION_NOTICE);
            assertThat(read.getAnnualFamilyIncome()).isEqualByComparingTo("18250.50");
            assertThat(read.getSsnLast4()).isEqualTo("6789");
            assertThat(reader.createNamedQuery(
                                    org.waypoint.persistence.participant.Enrollment.FIND_BY_PARTICIPANT,
                                    org.waypoint.persistence.participant.Enrollment.class)
                            .setParameter("participantId", participant.getId())
                            .getSingleResult()
                            .isOpenOn(LocalDate.of(2026, 3, 1)))
                    .isTrue();
            assertThat(reader.createNamedQuery(
                                    org.waypoint.persistence.participant.CaseNote.SEARCH_BY_PARTICIPANT,
                                    org.waypoint.persistence.participant.CaseNote.class)
                            .setParameter("participantId", participant.getId())
                            .setParameter("text", "%first%")
                            .getSingleResult()
                            .getText())
                    .isEqualTo("First visit");
            assertThat(reader.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                            .setParameter("username", "cm-test")
                            .getSingleResult()
                            .getOffice()
                            .getName())
                    .isEqualTo("Lexington");
            assertThat(reader.createNamedQuery(AuditEntry.FIND_RECENT, AuditEntry.class)
                            .getResultList())
                    .hasSize(1);

            planReference(reader, lwda);

            reader.getTransaction().begin();
            AuditEntry entry = reader.createNamedQuery(AuditEntry.FIND_RECENT, AuditEntry.class)
                    .getSingleResult();
            assertThatThrownBy(() -> {
                        reader.remove(entry);
                        reader.flush();
                    })
                    .hasMessageContaining("append-only");
            reader.getTransaction().rollback();
            reader.close();

            assertThat(audited)
                    .extracting(PendingAudit::action, PendingAudit::entityType)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "Participant"),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "StaffAccount"),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "IndustrySector"),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, "TrainingProgram"),
                            org.assertj.core.groups.Tuple.tuple(AuditAction.UPDATE, "Participant"));
            PendingAudit update = audited.stream()
                    .filter(a -> a.action() == AuditAction.UPDATE)
                    .findFirst()
                    .orElseThrow();
            assertThat(update.entityId()).isEqualTo("WP-TEST9999");
            assertThat(update.changes()).isEqualTo("{\"firstName\":{\"from\":\"Ana\",\"to\":\"Anna\"}}");
            PendingAudit participantCreated = audited.stream()
                    .filter(a ->
                            a.action() == AuditAction.CREATE && a.entityType().equals("Participant"))
                    .findFirst()
                    .orElseThrow();
            assertThat(participantCreated.changes())
                    .as("the SSN ciphertext and hash never reach the audit trail")
                    .contains("\"ssnCipher\":{\"set\":true}")
                    .doesNotContain("cipher\"}")
                    .contains("\"ssnLast4\":{\"to\":\"6789\"}");
            PendingAudit accountCreated = audited.stream()
                    .filter(a -> a.entityType().equals("StaffAccount"))
                    .findFirst()
                    .orElseThrow();
            assertThat(accountCreated.changes())
                    .contains("\"passwordHash\":{\"set\":true}")
                    .doesNotContain("hash\"}");
        } finally {
            AuditDescriptorListener.sendOutsideContainerTo(null);
            emf.close();
        }
    }

    /** What a plan picks from: the LWDA's and the state's sectors, the ETPL search, the ITA cap. */
    private static void planReference(EntityManager reader, Lwda bluegrass) {
        assertThat(reader.createNamedQuery(IndustrySector.FIND_FOR_LWDA, IndustrySector.class)
                        .setParameter("state", "KY")
                        .setParameter("lwdaId", bluegrass.getId())
                        .getResultList())
                .extracting(IndustrySector::getName, IndustrySector::isLocal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Advanced Manufacturing", false),
                        org.assertj.core.groups.Tuple.tuple("Equine and Agriculture", true));
        Long greenRiver = reader.createNamedQuery(Lwda.FIND_BY_STATE_AND_NAME, Lwda.class)
                .setParameter("state", "KY")
                .setParameter("name", "Green River")
                .getSingleResult()
                .getId();
        assertThat(reader.createNamedQuery(IndustrySector.FIND_FOR_LWDA, IndustrySector.class)
                        .setParameter("state", "KY")
                        .setParameter("lwdaId", greenRiver)
                        .getResultList())
                .extracting(IndustrySector::getName)
                .containsExactly("Advanced Manufacturing");
        assertThat(reader.createNamedQuery(IndustrySector.FIND_SAME_NAME, IndustrySector.class)
                        .setParameter("state", "KY")
                        .setParameter("name", "equine and agriculture")
                        .setParameter("lwdaId", bluegrass.getId())
                        .setParameter("id", -1L)
                        .getResultList())
                .hasSize(1);
        assertThat(reader.createNamedQuery(IndustrySector.FIND_SAME_NAME, IndustrySector.class)
                        .setParameter("state", "KY")
                        .setParameter("name", "advanced manufacturing")
                        .setParameter("lwdaId", -1L)
                        .setParameter("id", -1L)
                        .getResultList())
                .as("a state-wide name is found for a state-wide sector too")
                .hasSize(1);
        TrainingProgram found = reader.createNamedQuery(TrainingProgram.SEARCH_ACTIVE, TrainingProgram.class)
                .setParameter("state", "KY")
                .setParameter("text", "%nurs%")
                .getSingleResult();
        assertThat(found.getCipCode()).isEqualTo("51.3801");
        assertThat(found.getCost()).isEqualByComparingTo("14200");
        assertThat(found.getDelivery()).isEqualTo(DeliveryMode.IN_PERSON);
        assertThat(reader.createNamedQuery(TrainingProgram.COUNT_SAME, Long.class)
                        .setParameter("state", "KY")
                        .setParameter("provider", "bluegrass community and technical college")
                        .setParameter("program", "associate degree nursing")
                        .setParameter("location", "")
                        .setParameter("id", -1L)
                        .getSingleResult())
                .isEqualTo(1);
        assertThat(reader.find(Lwda.class, bluegrass.getId()).getItaLimit()).isEqualByComparingTo("7500");
    }
}
