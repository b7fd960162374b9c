package org.waypoint.service.participant;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An existing participant who may be the person being registered: the same SSN (then it is the
 * same person) or the same name and date of birth. Another LWDA's record shows only its LWDA and
 * number, never its details.
 */
public record PossibleDuplicate(
        Long id,
        String participantNumber,
        String name,
        LocalDate dateOfBirth,
        String lwdaName,
        boolean sameSsn,
        boolean visible)
        implements Serializable {}
