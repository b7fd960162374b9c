package org.waypoint.persistence.supportive;

/**
 * Where a supportive-service request stands: approved at once within the LWDA's limit, pending its
 * admin above it, then approved or denied with a reason.
 */
public enum SupportiveStatus {
    APPROVED,
    PENDING,
    DENIED
}
