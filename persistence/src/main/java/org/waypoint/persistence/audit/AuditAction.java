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
    LOCKED,
    /**
     * A registration's duplicate search found a person registered in another LWDA (issue 18): the
     * caller was told only that the person is registered elsewhere. Counted for the per-user limit.
     */
    DUPLICATE_LOOKUP,
    /** Such a lookup over the per-user limit: refused with 429, nothing about the match told. */
    LOOKUP_REFUSED
}
