package org.waypoint.service.participant;

import java.time.LocalDate;

/**
 * What staff type to register or correct a participant. {@code lwdaId} may be left empty by a case
 * manager (their own LWDA is used); {@code version} is the one the editor loaded, for optimistic locking.
 */
public record ParticipantInput(String firstName, String lastName, LocalDate dateOfBirth, Long lwdaId, Long version)
        implements java.io.Serializable {}
