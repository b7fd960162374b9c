package org.waypoint.service.plan;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.waypoint.persistence.assessment.ObjectiveAssessment;
import org.waypoint.persistence.eligibility.EligibilityDetermination;
import org.waypoint.persistence.participant.Enrollment;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.assessment.BasicSkillsRules;
import org.waypoint.service.common.InvalidInputException;
import org.waypoint.service.common.Text;

/**
 * What a participant needs before a plan is started, and what the new plan is prefilled with: an
 * open enrollment in a program of the plan's kind with an eligible determination (an ISS also a
 * current objective assessment, 20 CFR 681.420(a)); strengths, stressors and barriers from the record.
 */
final class PlanPrerequisites {

    private PlanPrerequisites() {}

    static void requireEligible(EntityManager em, Participant participant, PlanKind kind) {
        List<Enrollment> enrollments = em.createNamedQuery(Enrollment.FIND_BY_PARTICIPANT, Enrollment.class)
                .setParameter("participantId", participant.getId())
                .getResultList();
        Set<Program> programs = kind.programs();
        LocalDate today = LocalDate.now();
        List<Program> open = enrollments.stream()
                .filter(e -> e.getExitDate() == null || !e.getExitDate().isBefore(today))
                .map(Enrollment::getProgram)
                .filter(programs::contains)
                .toList();
        if (open.isEmpty()) {
            throw InvalidInputException.of(
                    "kind",
                    Text.of(
                            kind == PlanKind.IEP
                                    ? "plan.prerequisite.iepEnrollment"
                                    : "plan.prerequisite.issEnrollment"));
        }
        boolean needsDetermination = open.stream().noneMatch(p -> p == Program.WAGNER_PEYSER);
        if (needsDetermination) {
            boolean eligible = em.createNamedQuery(
                            EligibilityDetermination.FIND_BY_PARTICIPANT, EligibilityDetermination.class)
                    .setParameter("participantId", participant.getId())
                    .getResultStream()
                    .anyMatch(d -> d.isEligible() && open.contains(d.getProgram()));
            if (!eligible) {
                throw InvalidInputException.of(
                        "kind",
                        Text.of(
                                "plan.prerequisite.eligibility",
                                Text.of("plan.program." + open.get(0).name())));
            }
        }
    }

    /**
     * The ISS rests on an objective assessment (20 CFR 681.420(a)); one older than the state's limit
     * (6 months by default) must be brought up to date first.
     */
    static void requireCurrentAssessment(EntityManager em, Participant participant) {
        int maxAge = participant.getLwda().getState().getAssessmentMaxAgeMonths();
        ObjectiveAssessment assessment = assessment(em, participant);
        if (assessment == null || assessment.getAssessedOn() == null) {
            throw InvalidInputException.of("kind", Text.of("plan.prerequisite.assessment"));
        }
        if (BasicSkillsRules.isStale(assessment.getAssessedOn(), LocalDate.now(), maxAge)) {
            throw InvalidInputException.of(
                    "kind",
                    Text.of(
                            "plan.prerequisite.staleAssessment",
                            assessment
                                    .getAssessedOn()
                                    .format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy")),
                            maxAge));
        }
    }

    /** The youth barriers of the newest determination that found the youth eligible (its facts as saved). */
    private static Set<String> determinedYouthBarriers(EntityManager em, Participant participant) {
        return em.createNamedQuery(EligibilityDetermination.FIND_BY_PARTICIPANT, EligibilityDetermination.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .filter(d -> d.isEligible()
                        && (d.getProgram() == Program.YOUTH_OUT_OF_SCHOOL || d.getProgram() == Program.YOUTH_IN_SCHOOL))
                .findFirst()
                .map(d -> youthBarriers(d.getFacts()))
                .orElse(Set.of());
    }

    private static Set<String> youthBarriers(String facts) {
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(facts))) {
            jakarta.json.JsonObject saved = reader.readObject();
            jakarta.json.JsonValue barriers = saved.get("youthBarriers");
            if (!(barriers instanceof jakarta.json.JsonArray codes)) {
                return Set.of();
            }
            return codes.stream()
                    .filter(code -> code instanceof jakarta.json.JsonString)
                    .map(code -> ((jakarta.json.JsonString) code).getString())
                    .collect(java.util.stream.Collectors.toSet());
        } catch (jakarta.json.JsonException | IllegalStateException e) {
            return Set.of(); // an old determination's facts that do not read as an object carry no barrier
        }
    }

    private static ObjectiveAssessment assessment(EntityManager em, Participant participant) {
        return em.createNamedQuery(ObjectiveAssessment.FIND_BY_PARTICIPANT, ObjectiveAssessment.class)
                .setParameter("participantId", participant.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    static PlanContent prefill(EntityManager em, Participant participant, PlanKind kind) {
        ObjectiveAssessment assessment = assessment(em, participant);
        List<String> onRecord = participant.getBarriers().stream()
                .map(org.waypoint.persistence.participant.Barrier::getLabel)
                .sorted()
                .toList();
        List<String> barriers = kind == PlanKind.ISS
                ? IssBarriers.startingWith(determinedYouthBarriers(em, participant), onRecord)
                : onRecord;
        PlanContent.TrainingNeeds needs = assessment == null || assessment.getSupportiveServiceNeeds() == null
                ? null
                : new PlanContent.TrainingNeeds(null, null, null, assessment.getSupportiveServiceNeeds(), null);
        return new PlanContent(
                null,
                null,
                null,
                null,
                assessment == null ? null : assessment.getStrengths(),
                null,
                assessment == null ? null : assessment.getStressorsAndChallenges(),
                barriers,
                null,
                needs,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
