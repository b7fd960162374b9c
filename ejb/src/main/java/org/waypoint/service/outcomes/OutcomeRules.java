package org.waypoint.service.outcomes;

import static org.waypoint.persistence.outcomes.OutcomeRecord.EVIDENCE_DESCRIPTION_LENGTH;
import static org.waypoint.persistence.outcomes.OutcomeRecord.NOTE_LENGTH;
import static org.waypoint.persistence.outcomes.OutcomeRecord.VOID_REASON_LENGTH;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.waypoint.persistence.outcomes.EvidenceKind;
import org.waypoint.persistence.participant.Program;
import org.waypoint.service.common.Text;

/**
 * The rules credentials and skill gains share, as plain Java: which programs take them, the
 * evidence a monitor samples, the note's length and a void's reason. Each answer names the input
 * field it is about; the limits are the columns' (V21).
 */
public final class OutcomeRules {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private OutcomeRules() {}

    /**
     * Whether an enrollment in {@code program} takes credentials and skill gains. The credential
     * attainment and measurable skill gains indicators (20 CFR 677.155(a)(1)(iv) and (v)) do not apply
     * to the Wagner-Peyser Employment Service, which reports the employment and earnings indicators
     * only (TEGL 10-16, Change 1).
     */
    public static boolean takesOutcomes(Program program) {
        return program != Program.WAGNER_PEYSER;
    }

    /** The evidence: its kind, and a description of the document that a monitor can ask to see. */
    static void evidence(EvidenceKind kind, String description, Map<String, Text> errors) {
        if (kind == null) {
            errors.put("evidenceKind", Text.of("outcomes.evidenceKind.required"));
        }
        if (blank(description)) {
            errors.put("evidenceDescription", Text.of("outcomes.evidenceDescription.required"));
        } else {
            length("evidenceDescription", description, EVIDENCE_DESCRIPTION_LENGTH, errors);
        }
    }

    static void note(String note, Map<String, Text> errors) {
        if (note != null) {
            length("note", note, NOTE_LENGTH, errors);
        }
    }

    /** A void needs its reason, which the record keeps. */
    public static Map<String, Text> checkVoidReason(String reason) {
        Map<String, Text> errors = new LinkedHashMap<>();
        if (blank(reason)) {
            errors.put("reason", Text.of("outcomes.voidReason.required"));
        } else {
            length("reason", reason, VOID_REASON_LENGTH, errors);
        }
        return errors;
    }

    static void length(String field, String text, int max, Map<String, Text> errors) {
        if (text.strip().length() > max) {
            errors.put(field, Text.of("outcomes.atMost", max));
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    static String shown(LocalDate day) {
        return day.format(SHOWN);
    }
}
