package org.waypoint.service.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.participant.Disclosure;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/**
 * What a WIOA Title I enrollment needs from eligibility, checked in the enrollment's transaction: an
 * eligible determination for the program made for a date on or before the entry date (20 CFR
 * 677.150(a)), the program's age on the entry date itself (680.120, 681.210(b), 681.220(b)), and,
 * for youth, room under the local 5% caps the determination counts toward (681.250(c), 681.310(b)).
 * The enrollment then rests on that determination and keeps the participant's characteristics at
 * entry. Wagner-Peyser needs no WIOA Title I determination.
 */
@Stateless
public class EnrollmentEligibility {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private YouthCapService caps;

    /** Checks and completes a new enrollment, or refuses naming the field; the caller persists it. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public void admit(Enrollment enrollment) {
        Participant participant = enrollment.getParticipant();
        freeze(enrollment, participant);
        if (enrollment.getProgram() == org.waypoint.persistence.participant.Program.WAGNER_PEYSER) {
            return;
        }
        Program program = Program.valueOf(enrollment.getProgram().name());
        LocalDate entry = enrollment.getEntryDate();
        EligibilityDetermination determination = latestDetermination(participant, enrollment, entry);
        ageAtEntry(program, participant, entry);
        Set<String> conditions = conditions(determination);
        boolean exception = conditions.contains(EligibilityCondition.LOW_INCOME_EXCEPTION.name());
        boolean assistance = conditions.contains(EligibilityCondition.IN_SCHOOL_ADDITIONAL_ASSISTANCE.name());
        if (program.isYouth()) {
            caps.count(participant.getLwda(), entry, program == Program.YOUTH_IN_SCHOOL, exception, assistance);
        }
        enrollment.restOn(determination, exception, assistance);
    }

    private EligibilityDetermination latestDetermination(
            Participant participant, Enrollment enrollment, LocalDate entry) {
        List<EligibilityDetermination> found = em.createQuery(
                        "SELECT d FROM EligibilityDetermination d WHERE d.participant.id = :participant"
                                + " AND d.program = :program AND d.asOf <= :entry"
                                + " ORDER BY d.determinedAt DESC, d.id DESC",
                        EligibilityDetermination.class)
                .setParameter("participant", participant.getId())
                .setParameter("program", enrollment.getProgram())
                .setParameter("entry", entry)
                .setMaxResults(1)
                .getResultList();
        Text program = Program.valueOf(enrollment.getProgram().name()).text();
        if (found.isEmpty()) {
            throw InvalidInputException.of("program", Explanations.text("enrollment.noDetermination", program));
        }
        if (!found.get(0).isEligible()) {
            throw InvalidInputException.of("program", Explanations.text("enrollment.notEligible", program));
        }
        return found.get(0);
    }

    /** The program's age range on the entry date: eligibility found earlier may have aged out. */
    private static void ageAtEntry(Program program, Participant participant, LocalDate entry) {
        int age = AgeRules.ageOn(participant.getDateOfBirth(), entry);
        String problem =
                switch (program) {
                    case ADULT -> age >= AgeRules.ADULT_MINIMUM ? null : "adult";
                    case YOUTH_OUT_OF_SCHOOL ->
                        age >= AgeRules.OUT_OF_SCHOOL_MINIMUM && age <= AgeRules.OUT_OF_SCHOOL_MAXIMUM
                                ? null
                                : "outOfSchool";
                    case YOUTH_IN_SCHOOL ->
                        age >= AgeRules.IN_SCHOOL_MINIMUM
                                        && (age <= AgeRules.IN_SCHOOL_MAXIMUM
                                                || participant.getDisability() == Disclosure.YES)
                                ? null
                                : "inSchool";
                    case DISLOCATED_WORKER -> null;
                };
        if (problem != null) {
            throw InvalidInputException.of(
                    "entryDate",
                    Explanations.text("enrollment.age", age, Explanations.text("enrollment.age." + problem)));
        }
    }

    private static Set<String> conditions(EligibilityDetermination determination) {
        String stored = determination.getConditions();
        return stored == null || stored.isBlank()
                ? Set.of()
                : Arrays.stream(stored.split(",")).map(String::trim).collect(Collectors.toSet());
    }

    /** Characteristics at entry as federal reporting needs them, copied now and kept whatever the record says later. */
    private static void freeze(Enrollment enrollment, Participant participant) {
        enrollment.setEntryCharacteristics(
                participant.getEmploymentStatus(),
                participant.getEducationLevel(),
                participant.getSchoolStatus(),
                participant.getBarriers(),
                participant.getPublicAssistance());
    }
}
