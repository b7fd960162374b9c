package org.waypoint.service.participant;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import org.waypoint.persistence.participant.NoteCategory;

/** A new case note; {@code correctsId} when it corrects an earlier note of the same participant. */
public record CaseNoteInput(
        LocalDate contactDate,
        NoteCategory category,
        @Size(max = 10000) String text,
        Long correctsId,
        Long planId,
        Integer planVersion,
        Long serviceId)
        implements Serializable {

    public static CaseNoteInput simple(LocalDate contactDate, NoteCategory category, String text) {
        return new CaseNoteInput(contactDate, category, text, null, null, null, null);
    }
}
