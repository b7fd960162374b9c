package org.waypoint.service.participant;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An existing participant who may be the person being registered: the same SSN (then it is the
 * same person) or the same name and date of birth. A record of an LWDA the caller may not read is
 * told only to exist (issue 18): no id, number, name, birth date or LWDA, so that a registration
 * cannot be used to find out where someone is served; the caller is sent to the state help desk.
 */
public record PossibleDuplicate(
        Long id,
        String participantNumber,
        String name,
        LocalDate dateOfBirth,
        String lwdaName,
        boolean sameSsn,
        boolean visible)
        implements Serializable {

    static PossibleDuplicate elsewhere(boolean sameSsn) {
        return new PossibleDuplicate(null, null, null, null, null, sameSsn, false);
    }
}
