package org.waypoint.service.common;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;

/**
 * Recognises the database refusing a row for one named unique index: SQLState 23505 on H2 and on
 * PostgreSQL alike, with the index name in the message (upper case on H2). Lets a service answer a
 * race that only the database can decide (issue 11, defect B) with the usual 400 or 409 instead of
 * a 500. {@link #describe} words every unique constraint of the migrations for the 409 that any
 * other such race answers (issue 18): what already exists, never the values that collided.
 */
public final class UniqueViolation {

    static final String SQL_STATE = "23505";

    /** Every unique constraint and index of the migrations, in words a user can act on. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("uq_participant_ssn_hash", "A participant with this SSN is already registered."),
            Map.entry(
                    "uq_participant_identity_key",
                    "A participant with this name and date of birth is already registered."),
            Map.entry(
                    "uq_participant_number",
                    "Another participant was given the same participant number at the same moment: save again."),
            Map.entry("uq_income_schedule", "An income schedule for this state and effective date already exists."),
            Map.entry("uq_llsil_schedule", "An LLSIL schedule for this region and effective date already exists."),
            Map.entry("uq_lwda_state_code", "An LWDA with this code already exists in the state."),
            Map.entry("uq_lwda_state_name", "An LWDA with this name already exists in the state."),
            Map.entry("uq_office_lwda_name", "An office with this name already exists in the LWDA."),
            Map.entry("uq_staff_username", "A staff account with this user name already exists."),
            Map.entry(
                    "uq_plan_version",
                    "Another version of this plan was saved at the same moment: reload the plan and try again."),
            Map.entry("uq_service_plan_item", "This planned service already has its service record."),
            Map.entry(
                    "uq_assessment_participant",
                    "This participant's assessment was saved by someone else at the same moment: reload it."),
            Map.entry("uq_in_demand_occupation", "This occupation is already on the in-demand list."),
            Map.entry("uq_participant_transfer_pending", "A transfer of this participant is already pending."),
            Map.entry(
                    "uq_monitoring_file_position",
                    "This review's sample was drawn by someone else at the same moment: reload the review."),
            Map.entry("uq_monitoring_file_participant", "This participant's file is already in the review's sample."),
            Map.entry(
                    "uq_monitoring_item_position",
                    "This file's checklist was drawn by someone else at the same moment: reload the review."),
            Map.entry("uq_service_code", "A service with this code already exists in the state's catalog."),
            Map.entry("uq_training_service", "This service already has its training details."),
            Map.entry("uq_supportive_service", "This service already has its supportive service details."),
            Map.entry("uq_supportive_limit", "A limit for this supportive service already exists."),
            Map.entry(
                    "uq_follow_up_enrollment",
                    "Follow-up for this enrollment was started by someone else at the same moment: reload it."),
            Map.entry(
                    "uq_lmi_review_occupation",
                    "This labor market review was saved by someone else at the same moment: reload it."),
            Map.entry("uq_industry_sector", "An industry sector with this name already exists."),
            Map.entry(
                    "uq_training_program",
                    "This training program (provider, program and location) is already listed."));

    /** What a unique violation without a constraint of its own in {@link #WORDS} says. */
    static final String ALREADY_EXISTS =
            "This record already exists: someone may have saved the same thing at the same moment. Reload and check.";

    private UniqueViolation() {}

    /**
     * The words for the unique violation anywhere in {@code failure}'s chain, or null when there is
     * none. Index names are matched case-insensitively (H2 writes them in upper case).
     */
    public static String describe(Throwable failure) {
        Text text = text(failure);
        return text == null ? null : text.english();
    }

    /** {@link #describe} as a text, read in each reader's language (issue 19). */
    public static Text text(Throwable failure) {
        SQLException refusal = StoreFailures.sqlState(failure, SQL_STATE);
        if (refusal == null) {
            return null;
        }
        String message =
                refusal.getMessage() == null ? "" : refusal.getMessage().toLowerCase(Locale.ROOT);
        return WORDS.entrySet().stream()
                .filter(entry -> message.contains(entry.getKey()))
                .map(entry -> Text.of(key(entry.getKey())))
                .findFirst()
                .orElse(Text.of("common.unique.alreadyExists"));
    }

    /** "uq_plan_version" is worded by "common.unique.planVersion". */
    static String key(String constraint) {
        StringBuilder key = new StringBuilder("common.unique.");
        boolean upper = false;
        for (char c : constraint.substring(3).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    /** Whether {@code failure}, or anything it wraps (batched statements included), is that refusal. */
    public static boolean of(Throwable failure, String indexName) {
        String name = indexName.toLowerCase(Locale.ROOT);
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql) {
                // a batch reports the statement that failed as its next exception
                for (Throwable each : sql) {
                    if (each instanceof SQLException e
                            && SQL_STATE.equals(e.getSQLState())
                            && e.getMessage() != null
                            && e.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
