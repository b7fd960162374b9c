package org.waypoint.service.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * What a sampled case file's records say, as far as the checklist asks: read by {@link
 * FileFactsReader}, judged by {@link ChecklistRules}. Lists are never null.
 *
 * @param asOf the end of the review period: reviews are due up to it
 * @param signedOn the day the first version of the plan was signed, or null
 * @param copyOffered whether the signed copy was offered to the participant when filed (null: no
 *     signed copy filed)
 * @param lmi the plan's LMI section, or null when the plan has none
 * @param eligibility the latest eligibility determination, or null
 */
public record FileFacts(
        String stateCode,
        LocalDate asOf,
        LocalDate planCreated,
        LocalDate signedOn,
        List<LocalDate> reviews,
        Integer reviewIntervalDays,
        List<LocalDate> trainingStarts,
        Lmi lmi,
        int goals,
        int goalsWithoutJustification,
        int objectives,
        int objectivesWithoutJustification,
        int services,
        int servicesWithoutJustification,
        Boolean copyOffered,
        List<LocalDate> serviceStarts,
        Eligibility eligibility) {

    public FileFacts {
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        trainingStarts = trainingStarts == null ? List.of() : List.copyOf(trainingStarts);
        serviceStarts = serviceStarts == null ? List.of() : List.copyOf(serviceStarts);
    }

    /**
     * The LMI review of the plan (Kentucky 24-003 section A): whether it was reviewed with the
     * participant, its occupations, and how many of them carry the four figures (annual and hourly
     * wage, projected growth, annual openings).
     */
    public record Lmi(boolean reviewedWithParticipant, int occupations, int occupationsWithFigures, boolean comment) {}

    /**
     * The latest eligibility determination: its date and program, whether eligible, and the facts
     * with their source documentation (TEGL 23-19), e.g. "AGE: DRIVERS_LICENSE".
     */
    public record Eligibility(LocalDate determinedOn, String program, boolean eligible, List<String> documentedFacts) {
        public Eligibility {
            documentedFacts = documentedFacts == null ? List.of() : List.copyOf(documentedFacts);
        }
    }
}
