package org.waypoint.persistence.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row of the audit trail: who did what to which record, when, and which fields changed. Rows
 * are insert-only: the entity has no setters and refuses updates and removals, and on PostgreSQL a
 * trigger refuses them too (DOL TEGL 39-11 asks to audit who saw and changed PII).
 */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = AuditEntry.FIND_BY_ENTITY,
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
                + " ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(
        name = AuditEntry.FIND_SINCE_BY_ACTOR,
        query = "SELECT a.occurredAt FROM AuditEntry a WHERE a.actor = :actor AND a.action = :action"
                + " AND a.occurredAt > :since ORDER BY a.occurredAt")
@NamedQuery(name = AuditEntry.FIND_RECENT, query = "SELECT a FROM AuditEntry a ORDER BY a.occurredAt DESC, a.id DESC")
@NamedQuery(
        name = AuditEntry.FIND_RECENT_FOR_LWDA,
        query = "SELECT a FROM AuditEntry a WHERE a.lwdaId = :lwdaId ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry {

    public static final String FIND_BY_ENTITY = "AuditEntry.findByEntity";
    public static final String FIND_SINCE_BY_ACTOR = "AuditEntry.findSinceByActor";
    public static final String FIND_RECENT = "AuditEntry.findRecent";
    public static final String FIND_RECENT_FOR_LWDA = "AuditEntry.findRecentForLwda";

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(name = "lwda_id", updatable = false)
    private Long lwdaId;

    /** The changed fields as JSON: {"field": {"from": ..., "to": ...}}; masked fields say only that they changed. */
    @Column(updatable = false, length = 20000)
    private String changes;

    protected AuditEntry() {}

    public AuditEntry(
            Instant occurredAt,
            String actor,
            AuditAction action,
            String entityType,
            String entityId,
            Long lwdaId,
            String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.lwdaId = lwdaId;
        this.changes = changes;
    }

    /**
     * The row a correction of history leaves (entry characteristics, a basic skills test): what was
     * corrected, why, and the record as it read before and after, each in words.
     */
    public static AuditEntry correction(
            String actor,
            String entityType,
            String entityId,
            Long lwdaId,
            String what,
            String reason,
            String before,
            String after) {
        return new AuditEntry(
                Instant.now(),
                actor,
                AuditAction.UPDATE,
                entityType,
                entityId,
                lwdaId,
                jakarta.json.Json.createObjectBuilder()
                        .add("correction", what)
                        .add("reason", reason)
                        .add("before", before)
                        .add("after", after)
                        .build()
                        .toString());
    }

    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("Audit entries are append-only");
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public Long getLwdaId() {
        return lwdaId;
    }

    public String getChanges() {
        return changes;
    }
}
