package org.waypoint.persistence.audit;

/** What an audit row records. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    /** Someone was shown a protected value in full (an SSN). */
    REVEAL,
    LOGIN,
    LOGIN_FAILED,
    LOCKED
}
