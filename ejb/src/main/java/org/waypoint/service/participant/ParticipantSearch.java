package org.waypoint.service.participant;

import java.io.Serializable;
import org.waypoint.persistence.participant.Program;

/**
 * What staff search participants by. Every part is optional; names match by prefix, ignoring case
 * ("smi" finds Smith; "ann smi" finds Ann Smith). The caller's LWDA limits the search in any case.
 */
public record ParticipantSearch(
        String name,
        String participantNumber,
        String ssnLast4,
        Long lwdaId,
        Long officeId,
        String caseManager,
        Program program,
        Status status,
        Sort sort,
        boolean ascending)
        implements Serializable {

    /** Enrollment status: active (an enrollment open today), exited (all closed), or any. */
    public enum Status {
        ANY,
        ACTIVE,
        EXITED
    }

    /** The columns a list can be sorted by. */
    public enum Sort {
        NAME,
        NUMBER,
        DATE_OF_BIRTH,
        REGISTERED
    }

    public static ParticipantSearch all() {
        return new ParticipantSearch(null, null, null, null, null, null, null, Status.ANY, Sort.REGISTERED, false);
    }

    public static ParticipantSearch byName(String name) {
        return new ParticipantSearch(name, null, null, null, null, null, null, Status.ANY, Sort.NAME, true);
    }
}
