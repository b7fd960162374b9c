package org.waypoint.persistence.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.waypoint.persistence.common.Auditable;
import org.waypoint.persistence.participant.Participant;
import org.waypoint.persistence.reference.Lwda;

/**
 * A participant's plan: an IEP or an ISS, under the policy of the state it was made in. What it
 * says lives in its {@link PlanVersion}s.
 */
@Entity
@Table(name = "plan")
@NamedQuery(
        name = Plan.FIND_BY_PARTICIPANT,
        query = "SELECT p FROM Plan p WHERE p.participant.id = :participantId ORDER BY p.createdAt DESC, p.id DESC")
public class Plan implements Auditable {

    public static final String FIND_BY_PARTICIPANT = "Plan.findByParticipant";

    @Id
    @SequenceGenerator(name = "waypoint_seq", sequenceName = "waypoint_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "waypoint_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "participant_id", updatable = false)
    private Participant participant;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lwda_id", updatable = false)
    private Lwda lwda;

    /** IEP or ISS. */
    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(name = "state_code", nullable = false, updatable = false)
    private String stateCode;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Plan() {}

    public Plan(Participant participant, String kind, String createdBy, Instant createdAt) {
        this.participant = participant;
        this.lwda = participant.getLwda();
        this.kind = kind;
        this.stateCode = participant.getLwda().getState().getCode();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    @Override
    public Object auditId() {
        return participant.getParticipantNumber() + " " + kind;
    }

    @Override
    public Long auditLwdaId() {
        return lwda.getId();
    }

    public Long getId() {
        return id;
    }

    public Participant getParticipant() {
        return participant;
    }

    public Lwda getLwda() {
        return lwda;
    }

    public String getKind() {
        return kind;
    }

    public String getStateCode() {
        return stateCode;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
