package org.waypoint.persistence.audit;

/**
 * A change seen by {@link AuditDescriptorListener} during a flush, waiting for the service layer
 * to stamp it with the caller and write it in the same transaction.
 */
public record PendingAudit(AuditAction action, String entityType, String entityId, Long lwdaId, String changes) {}
