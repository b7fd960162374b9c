package org.waypoint.service.monitoring;

import jakarta.json.bind.annotation.JsonbTransient;
import org.waypoint.persistence.monitoring.ItemResult;
import org.waypoint.service.common.Text;

/**
 * A checklist item as the rules build it: the question with its citation, and what the records show
 * (a suggested result and the evidence read), or a null suggestion when only the monitor can judge.
 * The evidence is kept in English, as it is stored and printed, and as a {@link Text} read in the page's
 * language (issue 19); the text is not part of any JSON.
 */
public record ChecklistItemDraft(
        String code,
        String question,
        String citation,
        ItemResult suggested,
        String evidence,
        @JsonbTransient Text evidenceText) {

    /** An item whose evidence is this text, its English the stored evidence. */
    ChecklistItemDraft(String code, String question, String citation, ItemResult suggested, Text evidenceText) {
        this(code, question, citation, suggested, evidenceText.english(), evidenceText);
    }
}
