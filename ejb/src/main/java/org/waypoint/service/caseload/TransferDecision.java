package org.waypoint.service.caseload;

/**
 * The receiving LWDA's answer: on accepting, the case manager ({@code caseManager}, a user name, or
 * {@code caseManagerId}) and, when given, the office of that LWDA; on declining, the {@code reason}.
 * {@code version}, when given, is the transfer's as the admin saw it.
 */
public record TransferDecision(String caseManager, Long caseManagerId, Long officeId, String reason, Long version)
        implements java.io.Serializable {}
