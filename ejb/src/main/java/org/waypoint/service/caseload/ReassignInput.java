package org.waypoint.service.caseload;

import java.util.List;

/**
 * Who to move and where: the participants by id ({@code participantIds}), or by a filter (every
 * participant of {@code fromCaseManager}, a user name; with {@code activeOnly} only those with an
 * enrollment open today), to the case manager {@code caseManager} (a user name, as the other APIs
 * name staff) or {@code caseManagerId}, and, when given, the office {@code officeId} of the same
 * LWDA (otherwise each keeps their office).
 */
public record ReassignInput(
        List<Long> participantIds,
        String fromCaseManager,
        Boolean activeOnly,
        String caseManager,
        Long caseManagerId,
        Long officeId)
        implements java.io.Serializable {}
