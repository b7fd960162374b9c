package org.waypoint.service.participant;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.waypoint.persistence.participant.CaseNote;
import org.waypoint.persistence.participant.NoteCategory;

/** A case note as pages and the API show it; {@code correctsId} points to the note it corrects. */
public record CaseNoteView(
        Long id,
        String author,
        Instant writtenAt,
        LocalDate contactDate,
        NoteCategory category,
        String text,
        Long correctsId,
        Long planId,
        Integer planVersion,
        Long serviceId)
        implements Serializable {

    static CaseNoteView of(CaseNote n) {
        return new CaseNoteView(
                n.getId(),
                n.getAuthor(),
                n.getWrittenAt(),
                n.getContactDate(),
                n.getCategory(),
                n.getText(),
                n.getCorrects() == null ? null : n.getCorrects().getId(),
                n.getPlanId(),
                n.getPlanVersion(),
                n.getServiceId());
    }
}
