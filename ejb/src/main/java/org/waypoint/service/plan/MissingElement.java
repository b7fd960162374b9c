package org.waypoint.service.plan;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import org.waypoint.service.common.Text;

/**
 * An element the plan still lacks: its code and the sentence a monitor would write, as a {@link Text}
 * the plan editor's checklist shows in its reader's language (issue 19). {@link #message()} is its
 * English reading, which the REST API answers as before; the text itself is not serialized.
 */
public record MissingElement(PlanElement element, String message, @JsonbTransient Text text) implements Serializable {

    public MissingElement(PlanElement element, Text text) {
        this(element, text.english(), text);
    }

    static MissingElement of(PlanElement element) {
        return new MissingElement(element, element.text());
    }
}
