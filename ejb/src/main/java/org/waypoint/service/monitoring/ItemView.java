package org.waypoint.service.monitoring;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.monitoring.FindingStatus;
import org.waypoint.persistence.monitoring.ItemResult;
import org.waypoint.persistence.monitoring.MonitoringItem;
import org.waypoint.service.common.Text;

/** A checklist item as pages, the API and the PDF show it; a finding's corrective action included. */
public record ItemView(
        long id,
        String code,
        String question,
        String citation,
        ItemResult suggested,
        String evidence,
        ItemResult result,
        String comment,
        String checkedBy,
        FindingStatus findingStatus,
        LocalDate dueDate,
        String response,
        String respondedBy,
        Instant respondedAt,
        String closedBy,
        Instant closedAt,
        long version,
        @JsonbTransient String evidenceJson)
        implements Serializable {

    /**
     * {@link #evidence()} in the reader's language (issue 19): read from the text stored beside the
     * English when the item was drafted; an item drafted before (or whose text no longer reads as its
     * English) shows its stored English.
     */
    public Text evidenceText() {
        String english = evidence == null ? "" : evidence;
        if (evidenceJson != null) {
            try {
                Text text = Text.fromJson(evidenceJson);
                if (text.english().equals(english)) {
                    return text;
                }
            } catch (RuntimeException unreadable) {
                // A text written by another version: its English stands.
            }
        }
        return Text.literal(english);
    }

    /**
     * {@link #question()} in the reader's language (issue 19): the question is stored in English as
     * {@link ChecklistRules} words it for the item's code; a question of an unknown code stays as it is.
     */
    public Text questionText() {
        if (code == null || question == null) {
            return Text.literal(question == null ? "" : question);
        }
        Text text;
        if ("KY_REVIEWS".equals(code)) {
            String days = question.replaceAll("\\D+", "");
            text = Text.of("monitoring.question.KY_REVIEWS", days);
        } else if (QUESTIONS.contains(code)) {
            text = Text.of("monitoring.question." + code);
        } else {
            return Text.literal(question);
        }
        return text.english().equals(question) ? text : Text.literal(question);
    }

    private static final java.util.Set<String> QUESTIONS = java.util.Set.of(
            "ELIGIBILITY_SOURCES",
            "REQUIRED_ELEMENTS",
            "KY_LMI",
            "KY_BEFORE_TRAINING",
            "GA_JUSTIFICATION",
            "GA_SIGNED_COPY",
            "GA_FLOW");

    static ItemView of(MonitoringItem i) {
        return new ItemView(
                i.getId(),
                i.getCode(),
                i.getQuestion(),
                i.getCitation(),
                i.getSuggested(),
                i.getEvidence(),
                i.getResult(),
                i.getComment(),
                i.getCheckedBy(),
                i.getFindingStatus(),
                i.getDueDate(),
                i.getResponse(),
                i.getRespondedBy(),
                i.getRespondedAt(),
                i.getClosedBy(),
                i.getClosedAt(),
                i.getVersion(),
                i.getEvidenceText());
    }
}
