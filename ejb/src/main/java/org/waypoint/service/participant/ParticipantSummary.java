package org.waypoint.service.participant;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One row of a participant list, selected directly by the search query (a JPQL constructor
 * expression): no entity is loaded or managed, so a page of 100 rows costs one query.
 */
public record ParticipantSummary(
        Long id,
        String participantNumber,
        String firstName,
        String lastName,
        LocalDate dateOfBirth,
        String ssnLast4,
        String lwdaName,
        String officeName,
        String caseManager)
        implements Serializable {

    public String ssnMasked() {
        return SsnRules.masked(ssnLast4);
    }
}
