package org.waypoint.service.outcomes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.participant.SchoolStatus;
import org.waypoint.service.common.Text;

/**
 * What a measurable skill gain must satisfy before it is saved, as plain Java tested case by case.
 * The indicator counts gains "during a program year" by participants "in an education or training
 * program" (WIOA sec. 116(b)(2)(A)(i)(V); 20 CFR 677.155(a)(1)(v); TEGL 10-16, Change 1): it is not
 * an exit-based measure, so a gain is achieved during participation, on or after the enrollment's
 * entry and not after its exit, and not in the future; and the enrollment is not Wagner-Peyser,
 * where the indicator does not apply.
 *
 * <p>Being in education or training is not refused when Waypoint has no record of it: the education
 * may be one WIOA does not pay for (adult education, high school, a college program on a Pell
 * Grant; PIRL 1811 counts it all), so it is not a service here. What a state monitor samples is the
 * documentation, so {@link #inEducationOrTraining} says whether the gain rests on something on file
 * and the page warns the case manager to document the education (PIRL 1811) when it does not.
 */
public final class SkillGainRules {

    private SkillGainRules() {}

    /**
     * Every broken rule of {@code input}, by field.
     *
     * @param participation the enrollment it is recorded against; null when none could be found
     */
    public static Map<String, Text> check(SkillGainInput input, Participation participation, LocalDate today) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (participation != null && !OutcomeRules.takesOutcomes(participation.program())) {
            errors.put("enrollmentId", Text.of("outcomes.skillGain.wagnerPeyser"));
        }
        if (input.gainType() == null) {
            errors.put("gainType", Text.of("outcomes.skillGain.type.required"));
        }
        LocalDate achievedOn = input.achievedOn();
        if (achievedOn == null) {
            errors.put("achievedOn", Text.of("outcomes.skillGain.achievedOn.required"));
        } else if (achievedOn.isAfter(today)) {
            errors.put("achievedOn", Text.of("outcomes.skillGain.achievedOn.future"));
        } else if (participation != null && achievedOn.isBefore(participation.entryDate())) {
            errors.put(
                    "achievedOn",
                    Text.of(
                            "outcomes.skillGain.achievedOn.beforeEntry",
                            OutcomeRules.shown(participation.entryDate())));
        } else if (participation != null
                && participation.exitDate() != null
                && achievedOn.isAfter(participation.exitDate())) {
            errors.put(
                    "achievedOn",
                    Text.of("outcomes.skillGain.achievedOn.afterExit", OutcomeRules.shown(participation.exitDate())));
        }
        OutcomeRules.evidence(input.evidenceKind(), input.evidenceDescription(), errors);
        OutcomeRules.note(input.note(), errors);
        return errors;
    }

    /**
     * Whether Waypoint holds a record that the participant was in education or training (TEGL 10-16,
     * Change 1; PIRL 1811): the gain names a training, the enrollment has a training that stands, or
     * the participant was in school at entry (PIRL 407).
     */
    public static boolean inEducationOrTraining(
            boolean trainingLinked, boolean trainingInEnrollment, SchoolStatus entrySchoolStatus) {
        return trainingLinked
                || trainingInEnrollment
                || entrySchoolStatus == SchoolStatus.IN_SECONDARY_SCHOOL
                || entrySchoolStatus == SchoolStatus.IN_ALTERNATIVE_SCHOOL
                || entrySchoolStatus == SchoolStatus.IN_POSTSECONDARY_SCHOOL;
    }
}
