package org.waypoint.persistence.common;

/**
 * Marks case data whose every create, update and delete is written to the audit trail by
 * {@link org.waypoint.persistence.audit.AuditListener}. The LWDA lets auditors and LWDA admins find
 * the changes of their own area.
 */
public interface Auditable {

    /** The identifier written in the audit row. */
    Object auditId();

    /** The LWDA the record belongs to, or null for statewide records. */
    default Long auditLwdaId() {
        return null;
    }
}
