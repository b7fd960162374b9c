package org.waypoint.service.outcomes;

import static org.waypoint.persistence.outcomes.Credential.NAME_LENGTH;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
    public static Map<String, String> check(CredentialInput input, Participation participation, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (participation != null && !OutcomeRules.takesOutcomes(participation.program())) {
            errors.put(
                    "enrollmentId",
                    "Wagner-Peyser enrollments do not take credentials: the credential indicator does not apply"
                            + " to the Employment Service (20 CFR 677.155(a)(1)(iv)). Choose a WIOA Title I enrollment.");
        }
        if (input.credentialType() == null) {
            errors.put("credentialType", "Choose the type of credential (PIRL 1800).");
        }
        if (OutcomeRules.blank(input.name())) {
            errors.put("name", "Enter the credential as awarded, for example Certified Nursing Assistant.");
        } else {
            OutcomeRules.length("name", input.name(), NAME_LENGTH, errors);
        }
        attainedOn(input.attainedOn(), participation, today, errors);
        OutcomeRules.evidence(input.evidenceKind(), input.evidenceDescription(), errors);
        OutcomeRules.note(input.note(), errors);
        return errors;
    }

    private static void attainedOn(
            LocalDate attainedOn, Participation participation, LocalDate today, Map<String, String> errors) {
        if (attainedOn == null) {
            errors.put("attainedOn", "Enter the date the credential was attained.");
        } else if (attainedOn.isAfter(today)) {
            errors.put("attainedOn", "The date attained cannot be in the future.");
        } else if (participation != null && attainedOn.isBefore(participation.entryDate())) {
            errors.put(
                    "attainedOn",
                    "A credential attained before the program entry on " + OutcomeRules.shown(participation.entryDate())
                            + " does not count for this enrollment (20 CFR 677.155(a)(1)(iv): during participation).");
        } else if (participation != null
                && participation.exitDate() != null
                && attainedOn.isAfter(lastCountingDay(participation.exitDate()))) {
            errors.put(
                    "attainedOn",
                    "A credential counts only when attained within one year after exit (20 CFR 677.155(a)(1)(iv)):"
                            + " this enrollment exited on " + OutcomeRules.shown(participation.exitDate())
                            + ", so the last day is " + OutcomeRules.shown(lastCountingDay(participation.exitDate()))
                            + ".");
        }
    }

    /** The last day a credential counts: one year after the exit date, that day included. */
    public static LocalDate lastCountingDay(LocalDate exitDate) {
        return exitDate.plusYears(1);
    }
}
