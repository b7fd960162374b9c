package org.waypoint.service.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.service.common.Text;

/**
 * What a training record must satisfy before it is saved, as plain Java so each rule is tested case
 * by case: sensible dates, an employer for training at one, an ITA only for an Eligible Training
 * Provider List program and within the local cap, other aid considered first, no negative amounts.
 * Each answer names the input field it is about.
 */
public final class TrainingRules {

    private TrainingRules() {}

    /**
     * Every broken rule of {@code input}, by field.
     *
     * @param itaCap the LWDA's ITA cap, null where the local board sets none
     */
    public static Map<String, String> check(TrainingInput input, BigDecimal itaCap) {
        return english(checkTexts(input, itaCap));
    }

    /** {@link #check}, as texts of the feature's bundle so that a page reads them in its language. */
    public static Map<String, Text> checkTexts(TrainingInput input, BigDecimal itaCap) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (input.trainingType() == null) {
            errors.put("trainingType", Text.of("training.type.required"));
        }
        if (input.startDate() == null) {
            errors.put("startDate", Text.of("training.start.required"));
        } else {
            if (input.plannedEnd() != null && input.plannedEnd().isBefore(input.startDate())) {
                errors.put("plannedEnd", Text.of("training.plannedEnd.beforeStart"));
            }
            if (input.actualEnd() != null && input.actualEnd().isBefore(input.startDate())) {
                errors.put("actualEnd", Text.of("training.actualEnd.beforeStart"));
            }
        }
        if (input.actualEnd() != null && input.outcome() == null) {
            errors.put("outcome", Text.of("training.outcome.required"));
        }
        if (input.actualEnd() == null && input.outcome() != null) {
            errors.put("actualEnd", Text.of("training.actualEnd.required"));
        }
        // 20 CFR 680.700 (OJT) and 680.760 (customized training) are contracts with an employer
        if (input.trainingType() != null && input.trainingType().atAnEmployer() && blank(input.employer())) {
            errors.put("employer", Text.of("training.employer.required"));
        }
        negative(errors, "itaAmount", input.itaAmount());
        negative(errors, "otherAidAmount", input.otherAidAmount());
        if (input.itaAmount() != null && input.trainingProgramId() == null) {
            // 20 CFR 680.410: an ITA pays only for a program on the Eligible Training Provider List
            errors.putIfAbsent("trainingProgramId", Text.of("training.ita.etplOnly"));
        }
        if (input.itaAmount() != null && input.itaAmount().signum() > 0 && !input.otherAidConsidered()) {
            // 20 CFR 680.230: Pell Grants and other grant aid are considered before WIOA funds training
            errors.put("otherAidConsidered", Text.of("training.ita.otherAid"));
        }
        if (itaCap != null && input.itaAmount() != null && input.itaAmount().compareTo(itaCap) > 0) {
            // 20 CFR 680.310: the local board may cap an ITA
            errors.putIfAbsent("itaAmount", Text.of("training.ita.cap", itaCap.toPlainString()));
        }
        return errors;
    }

    /**
     * The state's training gate: where it requires one (Kentucky 24-003: the IEP/ISS "is completed
     * prior to enrollment of career training services"), training starts on or after the day a plan
     * of the participant was first signed.
     *
     * @param signedOn the day the participant's first plan version was signed; null when none is
     */
    public static Map<String, String> gate(
            boolean stateRequiresSignedPlan, LocalDate signedOn, LocalDate trainingStart, String stateName) {
        return english(gateTexts(stateRequiresSignedPlan, signedOn, trainingStart, stateName));
    }

    /** {@link #gate}, as texts. */
    public static Map<String, Text> gateTexts(
            boolean stateRequiresSignedPlan, LocalDate signedOn, LocalDate trainingStart, String stateName) {
        if (!stateRequiresSignedPlan) {
            return Map.of();
        }
        if (signedOn == null) {
            return Map.of("plan", Text.of("training.gate.unsigned", stateName));
        }
        if (trainingStart != null && trainingStart.isBefore(signedOn)) {
            return Map.of(
                    "startDate",
                    Text.of(
                            "training.gate.signedLater",
                            stateName,
                            signedOn.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"))));
        }
        return Map.of();
    }

    private static void negative(Map<String, Text> errors, String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            errors.put(field, Text.of("training.amount.negative"));
        }
    }

    /** The messages in English, as the REST API and the tests read them. */
    static Map<String, String> english(Map<String, Text> texts) {
        Map<String, String> read = new LinkedHashMap<>();
        texts.forEach((field, text) -> read.put(field, text.english()));
        return read;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
