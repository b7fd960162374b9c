package org.waypoint.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.waypoint.persistence.audit.AuditAction;
import org.waypoint.persistence.audit.AuditEntry;
import org.waypoint.persistence.security.Role;
import org.waypoint.service.security.CallerService;
import org.waypoint.service.security.StaffPrincipal;

/**
 * Reads the audit trail for those who review it, and records the events that are not a change of
 * data (someone was shown a full SSN). There is no method to change or remove an audit row.
 */
@Stateless
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CallerService callers;

    /**
     * One audit row as the pages and the API show it.
     *
     * @param entityClass the entity's class name, so that a page can word the changed fields by their
     *     types (an enum's label, a date, a staff member's name); null for an event about no entity
     * @param changes the JSON the audit listener wrote: per field {@code from}/{@code to}, or
     *     {@code added}/{@code removed} for a list
     */
    public record AuditView(
            Instant occurredAt,
            String actor,
            AuditAction action,
            String entityType,
            String entityClass,
            String entityId,
            String changes)
            implements java.io.Serializable {}

    /** The rows as the pages show them, each with its entity's class name (looked up once for all). */
    private List<AuditView> views(java.util.stream.Stream<AuditEntry> entries) {
        java.util.Map<String, String> classes = new java.util.HashMap<>();
        em.getMetamodel()
                .getEntities()
                .forEach(entity -> classes.putIfAbsent(
                        entity.getJavaType().getSimpleName(),
                        entity.getJavaType().getName()));
        return entries.map(e -> new AuditView(
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction(),
                        e.getEntityType(),
                        classes.get(e.getEntityType()),
                        e.getEntityId(),
                        e.getChanges()))
                .toList();
    }

    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public void recordReveal(String entityType, String entityId, Long lwdaId, String what) {
        StaffPrincipal caller = callers.requireRead(lwdaId);
        em.persist(new AuditEntry(
                Instant.now(),
                caller.username(),
                AuditAction.REVEAL,
                entityType,
                entityId,
                lwdaId,
                jakarta.json.Json.createObjectBuilder()
                        .add("revealed", what)
                        .build()
                        .toString()));
    }

    /** The newest rows the caller may review: all for state admins and monitors, their LWDA's for LWDA admins. */
    @RolesAllowed({Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<AuditView> recent(int max) {
        StaffPrincipal caller = callers.current();
        var query = caller.role().isBoundToLwda()
                ? em.createNamedQuery(AuditEntry.FIND_RECENT_FOR_LWDA, AuditEntry.class)
                        .setParameter("lwdaId", caller.lwdaId())
                : em.createNamedQuery(AuditEntry.FIND_RECENT, AuditEntry.class);
        return views(query.setMaxResults(Math.min(max, 500)).getResultStream());
    }

    /** The history of one record, newest first, for any role that may read the record. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME, Role.MONITOR_NAME})
    public List<AuditView> history(String entityType, String entityId, Long lwdaId) {
        callers.requireRead(lwdaId);
        return views(em.createNamedQuery(AuditEntry.FIND_BY_ENTITY, AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultStream());
    }

    /** Who last changed a record, for the optimistic-locking message. */
    @RolesAllowed({Role.CASE_MANAGER_NAME, Role.LWDA_ADMIN_NAME, Role.STATE_ADMIN_NAME})
    public String lastChangedBy(String entityType, String entityId) {
        return em.createNamedQuery(AuditEntry.FIND_BY_ENTITY, AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setMaxResults(1)
                .getResultStream()
                .map(AuditEntry::getActor)
                .findFirst()
                .orElse(null);
    }
}
