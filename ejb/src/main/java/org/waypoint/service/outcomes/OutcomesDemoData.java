package org.waypoint.service.outcomes;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.waypoint.persistence.outcomes.Credential;
import org.waypoint.persistence.outcomes.CredentialType;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.persistence.outcomes.SkillGain;
import org.waypoint.persistence.outcomes.SkillGainType;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.persistence.security.StaffAccount;
import org.waypoint.persistence.training.Training;

/**
 * The embedded demo's outcomes, so the Outcomes tab shows something on the first start: Dana
 * Whitaker (WP-DEMO0001, Bluegrass) earned a Basic Life Support certification and passed a
 * clinical skills check-off in her nursing training; Tamika Reed (WP-DEMO0003, Kentuckiana) earned
 * her GED and gained an educational functioning level on the TABE, with no training on file (the
 * page's warning to document her adult education). Written through the entities; a participant
 * who has outcomes already is left as she is.
 */
final class OutcomesDemoData {

    private OutcomesDemoData() {}

    /** Adds what is missing; answers how many records were added. */
    static int create(EntityManager em, LocalDate today) {
        int created = 0;
        Participant dana = participant(em, "WP-DEMO0001");
        Enrollment danaAdult = openAdult(em, dana);
        StaffAccount bluegrass = account(em, "cm-bluegrass");
        if (danaAdult != null && bluegrass != null && !hasOutcomes(em, dana)) {
            Training nursing = em.createNamedQuery(Training.FIND_BY_PARTICIPANT, Training.class)
                    .setParameter("participantId", dana.getId())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            Credential bls = new Credential(
                    danaAdult,
                    CredentialType.OCCUPATIONAL_CERTIFICATION,
                    "Basic Life Support (BLS) Provider, American Heart Association",
                    latest(today.minusDays(6), danaAdult),
                    bluegrass);
            bls.setEvidence(EvidenceKind.COPY_OF_CREDENTIAL, "AHA BLS Provider eCard, copy in the case file");
            bls.setTraining(nursing);
            em.persist(bls);
            SkillGain checkOff = new SkillGain(
                    danaAdult, SkillGainType.TRAINING_MILESTONE, latest(today.minusDays(3), danaAdult), bluegrass);
            checkOff.setEvidence(
                    EvidenceKind.PROVIDER_RECORD,
                    "BCTC progress report: first clinical skills check-off passed, satisfactory in every area");
            checkOff.setTraining(nursing);
            em.persist(checkOff);
            created += 2;
        }
        Participant tamika = participant(em, "WP-DEMO0003");
        Enrollment tamikaAdult = openAdult(em, tamika);
        StaffAccount kentuckiana = account(em, "cm-kentuckiana");
        if (tamikaAdult != null && kentuckiana != null && !hasOutcomes(em, tamika)) {
            Credential ged = new Credential(
                    tamikaAdult,
                    CredentialType.SECONDARY_DIPLOMA,
                    "GED (Kentucky high school equivalency diploma)",
                    latest(today.minusDays(5), tamikaAdult),
                    kentuckiana);
            ged.setEvidence(EvidenceKind.TRANSCRIPT, "GED Testing Service transcript, all four subjects passed");
            em.persist(ged);
            SkillGain efl = new SkillGain(
                    tamikaAdult,
                    SkillGainType.EDUCATIONAL_FUNCTIONING_LEVEL,
                    latest(today.minusDays(20), tamikaAdult),
                    kentuckiana);
            efl.setEvidence(
                    EvidenceKind.TEST_RESULTS, "TABE 11/12 reading: level 3 at the pre-test, level 4 at the post-test");
            efl.setNote("Adult education classes at the Louisville Urban League, not paid by WIOA.");
            em.persist(efl);
            created += 2;
        }
        return created;
    }

    /** The day, or the enrollment's entry when that is later (an outcome is not before entry). */
    private static LocalDate latest(LocalDate day, Enrollment enrollment) {
        return day.isBefore(enrollment.getEntryDate()) ? enrollment.getEntryDate() : day;
    }

    private static boolean hasOutcomes(EntityManager em, Participant participant) {
        return !em.createNamedQuery(Credential.FIND_BY_PARTICIPANT, Credential.class)
                        .setParameter("participantId", participant.getId())
                        .getResultList()
                        .isEmpty()
                || !em.createNamedQuery(SkillGain.FIND_BY_PARTICIPANT, SkillGain.class)
                        .setParameter("participantId", participant.getId())
                        .getResultList()
                        .isEmpty();
    }

    private static Enrollment openAdult(EntityManager em, Participant participant) {
        if (participant == null) {
            return null;
        }
        return em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .filter(e -> e.getProgram() == Program.ADULT && e.getExitDate() == null)
                .findFirst()
                .orElse(null);
    }

    private static Participant participant(EntityManager em, String number) {
        return em.createQuery("SELECT p FROM Participant p WHERE p.participantNumber = :number", Participant.class)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private static StaffAccount account(EntityManager em, String username) {
        return em.createNamedQuery(StaffAccount.FIND_BY_USERNAME, StaffAccount.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
