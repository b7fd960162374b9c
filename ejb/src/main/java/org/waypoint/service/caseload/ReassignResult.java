package org.waypoint.service.caseload;

import java.util.List;

/** What a reassignment did: how many participants (by number) now have this case manager and office. */
public record ReassignResult(
        int reassigned, String caseManager, String caseManagerName, Long officeId, List<String> participantNumbers)
        implements java.io.Serializable {}
