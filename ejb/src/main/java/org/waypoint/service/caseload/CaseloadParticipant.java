package org.waypoint.service.caseload;

/** A participant behind a figure of the board, or chosen to reassign. */
public record CaseloadParticipant(
        long id,
        String participantNumber,
        String name,
        String caseManager,
        String caseManagerName,
        String officeName,
        boolean active,
        long version)
        implements java.io.Serializable {}
