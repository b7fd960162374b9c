package org.waypoint.service.outcomes;

import static org.waypoint.persistence.outcomes.Credential.NAME_LENGTH;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.service.common.Text;

/**
 * What a credential must satisfy before it is saved, as plain Java tested case by case. The
 * credential attainment indicator counts a credential "obtained during participation or within one
 * year after exit" (WIOA sec. 116(b)(2)(A)(i)(IV); 20 CFR 677.155(a)(1)(iv); TEGL 10-16, Change 1),
 * and PIRL 1800 repeats it: "must be attained either during participation or within one year of
 * exit". So the date is on or after the enrollment's entry, not more than a year after its exit,
 * and not in the future; and the enrollment is not Wagner-Peyser, where the indicator does not
 * apply.
 */
public final class CredentialRules {

    private CredentialRules() {}

    /**
     * Every broken rule of {@code input}, by field.
     *
     * @param participation the enrollment it is recorded against; null when none could be found
     *     (that is named on {@code enrollmentId} by the caller)
     */
    public static Map<String, Text> check(CredentialInput input, Participation participation, LocalDate today) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (participation != null && !OutcomeRules.takesOutcomes(participation.program())) {
            errors.put("enrollmentId", Text.of("outcomes.credential.wagnerPeyser"));
        }
        if (input.credentialType() == null) {
            errors.put("credentialType", Text.of("outcomes.credential.type.required"));
        }
        if (OutcomeRules.blank(input.name())) {
            errors.put("name", Text.of("outcomes.credential.name.required"));
        } else {
            OutcomeRules.length("name", input.name(), NAME_LENGTH, errors);
        }
        attainedOn(input.attainedOn(), participation, today, errors);
        OutcomeRules.evidence(input.evidenceKind(), input.evidenceDescription(), errors);
        OutcomeRules.note(input.note(), errors);
        return errors;
    }

    private static void attainedOn(
            LocalDate attainedOn, Participation participation, LocalDate today, Map<String, Text> errors) {
        if (attainedOn == null) {
            errors.put("attainedOn", Text.of("outcomes.credential.attainedOn.required"));
        } else if (attainedOn.isAfter(today)) {
            errors.put("attainedOn", Text.of("outcomes.credential.attainedOn.future"));
        } else if (participation != null && attainedOn.isBefore(participation.entryDate())) {
            errors.put(
                    "attainedOn",
                    Text.of(
                            "outcomes.credential.attainedOn.beforeEntry",
                            OutcomeRules.shown(participation.entryDate())));
        } else if (participation != null
                && participation.exitDate() != null
                && attainedOn.isAfter(lastCountingDay(participation.exitDate()))) {
            errors.put(
                    "attainedOn",
                    Text.of(
                            "outcomes.credential.attainedOn.afterYear",
                            OutcomeRules.shown(participation.exitDate()),
                            OutcomeRules.shown(lastCountingDay(participation.exitDate()))));
        }
    }

    /** The last day a credential counts: one year after the exit date, that day included. */
    public static LocalDate lastCountingDay(LocalDate exitDate) {
        return exitDate.plusYears(1);
    }
}
