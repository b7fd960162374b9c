package org.waypoint.service.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.trainingType() == null) {
            errors.put("trainingType", "Choose the type of training (PIRL 1303).");
        }
        if (input.startDate() == null) {
            errors.put("startDate", "Enter the date training starts.");
        } else {
            if (input.plannedEnd() != null && input.plannedEnd().isBefore(input.startDate())) {
                errors.put("plannedEnd", "The planned end cannot be before the start.");
            }
            if (input.actualEnd() != null && input.actualEnd().isBefore(input.startDate())) {
                errors.put("actualEnd", "The actual end cannot be before the start.");
            }
        }
        if (input.actualEnd() != null && input.outcome() == null) {
            errors.put("outcome", "Say how the training ended.");
        }
        if (input.actualEnd() == null && input.outcome() != null) {
            errors.put("actualEnd", "Enter the date the training ended.");
        }
        // 20 CFR 680.700 (OJT) and 680.760 (customized training) are contracts with an employer
        if (input.trainingType() != null && input.trainingType().atAnEmployer() && blank(input.employer())) {
            errors.put("employer", "On-the-job and customized training name the employer (20 CFR 680.700, 680.760).");
        }
        negative(errors, "itaAmount", input.itaAmount());
        negative(errors, "otherAidAmount", input.otherAidAmount());
        if (input.itaAmount() != null && input.trainingProgramId() == null) {
            // 20 CFR 680.410: an ITA pays only for a program on the Eligible Training Provider List
            errors.putIfAbsent(
                    "trainingProgramId", "An ITA pays only for a program on the Eligible Training Provider List.");
        }
        if (input.itaAmount() != null && input.itaAmount().signum() > 0 && !input.otherAidConsidered()) {
            // 20 CFR 680.230: Pell Grants and other grant aid are considered before WIOA funds training
            errors.put("otherAidConsidered", "Consider Pell Grants and other aid before an ITA pays (20 CFR 680.230).");
        }
        if (itaCap != null && input.itaAmount() != null && input.itaAmount().compareTo(itaCap) > 0) {
            // 20 CFR 680.310: the local board may cap an ITA
            errors.putIfAbsent("itaAmount", "The local area's ITA cap is $" + itaCap.toPlainString() + ".");
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
        if (!stateRequiresSignedPlan) {
            return Map.of();
        }
        if (signedOn == null) {
            return Map.of(
                    "plan", stateName + " requires a signed IEP or ISS before training starts: sign the plan first.");
        }
        if (trainingStart != null && trainingStart.isBefore(signedOn)) {
            return Map.of(
                    "startDate",
                    stateName + " requires the IEP or ISS signed before training starts: the plan was signed on "
                            + signedOn.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"))
                            + ", so training starts that day or later.");
        }
        return Map.of();
    }

    private static void negative(Map<String, String> errors, String field, BigDecimal amount) {
        if (amount != null && amount.signum() < 0) {
            errors.put(field, "Enter an amount of 0 or more.");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
